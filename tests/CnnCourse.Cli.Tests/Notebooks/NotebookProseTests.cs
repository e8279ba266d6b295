using System.Reflection;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>
/// The lecture notebooks' text tells the truth about their own runs. Every number and every comparison in a lecture
/// notebook's markdown is one of:
/// a figure of the lecture (<see cref="CnnCourse.Lecture.LectureFigures"/>);
/// a setting the notebook's own code writes as a literal (a number without a unit of measurement);
/// or inside a phrase that a test method of the notebook's test class declares with [Claim] and asserts.
/// Anything measured (accuracies, seconds, speed-ups) is printed by a code cell instead of typed.
/// Student text also never speaks of the test suite.
/// </summary>
[Trait("Category", "unit")]
public class NotebookProseTests
{
    public static IEnumerable<string> LectureNotebooks =>
        Directory.EnumerateFiles(CoursePaths.Notebooks, "*.ipynb", SearchOption.TopDirectoryOnly).Order();

    /// <summary>The phrases each notebook's test class declares with [Claim], by notebook file name.</summary>
    public static Dictionary<string, List<(string Phrase, string Test)>> Claims()
    {
        var claims = new Dictionary<string, List<(string, string)>>();
        foreach (var type in typeof(NotebookProseTests).Assembly.GetTypes())
            foreach (var notebook in type.GetCustomAttributes<RunsNotebookAttribute>())
                foreach (var method in type.GetMethods())
                    foreach (var claim in method.GetCustomAttributes<ClaimAttribute>())
                    {
                        if (!claims.TryGetValue(notebook.Notebook, out var list)) claims[notebook.Notebook] = list = [];
                        list.Add((claim.Phrase, $"{type.Name}.{method.Name}"));
                    }
        return claims;
    }

    /// <summary>The numbers and comparisons of one notebook's text that nothing covers.</summary>
    public static List<ProseToken> Uncovered(string notebookPath, IReadOnlyList<string> claimedPhrases)
    {
        var literals = NotebookProse.CodeLiterals(NotebookProse.Code(notebookPath));
        var uncovered = new List<ProseToken>();
        foreach (var (cell, source, text) in NotebookProse.Markdown(notebookPath))
        {
            var claimed = claimedPhrases.SelectMany(p => NotebookProse.Find(source, p)).ToList();
            uncovered.AddRange(NotebookProse.Tokens(cell, text).Where(t =>
                !claimed.Any(c => c.Start <= t.Start && t.Start + t.Length <= c.End)
                && !NotebookProse.IsLectureFigure(t) && !NotebookProse.IsSetting(t, literals)));
        }
        return uncovered;
    }

    [Fact]
    public void Every_number_and_comparison_in_the_text_is_a_lecture_figure_a_setting_or_a_claim_its_test_asserts()
    {
        var claims = Claims();
        var failures = LectureNotebooks.SelectMany(path =>
        {
            var phrases = claims.GetValueOrDefault(Path.GetFileName(path), []).Select(c => c.Phrase).ToList();
            return Uncovered(path, phrases).Select(t => $"{Path.GetFileName(path)} {t}");
        }).ToList();
        Assert.True(failures.Count == 0,
            $"{failures.Count} numbers or comparisons in notebook text are neither a lecture figure (LectureFigures), nor a setting of the " +
            "notebook's code, nor inside a [Claim] of its test class; print them from the run or declare and assert the claim:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_claim_is_found_in_its_notebooks_text()
    {
        var stale = Claims().SelectMany(n =>
        {
            var path = Path.Combine(CoursePaths.Notebooks, n.Key);
            var text = File.Exists(path) ? NotebookProse.Markdown(path).Select(c => c.Source).ToList() : [];
            return n.Value.Where(c => !text.Any(t => NotebookProse.Find(t, c.Phrase).Any())).Select(c => $"{n.Key}: {c.Test} claims \"{c.Phrase}\"");
        }).ToList();
        Assert.True(stale.Count == 0, "claims whose phrase is not in the notebook's text (changed text?):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void Student_text_never_speaks_of_the_test_suite()
    {
        var found = LectureNotebooks.SelectMany(path =>
            NotebookProse.Markdown(path).SelectMany(c => NotebookProse.TestWords(c.Cell, c.Source)).Select(t => $"{Path.GetFileName(path)} {t}")
            .Concat(NotebookProse.TestWordsInCode(NotebookProse.Code(path)).Select(w => $"{Path.GetFileName(path)} code output: {w}"))).ToList();
        Assert.True(found.Count == 0, "test-suite language in student text:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scanner_catches_typed_run_figures_and_test_language()
    {
        const string text = "It reaches about 89 % test accuracy in 2 minutes (at least 86 % is asserted); 734 s on the slide; batch 128.";
        var tokens = NotebookProse.Tokens(0, NotebookProse.Blank(text)).ToList();
        var literals = NotebookProse.CodeLiterals("var loader = new BatchLoader(train, batchSize: 128); double lr = 1e-3;");
        var left = tokens.Where(t => !NotebookProse.IsLectureFigure(t) && !NotebookProse.IsSetting(t, literals)).Select(t => t.Text).ToList();
        Assert.Equal(["89 %", "2 minutes", "86 %", "about", "at least"], left);   // 734 s is the slide's; 128 is the code's batch size
        Assert.Contains(literals, l => l == "0.001");
        Assert.Equal(["asserted"], NotebookProse.TestWords(0, text).Select(t => t.Text));
        Assert.Empty(NotebookProse.TestWords(0, "test accuracy on the test images; the test set"));
        Assert.Single(NotebookProse.TestWordsInCode("Console.WriteLine($\"{d:E1} (the tests allow 1e-4)\");"));
        // Code spans and references to other notebooks are names, not claims.
        Assert.Empty(NotebookProse.Tokens(0, NotebookProse.Blank("`Conv2d(3, 10, 5)` as in 03-cnn-classifier and notebook 05")));
    }

    [Fact]
    public void A_claim_covers_only_its_own_phrase()
    {
        var path = Path.Combine(CoursePaths.Notebooks, "06-inception-and-residual.ipynb");
        var claimed = Claims()["06-inception-and-residual.ipynb"].Select(c => c.Phrase).ToList();
        Assert.Empty(Uncovered(path, claimed));
        Assert.NotEmpty(Uncovered(path, claimed.Skip(1).ToList()));   // without its first claim, its numbers are uncovered
    }
}

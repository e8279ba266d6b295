using System.Text.RegularExpressions;
using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// The rules students read name exactly what the grader forbids, test by test, so the two cannot drift apart.
/// The rules are the markdown paragraph that starts with "Rules:"; each of its bullets names test ids and then
/// forbidden names, all in backticks. A name there must be one of the test's forbidden entries or an example of
/// one (`conv_transpose2d` under `conv_transpose*`), and every entry must appear as written.
/// </summary>
[Trait("Category", "unit")]
public class AssignmentRulesTextTests
{
    public static TheoryData<string> Assignments => new() { "01-convolution-from-scratch", "02-numerical-example", "03-train-a-cnn" };

    [Theory]
    [MemberData(nameof(Assignments))]
    public void The_rules_text_lists_exactly_the_names_each_test_forbids(string assignment)
    {
        var source = Submissions.Source(assignment);
        var listed = ListedNames(source);
        foreach (var test in source.Tests)
        {
            var named = listed.GetValueOrDefault(test.GradeId, []);
            var forbidden = test.Grading.Forbidden;
            Assert.True(forbidden.All(named.Contains),
                $"{assignment}, {test.GradeId}: the rules text does not list `{string.Join("`, `", forbidden.Where(f => !named.Contains(f)))}`, which the grader forbids");
            Assert.True(named.All(n => forbidden.Any(f => IntegrityChecks.Matches(f, n))),
                $"{assignment}, {test.GradeId}: the rules text lists `{string.Join("`, `", named.Where(n => !forbidden.Any(f => IntegrityChecks.Matches(f, n))))}`, which the grader does not forbid");
        }
    }

    /// <summary>Grade id to the names the rules' bullets give for it; empty when the notebook has no rules paragraph.</summary>
    static Dictionary<string, HashSet<string>> ListedNames(AssignmentSource source)
    {
        var gradeIds = source.Tests.Select(t => t.GradeId).ToHashSet(StringComparer.Ordinal);
        var listed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rules = source.Notebook.NumberedCells().Where(c => !Ipynb.IsCode(c.Cell))
            .SelectMany(c => Ipynb.Source(c.Cell).Replace("\r\n", "\n").Split("\n\n"))
            .Where(paragraph => paragraph.StartsWith("Rules:", StringComparison.Ordinal)).ToList();
        Assert.True(rules.Count <= 1, $"{source.Name}: {rules.Count} paragraphs start with \"Rules:\"; keep the rules in one");
        if (rules.Count == 0) return listed;
        // A bullet runs from its "- " to the next bullet; its continuation lines are indented.
        foreach (var bullet in Regex.Split(rules[0], @"\n- ").Skip(1))
        {
            var quoted = Regex.Matches(bullet, "`([^`]+)`").Select(m => m.Groups[1].Value).ToList();
            var tests = quoted.Where(gradeIds.Contains).ToList();
            Assert.True(tests.Count > 0, $"{source.Name}: the rules bullet \"{bullet[..Math.Min(60, bullet.Length)]}...\" names no test");
            foreach (var test in tests)
            {
                if (!listed.TryGetValue(test, out var names)) listed[test] = names = new HashSet<string>(StringComparer.Ordinal);
                names.UnionWith(quoted.Where(q => !gradeIds.Contains(q)));
            }
        }
        return listed;
    }
}

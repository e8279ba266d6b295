using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CnnCourse.Lecture;

namespace CnnCourse.Tests.Notebooks;

/// <summary>A number or comparison found in a notebook's text, with where it is (cell index) and its context.</summary>
public sealed record ProseToken(int Cell, int Start, int Length, string Kind, string Text, string Context)
{
    public override string ToString() => $"cell {Cell}: {Kind} '{Text}' in \"...{Context}...\"";
}

/// <summary>
/// Reads a notebook's markdown as a student reads it and finds every number and every comparison in it, for the rule
/// that each one is a lecture figure, a setting of the notebook's own code, or a claim its test asserts.
/// </summary>
public static partial class NotebookProse
{
    /// <summary>
    /// The markdown cells and every cell's speaker notes (metadata.cnncourse.notes, shown in the deck's speaker view):
    /// index, source, and the source with what is not prose blanked out (code, links, references), at the same positions.
    /// </summary>
    public static List<(int Cell, string Source, string Text)> Markdown(string notebookPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var texts = new List<(int Cell, string Source)>();
        int i = 0;
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() == "markdown")
                texts.Add((i, string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()))));
            if (cell.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("cnncourse", out var course) && course.TryGetProperty("notes", out var notes))
                texts.Add((i, notes.ValueKind == JsonValueKind.Array ? string.Concat(notes.EnumerateArray().Select(l => l.GetString())) : notes.GetString() ?? ""));
            i++;
        }
        return texts.Select(t => (t.Cell, t.Source, Blank(t.Source))).ToList();
    }

    /// <summary>The code cells' sources joined.</summary>
    public static string Code(string notebookPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(notebookPath));
        return string.Join("\n", doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))));
    }

    /// <summary>
    /// Blanks (keeping positions) what is not a statement about numbers: code spans and blocks (names of code), links,
    /// citations' years, references to other notebooks, and section numbers of headings.
    /// </summary>
    public static string Blank(string markdown)
    {
        string Spaces(Match m) => new(' ', m.Length);
        foreach (var pattern in NotProse())
            markdown = pattern.Replace(markdown, Spaces);
        return markdown;
    }

    static Regex[] NotProse() =>
    [
        FencedCode(), InlineCode(), Url(), Citation(), NotebookReference(), HeadingNumber(),
    ];

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)] private static partial Regex FencedCode();
    [GeneratedRegex(@"`[^`\n]*`")] private static partial Regex InlineCode();
    [GeneratedRegex(@"<?https?://\S+")] private static partial Regex Url();
    [GeneratedRegex(@"et al\., \d{4}")] private static partial Regex Citation();
    [GeneratedRegex(@"\b(notebooks? \d\d|\d\d-[a-z][a-z-]*)")] private static partial Regex NotebookReference();
    [GeneratedRegex(@"^#+ \d+\.", RegexOptions.Multiline)] private static partial Regex HeadingNumber();

    /// <summary>A number, with the unit that makes it a measurement: a share, a time, a rate or a ratio.</summary>
    [GeneratedRegex(@"(?<![\w.])(?<number>(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:e-?\d+)?)(?![\d])(?:\s?(?<unit>%|s\b|seconds\b|minutes?\b|images/s\b|x\b))?")]
    private static partial Regex Number();

    /// <summary>
    /// Comparisons: a comparative with "than", a verb of change or ranking, a hedge on a number, a multiple.
    /// Plain descriptive uses ("falls back", "the cell below") are not comparisons and are not matched.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:more|less|fewer|smaller|larger|bigger|greater|higher|lower|faster|slower|better|worse) than|beats?|outperforms?|exceeds?|improves?|helps?|hurts?|rises|climbs?|falls(?! back)|drops|stalls?|stays flat|flat or|(?:about|near|nearly|almost|at least|at most|above|below|under) (?=\d)|\w+ times (?:fewer|more|faster|slower|smaller|larger)|twice as|half the|by a wide margin|almost undiminished)", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    /// <summary>Words of the test suite, which students do not run: "the tests allow", "asserted", "fixture".</summary>
    [GeneratedRegex(@"\b(?:assert\w*|the tests?\b(?! (?:accuracy|images?|set|scenes|loss|data|split|photo))|a test\b(?! (?:image|set|photo))|this notebook's test|unit tests?|tests (?:allow|check|require|expect)|fixtures?|xunit)", RegexOptions.IgnoreCase)]
    private static partial Regex TestLanguage();

    /// <summary>Numeric literals of code (1_000 read as 1000).</summary>
    [GeneratedRegex(@"(?<![\w.])\d[\d_]*(?:\.\d+)?(?:e-?\d+)?")]
    private static partial Regex CodeLiteral();

    /// <summary>The string literals of code, which a student sees in the printed output.</summary>
    [GeneratedRegex("\\$?@?\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    public static IEnumerable<ProseToken> Tokens(int cell, string text)
    {
        foreach (Match m in Number().Matches(text))
            yield return Token(cell, text, m, "number");
        foreach (Match m in Comparison().Matches(text))
            yield return Token(cell, text, m, "comparison");
    }

    public static IEnumerable<ProseToken> TestWords(int cell, string text) =>
        TestLanguage().Matches(text).Select(m => Token(cell, text, m, "test-suite word"));

    /// <summary>What a student sees of the test suite in code: words inside string literals (printed output).</summary>
    public static IEnumerable<string> TestWordsInCode(string code) =>
        StringLiteral().Matches(code).SelectMany(s => TestLanguage().Matches(s.Value).Select(m => $"{m.Value} in {s.Value}"));

    static ProseToken Token(int cell, string text, Match m, string kind)
    {
        int from = Math.Max(0, m.Index - 50), to = Math.Min(text.Length, m.Index + m.Length + 40);
        return new ProseToken(cell, m.Index, m.Length, kind, m.Value.Trim(), Regex.Replace(text[from..to], @"\s+", " "));
    }

    /// <summary>A lecture figure: its number (with its unit, if it has one) is printed on a slide.</summary>
    public static bool IsLectureFigure(ProseToken token)
    {
        if (token.Kind != "number") return false;
        var m = Number().Match(token.Text);
        var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value.Trim() : null;
        return double.TryParse(m.Groups["number"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && LectureFigures.Contains(value, unit);
    }

    /// <summary>
    /// A setting: a number without a unit of measurement that appears as a literal in the notebook's own code (the
    /// batch size, the learning rate, the channels of a layer), so that the text only repeats what the code sets.
    /// Measured things (%, seconds, images/s, speed-ups) never count as settings.
    /// </summary>
    public static bool IsSetting(ProseToken token, ISet<string> codeLiterals)
    {
        if (token.Kind != "number") return false;
        var m = Number().Match(token.Text);
        return !m.Groups["unit"].Success && codeLiterals.Contains(Canonical(m.Groups["number"].Value.Replace(",", "")));
    }

    public static HashSet<string> CodeLiterals(string code) =>
        CodeLiteral().Matches(code).Select(m => Canonical(m.Value.Replace("_", ""))).ToHashSet();

    /// <summary>One spelling per value: "0.001" and "1e-3" are the same setting.</summary>
    static string Canonical(string number) =>
        double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v.ToString("R", CultureInfo.InvariantCulture) : number;

    /// <summary>Where a phrase occurs in a text, any run of whitespace matching any other (the text breaks lines).</summary>
    public static IEnumerable<(int Start, int End)> Find(string text, string phrase) =>
        Regex.Matches(text, string.Join(@"\s+", phrase.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .Select(m => (m.Index, m.Index + m.Length));
}

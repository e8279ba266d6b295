namespace CnnCourse.Assignments;

/// <summary>
/// The regions an instructor marks in C# comments, each marker alone on its line:
/// <c>// BEGIN SOLUTION</c> ... <c>// END SOLUTION</c> in answer cells (the release replaces the region with
/// <see cref="Stub"/>), and <c>// BEGIN HIDDEN TESTS</c> ... <c>// END HIDDEN TESTS</c> in test cells (the release
/// removes them; the grader puts them back). Regions do not nest.
/// </summary>
public static class AssignmentRegions
{
    public const string BeginSolution = "// BEGIN SOLUTION";
    public const string EndSolution = "// END SOLUTION";
    public const string BeginHiddenTests = "// BEGIN HIDDEN TESTS";
    public const string EndHiddenTests = "// END HIDDEN TESTS";

    /// <summary>What a solution region becomes in the student's copy: it compiles inside any method body and fails when run.</summary>
    public const string Stub = "throw new NotImplementedException(); // your code here";

    enum Kind { Code, Solution, Hidden }

    sealed record Line(string Text, Kind Kind, bool IsMarker);

    /// <summary>The student's version: solution regions become the stub (indented like the BEGIN marker), hidden tests disappear.</summary>
    public static string Release(string code, string where, bool testCell)
    {
        var output = new List<string>();
        foreach (var line in Classify(code, where, testCell))
        {
            if (line.IsMarker && line.Kind == Kind.Solution && line.Text.Trim() == BeginSolution)
                output.Add(line.Text[..(line.Text.Length - line.Text.TrimStart().Length)] + Stub);
            else if (line.Kind == Kind.Code) output.Add(line.Text);
        }
        return string.Join("\n", output);
    }

    /// <summary>What a perfect student hands in: the solutions without their markers, the hidden tests removed.</summary>
    public static string Solution(string code, string where, bool testCell) =>
        string.Join("\n", Classify(code, where, testCell).Where(l => !l.IsMarker && l.Kind != Kind.Hidden).Select(l => l.Text));

    /// <summary>What the grader runs for a test cell: everything, hidden tests included, without the marker lines.</summary>
    public static string WithHiddenTests(string code, string where) =>
        string.Join("\n", Classify(code, where, testCell: true).Where(l => !l.IsMarker).Select(l => l.Text));

    static List<Line> Classify(string code, string where, bool testCell)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var result = new List<Line>(lines.Length);
        Kind open = Kind.Code;
        int openedAt = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var marker = text.Trim();
            string at = $"{where}, line {i + 1}";
            if (marker is BeginSolution or BeginHiddenTests)
            {
                var kind = marker == BeginSolution ? Kind.Solution : Kind.Hidden;
                if (open != Kind.Code) throw new AssignmentFormatException($"{at}: \"{marker}\" inside the region opened on line {openedAt}; regions do not nest");
                if (kind == Kind.Hidden && !testCell)
                    throw new AssignmentFormatException($"{at}: \"{BeginHiddenTests}\" in a cell without grading metadata; hidden tests belong in test cells (metadata {{\"cnncourse\": {{\"grade_id\": ..., \"points\": ...}}}})");
                if (kind == Kind.Solution && testCell)
                    throw new AssignmentFormatException($"{at}: \"{BeginSolution}\" in a test cell; test cells are read-only for students, put the solution in a cell of its own");
                open = kind;
                openedAt = i + 1;
                result.Add(new Line(text, kind, true));
            }
            else if (marker is EndSolution or EndHiddenTests)
            {
                var kind = marker == EndSolution ? Kind.Solution : Kind.Hidden;
                if (open != kind)
                    throw new AssignmentFormatException(open == Kind.Code
                        ? $"{at}: \"{marker}\" without a matching BEGIN"
                        : $"{at}: \"{marker}\" closes the region opened on line {openedAt} with a different marker");
                result.Add(new Line(text, kind, true));
                open = Kind.Code;
            }
            else
            {
                if (LooksLikeMarker(marker))
                    throw new AssignmentFormatException($"{at}: \"{marker}\" looks like a region marker but is not one; write exactly \"{BeginSolution}\", \"{EndSolution}\", \"{BeginHiddenTests}\" or \"{EndHiddenTests}\" alone on the line");
                result.Add(new Line(text, open, false));
            }
        }
        if (open != Kind.Code)
            throw new AssignmentFormatException($"{where}, line {openedAt}: region opened here is never closed (expected \"{(open == Kind.Solution ? EndSolution : EndHiddenTests)}\")");
        return result;
    }

    // A comment that starts with BEGIN/END and names SOLUTION or HIDDEN is a mistyped marker (e.g. "//BEGIN SOLUTION", "// END HIDDEN TEST").
    static bool LooksLikeMarker(string trimmed)
    {
        if (!trimmed.StartsWith("//")) return false;
        var words = trimmed.TrimStart('/').Trim();
        return (words.StartsWith("BEGIN", StringComparison.OrdinalIgnoreCase) || words.StartsWith("END", StringComparison.OrdinalIgnoreCase))
            && (words.Contains("SOLUTION", StringComparison.OrdinalIgnoreCase) || words.Contains("HIDDEN", StringComparison.OrdinalIgnoreCase));
    }
}

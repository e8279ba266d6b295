using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CnnCourse.Assignments;

/// <summary>
/// A graded test cell's metadata: <c>{"cnncourse": {"grade_id": "conv-output-size", "points": 2}}</c>, optionally with
/// <c>"forbidden": ["conv2d", ...]</c>, names the student's code must not use for this test to count.
/// </summary>
public sealed partial record CellGrading(string GradeId, double Points, IReadOnlyList<string> Forbidden)
{
    public const string MetadataKey = "cnncourse";

    /// <summary>The test cell's checksum, written by the release into the student's copy.</summary>
    public const string ChecksumKey = "checksum";

    static readonly string[] knownKeys = ["grade_id", "points", "forbidden", ChecksumKey];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex GradeIdPattern();

    /// <summary>Reads an instructor cell's grading metadata (null when the cell is not graded); bad values fail with <paramref name="where"/> in the message.</summary>
    public static CellGrading? FromSource(JsonObject cell, string where)
    {
        var course = Ipynb.CourseMetadata(cell);
        if (course is null) return null;
        foreach (var (key, _) in course)
            if (!knownKeys.Contains(key)) throw new AssignmentFormatException($"{where}: unknown key \"{key}\" in the \"{MetadataKey}\" metadata (expected {string.Join(", ", knownKeys.Take(3))})");
        if (course["grade_id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var gradeId) || !GradeIdPattern().IsMatch(gradeId))
            throw new AssignmentFormatException($"{where}: \"{MetadataKey}\" metadata needs a \"grade_id\" of letters, digits, '-', '_' or '.' (e.g. \"conv-output-size\")");
        if (course["points"] is not JsonValue pointsValue || !pointsValue.TryGetValue<double>(out var points) || !(points > 0) || points > 1000)
            throw new AssignmentFormatException($"{where}: test cell \"{gradeId}\" needs \"points\", a number above 0 (e.g. 2)");
        var forbidden = new List<string>();
        if (course["forbidden"] is { } list)
        {
            if (list is not JsonArray array || array.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out var s) || string.IsNullOrWhiteSpace(s)))
                throw new AssignmentFormatException($"{where}: \"forbidden\" of test cell \"{gradeId}\" must be a list of names, e.g. [\"conv2d\"]");
            forbidden.AddRange(array.Select(n => n!.GetValue<string>().Trim()));
        }
        return new CellGrading(gradeId, points, forbidden);
    }

    /// <summary>A submitted cell's grade id, read leniently (students' copies may carry anything).</summary>
    public static string? GradeIdOf(JsonObject cell) =>
        Ipynb.CourseMetadata(cell)?["grade_id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    /// <summary>A submitted cell's points as its metadata states them (null when absent or not a number).</summary>
    public static double? PointsOf(JsonObject cell) =>
        Ipynb.CourseMetadata(cell)?["points"] is JsonValue v && v.TryGetValue<double>(out var p) ? p : null;
}

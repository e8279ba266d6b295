using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CnnCourse.Assignments;

/// <summary>
/// SHA-256 of a test cell as released: its grade id, its points and its source with line endings and
/// trailing spaces normalized (so an editor that saves CRLF or trims spaces does not count as an edit).
/// </summary>
public static class CellChecksum
{
    public static string Of(string gradeId, double? points, string source)
    {
        var pointsText = points is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : "none";
        var text = $"{gradeId}\n{pointsText}\n{Normalize(source)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>LF line endings, no trailing spaces on a line, no blank lines at the start or end.</summary>
    public static string Normalize(string source)
    {
        var lines = source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Join("\n", lines);
    }
}

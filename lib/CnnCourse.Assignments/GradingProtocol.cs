using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>
/// How a grading child reports to its parent: one line per event on standard output,
/// <c>#cnn-grade# {json} HMAC</c>, where HMAC is HMAC-SHA256 of the JSON under the job's key and the JSON
/// carries the job's run id and a sequence number. The parent counts only lines that verify, so text a
/// submission prints (a fake "PASS", a forged record) cannot change a score.
/// </summary>
public static class GradingProtocol
{
    public const string Prefix = "#cnn-grade# ";

    public static string Sign(byte[] key, JsonObject payload)
    {
        var json = payload.ToJsonString();
        return Prefix + json + " " + Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(json))).ToLowerInvariant();
    }

    /// <summary>The payload of a line signed with <paramref name="key"/> for <paramref name="run"/>; null for anything else.</summary>
    public static JsonObject? Verify(byte[] key, string run, string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        int space = line.LastIndexOf(' ');
        if (space <= Prefix.Length) return null;
        var json = line[Prefix.Length..space];
        var mac = line[(space + 1)..].Trim();
        byte[] given;
        try { given = Convert.FromHexString(mac); }
        catch (FormatException) { return null; }
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(json));
        if (!CryptographicOperations.FixedTimeEquals(given, expected)) return null;
        try
        {
            return JsonNode.Parse(json) is JsonObject payload && (string?)payload["run"] == run ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

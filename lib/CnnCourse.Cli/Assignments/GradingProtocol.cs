using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnnCourse.Cli.Assignments;

/// <summary>A cell of a grading job: its position in the plan, the code to run, and whether it is a test cell (checked harder, see GradingChild).</summary>
public sealed record JobCell(int Id, string Code, bool Test = false);

/// <summary>
/// What the parent sends a grading child on its standard input, as one JSON line: the cells to run, the
/// folder to run them in, and a fresh random key for signing the results. The child keeps the key in
/// memory only; nothing on disk or in the environment holds it.
/// </summary>
public sealed record GradingJob(string Run, string Key, string WorkDirectory, IReadOnlyList<JobCell> Cells)
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static GradingJob Create(string workDirectory, IEnumerable<JobCell> cells) =>
        new(Guid.NewGuid().ToString("N"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), workDirectory, cells.ToList());

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    public static GradingJob Parse(string line) =>
        JsonSerializer.Deserialize<GradingJob>(line, Json) ?? throw new InvalidDataException("empty grading job");
}

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

/// <summary>
/// Splits a stream into lines without trusting it: a line longer than <see cref="MaxLineLength"/> is dropped
/// (and counted) instead of growing a buffer without end, so a child that prints gigabytes without a
/// newline cannot exhaust the parent's memory.
/// </summary>
public sealed class BoundedLineReader(Stream stream, int maxLineLength = 1 << 20)
{
    public int MaxLineLength { get; } = maxLineLength;
    public long DroppedLines { get; private set; }

    public async IAsyncEnumerable<string> ReadLinesAsync()
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        bool overflowing = false;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                if (!overflowing && line.Length + (i - start) <= MaxLineLength)
                {
                    line.Write(buffer, start, i - start);
                    yield return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length).TrimEnd('\r');
                }
                else DroppedLines++;
                line.SetLength(0);
                overflowing = false;
                start = i + 1;
            }
            if (overflowing) continue;
            if (line.Length + (read - start) > MaxLineLength) { overflowing = true; line.SetLength(0); }
            else line.Write(buffer, start, read - start);
        }
        if (!overflowing && line.Length > 0) yield return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
        else if (overflowing) DroppedLines++;
    }
}

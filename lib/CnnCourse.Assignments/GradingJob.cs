using System.Security.Cryptography;
using System.Text.Json;

namespace CnnCourse.Assignments;

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

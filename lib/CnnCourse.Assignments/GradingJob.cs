using System.Text.Json;

namespace CnnCourse.Assignments;

/// <summary>A cell of a grading job: its position in the plan, the code to run, and whether it is a test cell (its observations are collected).</summary>
public sealed record JobCell(int Id, string Code, bool Test = false);

/// <summary>
/// What the parent sends a grading child on its standard input, as one JSON line: a run id, the folder to run
/// in and the cells to run. It holds no secret and no expected value: the verdicts are decided in the parent.
/// </summary>
public sealed record GradingJob(string Run, string WorkDirectory, IReadOnlyList<JobCell> Cells)
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static GradingJob Create(string workDirectory, IEnumerable<JobCell> cells) =>
        new(Guid.NewGuid().ToString("N"), workDirectory, cells.ToList());

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    public static GradingJob Parse(string line) =>
        JsonSerializer.Deserialize<GradingJob>(line, Json) ?? throw new InvalidDataException("empty grading job");
}

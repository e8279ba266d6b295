using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>What one test cell recorded when the instructor's solution ran: the expected observations, or why the test did not pass there.</summary>
public sealed record ReferenceTest(string GradeId, bool Ok, string? Error, JsonArray Observations);

/// <summary>
/// The expected values of an assignment's tests: the instructor's source notebook, solutions in place and
/// hidden tests included, run once per grading run in a child of its own (never in a student's process), with
/// what each test cell observed. Saved as OUT/reference/NAME.json and reused while <see cref="Key"/> (the
/// source, the grader version and the settings a child sees) is unchanged; a run in which a test failed is
/// not saved, so the next grading run tries again.
/// </summary>
public sealed record ReferenceRun(string Assignment, string Key, IReadOnlyList<ReferenceTest> Tests, double Seconds)
{
    static readonly JsonSerializerOptions json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public ReferenceTest? Test(string gradeId) => Tests.FirstOrDefault(t => t.GradeId == gradeId);

    public bool AllPassed => Tests.All(t => t.Ok);

    /// <summary>What the reference depends on: the grader, the instructor source, and the settings passed to children (e.g. assignment 3's budget).</summary>
    public static string KeyFor(string graderVersion, AssignmentSource source, IsolationMode isolation)
    {
        var text = new StringBuilder().AppendLine(graderVersion).AppendLine(source.Sha256).AppendLine(isolation.ToString());
        foreach (var setting in CnnCourse.Settings.All.Where(s => s.ForGradingChild)) text.AppendLine($"{setting.Name}={setting.Value}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    /// <summary>The saved reference when its key matches (<c>Reused</c>), else a fresh run of the instructor's solution (saved when every test passed).</summary>
    public static async Task<(ReferenceRun Reference, bool Reused)> ObtainAsync(AssignmentSource source, ChildRunner runner, string outputDirectory, string key, TextWriter log, CancellationToken cancel)
    {
        var path = Path.Combine(outputDirectory, "reference", source.Name + ".json");
        if (Load(path, key) is { } saved) return (saved, true);

        var cells = new List<JobCell>();
        var gradeIds = new Dictionary<int, string>();
        foreach (var (number, cell) in source.Notebook.NumberedCells())
        {
            if (!Ipynb.IsCode(cell)) continue;
            if (source.Tests.FirstOrDefault(t => t.CellNumber == number) is { } test)
            {
                gradeIds[cells.Count] = test.GradeId;
                cells.Add(new JobCell(cells.Count, test.GradedCode, Test: true));
            }
            else cells.Add(new JobCell(cells.Count, AssignmentRegions.Solution(Ipynb.Source(cell), $"{source.Path}, cell {number}", testCell: false)));
        }
        var attempt = await runner.RunAsync(cells, cancel);
        var tests = new List<ReferenceTest>();
        foreach (var (id, gradeId) in gradeIds)
        {
            if (attempt.Ended.TryGetValue(id, out var end) && end.Ok && attempt.Tampered.Count == 0)
                tests.Add(new ReferenceTest(gradeId, true, null, end.Observations ?? []));
            else
            {
                var why = end is { Ok: false } ? end.Error : attempt.StopReason ?? "it did not run";
                tests.Add(new ReferenceTest(gradeId, false, $"the instructor's solution did not pass this test in the reference run: {why}", []));
            }
        }
        var reference = new ReferenceRun(source.Name, key, tests, Math.Round(attempt.Seconds, 1));
        if (reference.AllPassed) CnnCourse.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(reference, json) + "\n");
        else lock (log) log.WriteLine($"warning: the reference run of {source.Name} failed: {string.Join("; ", tests.Where(t => !t.Ok).Select(t => $"{t.GradeId}: {t.Error}"))}");
        return (reference, false);
    }

    static ReferenceRun? Load(string path, string key)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var saved = JsonSerializer.Deserialize<ReferenceRun>(File.ReadAllText(path), json);
            return saved?.Key == key && saved.Tests is not null && saved.AllPassed ? saved : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

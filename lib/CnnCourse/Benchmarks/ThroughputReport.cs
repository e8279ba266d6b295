using System.Text.Json;

namespace CnnCourse.Benchmarks;

/// <summary>One benchmark run: the machine, when, which profile, and every result; saved as JSON so runs on different machines can be compared.</summary>
public sealed record ThroughputReport(string Benchmark, MachineFacts Machine, DateTimeOffset Started, string Profile, IReadOnlyList<ThroughputResult> Results)
{
    static readonly JsonSerializerOptions json = new() { WriteIndented = true };

    /// <summary>The default folder for <paramref name="benchmark"/>: artifacts/&lt;benchmark&gt;/ under <see cref="CoursePaths.Artifacts"/>.</summary>
    public static string FolderFor(string benchmark) => Path.Combine(CoursePaths.Artifacts, benchmark);

    /// <summary>Writes &lt;folder&gt;/&lt;machine&gt;-&lt;yyyyMMdd-HHmmss&gt;.json atomically (folder defaults to <see cref="FolderFor"/>); returns the path.</summary>
    public string Save(string? folder = null)
    {
        folder ??= FolderFor(Benchmark);
        var machine = new string(Machine.MachineName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        var path = Path.Combine(folder, $"{machine}-{Started.ToUniversalTime():yyyyMMdd-HHmmss}.json");
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, json));
        return path;
    }

    /// <summary>Reads a report written by <see cref="Save"/>.</summary>
    public static ThroughputReport Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: benchmark report not found", path);
        try
        {
            return JsonSerializer.Deserialize<ThroughputReport>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path}: empty report");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a benchmark report ({e.Message})", e);
        }
    }

    /// <summary>Every report in <paramref name="folder"/>, oldest first; unreadable files are skipped and named in <paramref name="skipped"/>.</summary>
    public static IReadOnlyList<ThroughputReport> LoadAll(string folder, List<string>? skipped = null)
    {
        if (!Directory.Exists(folder)) return [];
        var reports = new List<ThroughputReport>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Order())
        {
            try { reports.Add(Load(file)); }
            catch (InvalidDataException e) { skipped?.Add(e.Message); }
        }
        return reports.OrderBy(r => r.Started).ToList();
    }
}

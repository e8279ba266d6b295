using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnnCourse.Assignments;

/// <summary>One released test cell: its grade id, points, the SHA-256 of the released cell, and the names its test forbids.</summary>
public sealed record ReleasedTest(string GradeId, double Points, string Checksum, IReadOnlyList<string> Forbidden);

/// <summary>One released assignment: where its source is, the source's and the released notebook's SHA-256, and its test cells.</summary>
public sealed record ReleasedAssignment(string Name, string Source, string SourceSha256, string NotebookSha256, double MaxPoints, IReadOnlyList<ReleasedTest> Tests);

/// <summary>
/// manifest.json in the release folder: what was handed out. The grader trusts it, not the metadata in a
/// submission, to tell an edited test cell from an untouched one. Releasing again replaces an assignment's
/// entry and keeps the others.
/// </summary>
public sealed record ReleaseManifest(int Format, IReadOnlyList<ReleasedAssignment> Assignments)
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    static readonly JsonSerializerOptions options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ReleaseManifest Empty => new(CurrentFormat, []);

    public ReleasedAssignment? Find(string name) => Assignments.FirstOrDefault(a => a.Name == name);

    public ReleaseManifest With(ReleasedAssignment assignment) =>
        this with { Assignments = [.. Assignments.Where(a => a.Name != assignment.Name), assignment] };

    public static ReleaseManifest Read(string releaseDirectory)
    {
        var path = Path.Combine(releaseDirectory, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no release manifest; run `cnn assign release --out {releaseDirectory}` first", path);
        try
        {
            var manifest = JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllText(path), options)
                ?? throw new InvalidDataException($"{path}: empty manifest");
            if (manifest.Format != CurrentFormat) throw new InvalidDataException($"{path}: format {manifest.Format}, expected {CurrentFormat}");
            if (manifest.Assignments is null || manifest.Assignments.Any(a => a?.Name is null || a.Tests is null || a.Source is null))
                throw new InvalidDataException($"{path}: every assignment needs a name, a source and its tests");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: malformed manifest JSON ({e.Message})", e);
        }
    }

    public static ReleaseManifest ReadOrEmpty(string releaseDirectory) =>
        File.Exists(Path.Combine(releaseDirectory, FileName)) ? Read(releaseDirectory) : Empty;

    public void Write(string releaseDirectory) =>
        CnnCourse.AtomicFile.WriteAllText(Path.Combine(releaseDirectory, FileName), JsonSerializer.Serialize(this, options) + "\n");
}

using System.Security.Cryptography;
using System.Text;

namespace CnnCourse.Assignments;

/// <summary>
/// `cnn assign release`: writes each source's student version to the release folder as NN-name.ipynb and
/// records it in manifest.json (checksums of every test cell, points, where the source is).
/// </summary>
public static class Releaser
{
    /// <summary>The instructor sources: notebooks/assignments/*.ipynb, in name order.</summary>
    public static List<string> DefaultSources()
    {
        var folder = Path.Combine(CnnCourse.CoursePaths.Notebooks, "assignments");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList() : [];
    }

    public static ReleaseManifest Release(IReadOnlyList<string> sources, string outputDirectory, TextWriter log)
    {
        var manifest = ReleaseManifest.ReadOrEmpty(outputDirectory);
        var names = new HashSet<string>();
        foreach (var path in sources)
        {
            var source = AssignmentSource.Read(path);
            if (!names.Add(source.Name)) throw new AssignmentFormatException($"{path}: a second source named {source.Name}; assignment names must be unique");
            source.CheckSolutionAgainstPolicy();
            var released = source.Release();
            var json = released.ToJson();
            var target = Path.Combine(outputDirectory, source.Name + ".ipynb");
            CnnCourse.AtomicFile.WriteAllText(target, json);
            manifest = manifest.With(new ReleasedAssignment(
                source.Name,
                RelativeToCourse(source.Path),
                source.Sha256,
                Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant(),
                source.MaxPoints,
                source.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList()));
            log.WriteLine($"{source.Name}: {source.Tests.Count} test cells, {source.MaxPoints:0.##} points -> {target}");
        }
        manifest.Write(outputDirectory);
        log.WriteLine($"Manifest (keep it; grading checks submissions against it): {Path.Combine(outputDirectory, ReleaseManifest.FileName)}");
        return manifest;
    }

    /// <summary>The source's path relative to the course folder when it lies inside it (so a moved checkout still grades), else absolute.</summary>
    static string RelativeToCourse(string path)
    {
        var relative = Path.GetRelativePath(CnnCourse.CoursePaths.Root, path);
        return relative.StartsWith("..") || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>Resolves a manifest's source path against the course folder.</summary>
    public static string ResolveSource(ReleasedAssignment assignment) =>
        Path.IsPathRooted(assignment.Source) ? assignment.Source : Path.GetFullPath(Path.Combine(CnnCourse.CoursePaths.Root, assignment.Source));
}

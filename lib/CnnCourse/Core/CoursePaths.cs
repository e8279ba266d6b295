namespace CnnCourse;

/// <summary>
/// Where the course's folders are. The root is the folder holding CnnCourse.sln, found by walking up
/// from the current directory and from this library's location; CNN_COURSE_ROOT overrides it.
/// </summary>
public static class CoursePaths
{
    static readonly Lazy<string> root = new(FindRoot);

    public static string Root => root.Value;
    public static string Datasets => Path.Combine(Root, "datasets");
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Where generated files go: CNN_ARTIFACTS, else artifacts/ under the root.</summary>
    public static string Artifacts =>
        Settings.Artifacts.Value is { } dir ? Path.GetFullPath(dir) : Path.Combine(Root, "artifacts");

    static string FindRoot()
    {
        if (Settings.CourseRoot.Value is { } configured)
        {
            if (!File.Exists(Path.Combine(configured, "CnnCourse.sln")))
                throw new DirectoryNotFoundException($"CNN_COURSE_ROOT={configured}: no CnnCourse.sln there (expected the course's top folder)");
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(typeof(CoursePaths).Assembly.Location) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CnnCourse.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException(
            $"Cannot find the course folder (CnnCourse.sln) above {Directory.GetCurrentDirectory()}; set CNN_COURSE_ROOT to it.");
    }
}

namespace CnnCourse.Assignments;

/// <summary>A private folder (mode 0700) for one child, under <paramref name="parent"/> (default: the system's temp folder), removed on dispose.</summary>
public sealed class ScratchDirectory(string? parent = null) : IDisposable
{
    public string Path { get; } = Create(parent);

    static string Create(string? parent)
    {
        if (parent is null) return Directory.CreateTempSubdirectory("cnn-grade-").FullName;
        var path = System.IO.Path.Combine(parent, "cnn-grade-" + Guid.NewGuid().ToString("N")[..12]);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}

namespace CnnCourse.Assignments;

/// <summary>
/// Limits for one run of a submission's notebook: wall-clock time for the whole notebook and for one cell,
/// resident memory of the child and its descendants, and torch threads per child (cores / jobs).
/// Defaults: 600 s, 300 s, 4096 MB.
/// </summary>
public sealed record GradingLimits(TimeSpan NotebookTimeout, TimeSpan CellTimeout, long MemoryMegabytes, int Threads)
{
    public long MemoryBytes => MemoryMegabytes * 1024 * 1024;

    /// <summary>Text that changes when a limit changes, so results graded under other limits are not reused.</summary>
    public string Fingerprint => $"timeout={NotebookTimeout.TotalSeconds};cell={CellTimeout.TotalSeconds};memory={MemoryMegabytes}";
}

namespace CnnCourse.Execution;

/// <summary>How one notebook run ended. <see cref="FailedCell"/> is 1-based over all cells (markdown included), as editors number them.</summary>
public sealed record NotebookResult(string Notebook, int CodeCells, int ExecutedCells, bool Succeeded, double Seconds, int? FailedCell = null, string? Error = null, bool TimedOut = false)
{
    public string Status => Succeeded ? "ok" : TimedOut ? "TIMEOUT" : "FAILED";
}

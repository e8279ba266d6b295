using System.Globalization;

namespace CnnCourse.Tests.Support;

/// <summary>
/// The training figures a notebook test checks, written where the test command prints them after the run
/// (artifacts/test-results/checked-values.tsv), so that every run's log, CI's included, adds a data point to the spread
/// that docs/notebooks.md tabulates.
/// </summary>
public static class Checked
{
    static readonly object Gate = new();
    /// <summary>In artifacts/test-results/, or in TEST_RESULTS_DIR when set (two test runs side by side keep theirs apart).</summary>
    public static string FilePath => Path.Combine(Environment.GetEnvironmentVariable("TEST_RESULTS_DIR") is { Length: > 0 } dir ? dir
        : Path.Combine(CnnTool.Root, "artifacts", "test-results"), "checked-values.tsv");

    /// <summary>
    /// Keeps a copy of a notebook run's results beside the checked values (artifacts/test-results/notebook-results/), so
    /// that a test run under other CPU settings can join the spread: environment/spread/table.py reads such a folder.
    /// </summary>
    public static void KeepResults(string resultsPath)
    {
        var kept = Path.Combine(Path.GetDirectoryName(FilePath)!, "notebook-results", Path.GetFileName(resultsPath));
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(resultsPath, kept + ".tmp", overwrite: true);
        File.Move(kept + ".tmp", kept, overwrite: true);
    }

    public static void Print(string notebook, params (string Figure, double Value)[] figures)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllLines(FilePath, figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{notebook}\t{f.Figure}\t{f.Value:G6}")));
        }
    }
}

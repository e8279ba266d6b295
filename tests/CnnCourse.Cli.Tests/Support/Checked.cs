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
    public static string FilePath => Path.Combine(CnnTool.Root, "artifacts", "test-results", "checked-values.tsv");

    public static void Print(string notebook, params (string Figure, double Value)[] figures)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllLines(FilePath, figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{notebook}\t{f.Figure}\t{f.Value:G6}")));
        }
    }
}

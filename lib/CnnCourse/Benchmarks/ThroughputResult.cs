namespace CnnCourse.Benchmarks;

/// <summary>
/// How fast one model trained on one device at one batch size: the median over <paramref name="Repeats"/> runs of
/// <paramref name="TimedBatches"/> batches each (after <paramref name="WarmupBatches"/> untimed ones).
/// </summary>
/// <param name="Device">"cpu" or "cuda".</param>
/// <param name="RepeatSeconds">Seconds of each timed run, in the order they ran.</param>
public sealed record ThroughputResult(
    string Model,
    long Parameters,
    string Device,
    int Threads,
    int BatchSize,
    int WarmupBatches,
    int TimedBatches,
    int Repeats,
    double[] RepeatSeconds)
{
    /// <summary>The median run's seconds per batch.</summary>
    public double SecondsPerBatch => Median(RepeatSeconds) / TimedBatches;

    /// <summary>Training images per second at the median run.</summary>
    public double ImagesPerSecond => BatchSize / SecondsPerBatch;

    /// <summary>Seconds one pass over <paramref name="images"/> images would take at this rate (CIFAR-10's training set: 50,000).</summary>
    public double EpochSeconds(int images = 50_000) => images / ImagesPerSecond;

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values to take the median of", nameof(values));
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

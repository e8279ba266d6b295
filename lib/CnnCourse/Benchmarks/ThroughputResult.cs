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
    public double SecondsPerBatch => Statistics.Median(RepeatSeconds) / TimedBatches;

    /// <summary>Training images per second at the median run.</summary>
    public double ImagesPerSecond => BatchSize / SecondsPerBatch;

    /// <summary>Seconds one pass over <paramref name="images"/> images would take at this rate (CIFAR-10's training set: 50,000).</summary>
    public double EpochSeconds(int images = 50_000) => images / ImagesPerSecond;
}

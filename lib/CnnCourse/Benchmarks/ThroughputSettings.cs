namespace CnnCourse.Benchmarks;

/// <summary>How <see cref="TrainingThroughput"/> times: <paramref name="WarmupBatches"/> untimed batches, then <paramref name="Repeats"/> runs of <paramref name="TimedBatches"/> timed ones (defaults 2, 5, 3).</summary>
/// <param name="Threads">CPU threads torch may use (0 = leave as it is); restored afterwards.</param>
/// <param name="MinRunSeconds">When above 0, every run times batches until it has lasted this long (and at least
/// <paramref name="TimedBatches"/>), so that a measurement is not a few milliseconds of noise; the result is then the median
/// of the runs' images per second, and TimedBatches records the fewest batches a run timed (default 0).</param>
public sealed record ThroughputSettings(int WarmupBatches = 2, int TimedBatches = 5, int Repeats = 3, int Threads = 0, double MinRunSeconds = 0);

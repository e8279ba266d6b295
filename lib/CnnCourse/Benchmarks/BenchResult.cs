namespace CnnCourse.Benchmarks;

/// <summary>One measurement of one model by one side (CnnCourse or the PyTorch peer).</summary>
public sealed record BenchResult(
    string Model,
    string Side,
    int Round,
    int Threads,
    int BatchSize,
    long Parameters,
    double TrainImagesPerSecond,
    double InferenceImagesPerSecond,
    double PeakRssMb,
    string Details);

using System.Text.Json.Serialization;

namespace CnnCourse.Benchmarks;

/// <summary>
/// One measured configuration: one model, trained by one side (CnnCourse or a PyTorch peer) on one device with
/// <paramref name="Threads"/> threads at <paramref name="BatchSize"/> images per batch. What a benchmark did not measure
/// stays null: notebook 04 times training steps only (and keeps its timed runs), `cnn bench` also measures inference and
/// peak memory, per round. Saved inside a <see cref="BenchReport"/>.
/// </summary>
/// <param name="Side">Who trained it: <see cref="CnnCourseSide"/> ("CnnCourse"), or the peer, e.g. "PyTorch (Debian, OpenBLAS, channels-last)".</param>
/// <param name="Device">"cpu" or "cuda".</param>
/// <param name="TrainImagesPerSecond">Training images per second, the median over the timed repeats.</param>
/// <param name="InferenceImagesPerSecond">Inference images per second (median), when measured.</param>
/// <param name="PeakRssMb">The measuring process's peak resident set (VmHWM) in MB, when measured.</param>
/// <param name="Round">Which round of `cnn bench` (1, 2, ...) it was taken in; 0 outside rounds.</param>
/// <param name="WarmupBatches">Untimed batches before the timed ones, when recorded.</param>
/// <param name="TimedBatches">Batches per timed run, when recorded.</param>
/// <param name="RepeatSeconds">Seconds of each timed run of <paramref name="TimedBatches"/> batches, in the order they ran, when recorded.</param>
/// <param name="Details">Anything else that tells the figures apart, e.g. the peer's torch version and BLAS.</param>
/// <param name="Layout">Memory layout of the kernels and batches, "channels-last" or "nchw", when recorded.</param>
/// <param name="BareTrainImagesPerSecond">Training images/s of a bare TorchSharp loop (forward, loss, backward, step, nothing else) over the same model, layout and batches, when measured.</param>
/// <param name="BareInferenceImagesPerSecond">Inference images/s of the bare loop (forward and loss under inference mode), when measured.</param>
/// <param name="ForwardFlopsPerImage">Floating-point operations of one image's forward pass, counted from the model's layers (<see cref="Models.FlopCount"/>), when counted.</param>
/// <param name="TrainFlopsPerImage">Floating-point operations of one image's training step (forward and backward), counted the same way.</param>
/// <param name="MatmulGflops">GFLOP/s of a large float32 matrix multiply on the same threads, measured in the same process: the machine's practical limit.</param>
public sealed record Measurement(
    string Model,
    string Side,
    string Device,
    int Threads,
    int BatchSize,
    long Parameters,
    double TrainImagesPerSecond,
    double? InferenceImagesPerSecond = null,
    double? PeakRssMb = null,
    int Round = 0,
    int? WarmupBatches = null,
    int? TimedBatches = null,
    double[]? RepeatSeconds = null,
    string? Details = null,
    string? Layout = null,
    double? BareTrainImagesPerSecond = null,
    double? BareInferenceImagesPerSecond = null,
    double? ForwardFlopsPerImage = null,
    double? TrainFlopsPerImage = null,
    double? MatmulGflops = null)
{
    /// <summary>The side name of the course's own measurements.</summary>
    public const string CnnCourseSide = "CnnCourse";

    /// <summary>Seconds one training batch takes at <see cref="TrainImagesPerSecond"/>.</summary>
    [JsonIgnore]
    public double SecondsPerBatch => BatchSize / TrainImagesPerSecond;

    /// <summary>Seconds one training pass over <paramref name="images"/> images takes at <see cref="TrainImagesPerSecond"/>.</summary>
    public double EpochSeconds(int images) => images / TrainImagesPerSecond;
}

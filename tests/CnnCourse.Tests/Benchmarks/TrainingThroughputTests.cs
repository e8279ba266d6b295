using CnnCourse.Benchmarks;
using CnnCourse.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Benchmarks;

[Trait("Category", "unit")]
public class TrainingThroughputTests
{
    static readonly ThroughputSettings Tiny = new(WarmupBatches: 1, TimedBatches: 2, Repeats: 3);

    [Fact]
    public void Times_every_batch_size_with_every_repeat()
    {
        var results = TrainingThroughput.Measure("lecture CNN", () => new LectureCnn(inChannels: 3, imageSize: 32), [3, 32, 32], 10, CPU, [4, 8], Tiny);
        Assert.Equal([4, 8], results.Select(r => r.BatchSize));
        Assert.All(results, r =>
        {
            Assert.Equal("cpu", r.Device);
            Assert.Equal("CnnCourse", r.Side);
            Assert.Equal((1, 2), (r.WarmupBatches, r.TimedBatches));
            Assert.Equal(3, r.RepeatSeconds!.Length);
            Assert.All(r.RepeatSeconds, s => Assert.True(s > 0));
            Assert.Equal(Statistics.Median(r.RepeatSeconds) / 2, r.SecondsPerBatch, 12);
            Assert.Equal(r.BatchSize / r.SecondsPerBatch, r.TrainImagesPerSecond, 9);
            Assert.Equal(50_000 / r.TrainImagesPerSecond, r.EpochSeconds(50_000), 9);
            Assert.Null(r.InferenceImagesPerSecond);
            Assert.Equal(545_098, r.Parameters);   // LectureCnn with 3 channels at 32x32
        });
    }

    [Fact]
    public void A_minimum_run_time_times_more_batches_than_asked_for()
    {
        var result = TrainingThroughput.Measure("linear", () => nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 2)), [3, 8, 8], 2, CPU, [4],
            Tiny with { TimedBatches = 1, MinRunSeconds = 0.2 }).Single();
        Assert.True(result.TimedBatches > 1, $"{result.TimedBatches} batches timed");
        Assert.All(result.RepeatSeconds!, seconds => Assert.True(seconds >= 0.2, $"a run of {seconds} s"));
        Assert.Throws<ArgumentException>(() => TrainingThroughput.Measure("x", () => nn.Linear(2, 2), [3, 8, 8], 2, CPU, [4], Tiny with { MinRunSeconds = -1 }));
    }

    [Fact]
    public void Keras_cifar10_model_of_the_slide_has_its_published_parameter_count()
    {
        var summary = ModelSummary.Of(new KerasCifar10Cnn(), 1, 3, 32, 32);
        Assert.Equal(1_250_858, summary.TotalParameters);
        Assert.Equal([1L, 64, 6, 6], summary.Layer("features.pool2").OutputShape);
        Assert.Equal([1L, 10], summary.OutputShape);
    }

    [Fact]
    public void A_thread_setting_applies_while_timing_and_is_restored()
    {
        int before = torch.get_num_threads();
        var result = TrainingThroughput.Measure("one thread", () => nn.Sequential(nn.Flatten(), nn.Linear(3 * 8 * 8, 2)), [3, 8, 8], 2, CPU, [4], Tiny with { Threads = 1 }).Single();
        Assert.Equal(1, result.Threads);
        Assert.Equal(before, torch.get_num_threads());
    }

    [Fact]
    public void Medians_of_odd_and_even_counts()
    {
        Assert.Equal(2.0, Statistics.Median([3.0, 1.0, 2.0]));
        Assert.Equal(2.5, Statistics.Median([4.0, 1.0, 2.0, 3.0]));
        Assert.Throws<ArgumentException>(() => Statistics.Median([]));
    }

    [Fact]
    public void Bad_arguments_are_refused_with_what_was_expected()
    {
        var e1 = Assert.Throws<ArgumentException>(() => TrainingThroughput.Measure("x", () => new LectureCnn(), [1, 28], 10, CPU, [4]));
        Assert.Contains("expected (C, H, W)", e1.Message);
        var e2 = Assert.Throws<ArgumentException>(() => TrainingThroughput.Measure("x", () => new LectureCnn(), [1, 28, 28], 10, CPU, [4], new ThroughputSettings(TimedBatches: 0)));
        Assert.Contains("timed batches >= 1", e2.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingThroughput.Measure("x", () => new LectureCnn(), [1, 28, 28], 10, CPU, [0]));
        if (!torch.cuda.is_available())
        {
            var e3 = Assert.Throws<ArgumentException>(() => TrainingThroughput.Measure("x", () => new LectureCnn(), [1, 28, 28], 10, new Device(DeviceType.CUDA, 0), [4]));
            Assert.Contains("torch.cuda.is_available() is false", e3.Message);
        }
    }
}

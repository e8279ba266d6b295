using System.Diagnostics;
using CnnCourse.Data;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// Measures one model in this process with the course's own Trainer and BatchLoader (what students run, with its defaults: channels-last on the CPU, <see cref="CpuTuning"/>):
/// training and inference images/s (median of repeats after a warm-up) and peak RSS, as one <see cref="Measurement"/>. Data is random and
/// in memory, as on the PyTorch side, so neither side waits on disk.
/// </summary>
public static class ModelMeasurement
{
    public static Measurement Run(BenchModel bench, int threads, int batchSize, int batches, int repeats)
    {
        TorchRuntime.EnsureLoaded();
        torch.set_num_threads(threads);
        Reproducibility.Seed(0);
        var shape = new long[] { batches * (long)batchSize }.Concat(bench.InputShape).ToArray();
        using var data = new ImageDataset(randn(shape), randint(0, bench.NumClasses, new long[] { shape[0] }.Concat(bench.LabelShape).ToArray()),
            Enumerable.Range(0, bench.NumClasses).Select(i => i.ToString()).ToArray(), "random");
        var loader = new BatchLoader(data, batchSize, shuffle: true, seed: 0);
        var warmup = new BatchLoader(data.Take(Math.Min(5L * batchSize, data.Count)), batchSize);
        var model = bench.Create();
        long parameters = model.parameters().Sum(p => p.numel());
        var trainer = new Trainer(model, objective: bench.Objective, device: CPU, progress: SilentProgress.Instance, name: bench.Name);

        trainer.Fit(warmup, 1);
        var train = Statistics.Median(Enumerable.Range(0, repeats).Select(_ => trainer.Fit(loader, 1).Last.ImagesPerSecond));
        trainer.Evaluate(warmup, keepPredictions: false);
        var inference = Statistics.Median(Enumerable.Range(0, repeats).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            trainer.Evaluate(loader, keepPredictions: false);
            return data.Count / clock.Elapsed.TotalSeconds;
        }));
        return new Measurement(bench.Name, Measurement.CnnCourseSide, "cpu", torch.get_num_threads(), batchSize, parameters, train, inference, PeakRssMb(),
            Details: $"TorchSharp {typeof(torch).Assembly.GetName().Version?.ToString(3)}, libtorch (bundled MKL/oneDNN)");
    }

    /// <summary>Batches per second the loader delivers over Fashion-MNIST with shuffling, normalization, flip and crop.</summary>
    public static (double BatchesPerSecond, string Source) LoaderThroughput(int batchSize, int epochs)
    {
        using var train = FashionMnist.Train();
        var loader = new BatchLoader(train, batchSize, shuffle: true, transform: BatchTransform.FashionMnist with { HorizontalFlip = true, CropPadding = 2 }, seed: 0);
        long count = 0;
        foreach (var _ in loader.Batches()) { if (++count >= 20) break; }   // warm-up
        count = 0;
        var clock = Stopwatch.StartNew();
        for (int e = 0; e < epochs; e++)
            foreach (var (images, _) in loader.Batches()) count += images.shape[0] > 0 ? 1 : 0;
        return (count / clock.Elapsed.TotalSeconds, train.Source);
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    public static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}

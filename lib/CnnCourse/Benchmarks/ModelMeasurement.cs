using System.Diagnostics;
using CnnCourse.Data;
using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// Measures one model in this process with the course's own Trainer and BatchLoader (what students run, with its defaults: channels-last on the CPU, <see cref="CpuTuning"/>):
/// training and inference images/s (median of repeats after a warm-up) and peak RSS, as one <see cref="Measurement"/>. Data is random and
/// in memory, as on the PyTorch side, so neither side waits on disk. Beside them: the same model and batches in a <see cref="BareLoop"/>
/// (what the Trainer's bookkeeping costs), the model's FLOPs per image (<see cref="FlopCount"/>) and the GFLOP/s of a large matrix
/// multiply on the same threads (<see cref="MatmulGflops"/>), the machine's practical limit.
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
        var flops = FlopCount.Of(model, bench.InputShape);
        var trainer = new Trainer(model, objective: bench.Objective, device: CPU, progress: SilentProgress.Instance, name: bench.Name);
        var bare = new BareLoop(trainer, loader);

        // The Trainer and the bare loop alternate repeat by repeat, so that a busy spell of the machine hits both.
        // Peak RSS is the Trainer's: the high-water mark is reset before each of its passes and read after it, so the
        // bare loop's batches, gathered in advance, do not count (where the mark cannot be reset, the whole process's peak).
        double peakRss = 0;
        T TrackPeak<T>(Func<T> pass)
        {
            ResetPeakRss();
            var result = pass();
            peakRss = Math.Max(peakRss, PeakRssMb());
            return result;
        }
        TrackPeak(() => trainer.Fit(warmup, 1));
        bare.Train();
        var train = new List<double>();
        var bareTrain = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            train.Add(TrackPeak(() => trainer.Fit(loader, 1)).Last.ImagesPerSecond);
            bareTrain.Add(bare.Train());
        }
        TrackPeak(() => trainer.Evaluate(warmup, keepPredictions: false));
        bare.Infer();
        var inference = new List<double>();
        var bareInference = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            inference.Add(TrackPeak(() =>
            {
                var clock = Stopwatch.StartNew();   // inside: reading and resetting the peak stays off the clock
                trainer.Evaluate(loader, keepPredictions: false);
                return data.Count / clock.Elapsed.TotalSeconds;
            }));
            bareInference.Add(bare.Infer());
        }
        return new Measurement(bench.Name, Measurement.CnnCourseSide, "cpu", torch.get_num_threads(), batchSize, parameters,
            Statistics.Median(train), Statistics.Median(inference), peakRss,
            Details: $"TorchSharp {typeof(torch).Assembly.GetName().Version?.ToString(3)}, libtorch (bundled MKL/oneDNN)",
            Layout: trainer.UseChannelsLast ? "channels-last" : "nchw",
            BareTrainImagesPerSecond: Statistics.Median(bareTrain), BareInferenceImagesPerSecond: Statistics.Median(bareInference),
            ForwardFlopsPerImage: flops.ForwardPerImage, TrainFlopsPerImage: flops.TrainPerImage,
            MatmulGflops: MatmulGflops());
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

    /// <summary>GFLOP/s of a float32 (<paramref name="size"/> x <paramref name="size"/>) matrix product on torch's current threads: the median of 3 timed products after one untimed.</summary>
    public static double MatmulGflops(int size = 2048)
    {
        using var scope = NewDisposeScope();
        var a = randn(size, size);
        var b = randn(size, size);
        a.mm(b).Dispose();
        var seconds = Enumerable.Range(0, 3).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            a.mm(b).Dispose();
            return clock.Elapsed.TotalSeconds;
        }).ToList();
        return 2.0 * size * size * size / Statistics.Median(seconds) / 1e9;
    }

    /// <summary>Resets the process's peak resident set (VmHWM) to its current one (Linux 4.0 and later); false where it cannot.</summary>
    public static bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    public static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }
}

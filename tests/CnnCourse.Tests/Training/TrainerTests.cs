using System.Diagnostics;
using CnnCourse.Data;
using CnnCourse.Models;
using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class TrainerTests
{
    static readonly FashionMnist.Sources Subset = new([], AllowDownload: false, FashionMnist.SubsetDirectory);

    [Fact]
    public void Training_learns_and_evaluation_reports_predictions()
    {
        using var train = FashionMnist.Load(train: true, Subset);
        using var test = FashionMnist.Load(train: false, Subset);
        Reproducibility.Seed(0);
        var trainer = new Trainer(new LectureCnn(), device: CPU, progress: SilentProgress.Instance);
        var history = trainer.Fit(new BatchLoader(train, 64, shuffle: true, transform: BatchTransform.FashionMnist), 2,
            validation: new BatchLoader(test, 256, transform: BatchTransform.FashionMnist));
        Assert.Equal(2, history.Count);
        Assert.True(history[1].TrainLoss < history[0].TrainLoss);
        Assert.InRange(history.Last.ValidationAccuracy!.Value, 0.70, 1.0);
        Assert.True(history.Last.ImagesPerSecond > 0);
        var evaluation = trainer.Evaluate(new BatchLoader(test, 256, transform: BatchTransform.FashionMnist));
        Assert.Equal(1000, evaluation.Predictions.Length);
        Assert.Equal(history.Last.ValidationAccuracy!.Value, evaluation.Accuracy, 6);
        var confusion = evaluation.ConfusionMatrix(10);
        Assert.Equal(1000, confusion.Cast<int>().Sum());
        Assert.Equal(evaluation.Accuracy, Enumerable.Range(0, 10).Sum(i => confusion[i, i]) / 1000.0, 6);
    }

    [Fact]
    public void Binary_objective_trains_one_sigmoid_output()
    {
        using var test = FashionMnist.Load(train: false, Subset);
        var pair = test.WithClasses(7, 9);
        Reproducibility.Seed(0);
        var trainer = new Trainer(new LectureCnn(numClasses: 1), Objective.BinaryCrossEntropy, device: CPU, progress: SilentProgress.Instance);
        var history = trainer.Fit(new BatchLoader(pair, 32, shuffle: true), 3);
        Assert.InRange(history.Last.TrainAccuracy, 0.8, 1.0);
    }

    [Fact]
    public void Only_trainable_parameters_reach_the_optimizer()
    {
        var model = new LectureCnn();
        var frozen = model.parameters().Take(4).ToList();   // both convolutions
        foreach (var p in frozen) p.requires_grad = false;
        var before = frozen.Select(p => p.clone()).ToList();
        using var test = FashionMnist.Load(train: false, Subset);
        new Trainer(model, device: CPU, progress: SilentProgress.Instance).Fit(new BatchLoader(test.Take(128), 64), 1);
        Assert.All(frozen.Zip(before), pair => Assert.True(pair.First.equal(pair.Second).all().item<bool>()));
    }
}

/// <summary>
/// torch's default random generator is one per process: a test that seeds it and expects the same run twice fails
/// when a test class running beside it builds a model or draws random numbers in between. These run on their own.
/// </summary>
[CollectionDefinition("seeded", DisableParallelization = true)]
public sealed class SeededCollection;

[Trait("Category", "unit")]
[Collection("seeded")]
public class SeededTrainerTests
{
    static readonly FashionMnist.Sources Subset = new([], AllowDownload: false, FashionMnist.SubsetDirectory);

    static TrainingHistory TrainOnce(ImageDataset data, int epochs, long seed, bool channelsLast = true)
    {
        Reproducibility.Seed(seed);
        var model = new LectureCnn(dropout: 0.25);
        var trainer = new Trainer(model, device: CPU, progress: SilentProgress.Instance, channelsLast: channelsLast);
        var loader = new BatchLoader(data, batchSize: 64, shuffle: true, transform: BatchTransform.FashionMnist with { HorizontalFlip = true }, seed: seed);
        return trainer.Fit(loader, epochs);
    }

    [Fact]
    public void The_same_seed_gives_identical_metrics_on_the_cpu()
    {
        using var train = FashionMnist.Load(train: true, Subset);
        var data = train.Take(1000);
        var a = TrainOnce(data, 2, seed: 3);
        var b = TrainOnce(data, 2, seed: 3);
        var c = TrainOnce(data, 2, seed: 4);
        Assert.Equal(a.Select(e => (e.TrainLoss, e.TrainAccuracy)), b.Select(e => (e.TrainLoss, e.TrainAccuracy)));
        Assert.NotEqual(a.Last.TrainLoss, c.Last.TrainLoss);
    }

    [Fact]
    public void Training_channels_last_matches_the_usual_layout()
    {
        using var train = FashionMnist.Load(train: true, Subset);
        var data = train.Take(1000);
        var usual = TrainOnce(data, 2, seed: 1, channelsLast: false).Last;
        var cl = TrainOnce(data, 2, seed: 1, channelsLast: true).Last;
        // The kernels sum in another order: equal up to rounding, which grows over two epochs (a tolerance, not a
        // comparison of the two losses rounded to three decimals, which a difference of 1e-6 can flip).
        Assert.Equal(usual.TrainLoss, cl.TrainLoss, tolerance: 0.005);
        Assert.InRange(Math.Abs(usual.TrainAccuracy - cl.TrainAccuracy), 0, 0.01);
    }
}

/// <summary>
/// Whole-process RSS is only this test's memory when nothing else runs in the process: xunit runs a collection with
/// parallelization disabled on its own, after the parallel ones (other test classes made the RSS jump 19 % once).
/// </summary>
[CollectionDefinition("memory", DisableParallelization = true)]
public sealed class MemoryCollection;

[Trait("Category", "unit")]
[Collection("memory")]
public class TrainerMemoryTests
{
    [Fact]
    public void Memory_stays_flat_over_ten_epochs()
    {
        using var train = FashionMnist.Load(train: true, new FashionMnist.Sources([], AllowDownload: false, FashionMnist.SubsetDirectory));
        var data = train.Take(3000);
        Reproducibility.Seed(0);
        var trainer = new Trainer(new LectureCnn(), device: CPU, progress: SilentProgress.Instance);
        var loader = new BatchLoader(data, 128, shuffle: true, transform: BatchTransform.FashionMnist with { HorizontalFlip = true, CropPadding = 2 });
        var rss = new List<long>();
        var inUse = new List<long>();
        for (int epoch = 0; epoch < 10; epoch++)
        {
            trainer.Fit(loader, 1);
            trainer.Evaluate(loader, keepPredictions: false);
            using var process = Process.GetCurrentProcess();
            rss.Add(process.WorkingSet64);
            inUse.Add(NativeHeap.InUseBytes());
        }
        // Two views of one property. What malloc has handed out and not had back is the exact measure of a leak:
        // without a dispose scope per batch, each batch leaks tens of MB of native memory. The process's size is what
        // the student sees; it also catches memory that is freed but never reused (NativeHeap explains the case).
        string report = $"RSS (MB) per epoch: {string.Join(", ", rss.Select(r => r / 1_000_000))}; " +
                        $"native memory in use (MB): {string.Join(", ", inUse.Select(r => r / 1_000_000))}";
        Assert.True(inUse[1] > 0, "mallinfo2 reported nothing: is this glibc? " + report);
        Assert.True(inUse.Skip(2).All(b => b <= inUse[1] + Math.Max(inUse[1] / 10, 32_000_000)), report);
        // The Trainer gives fragmented free memory back once the process has grown by NativeHeap.AllowedGrowthBytes,
        // so the process may rise by that much (and a little more within an epoch), but not keep climbing.
        Assert.True(rss.Skip(2).All(r => r <= rss[1] + NativeHeap.AllowedGrowthBytes + 64_000_000), report);
    }
}

using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>One way of training a network for a new task, measured: parameters it trains and keeps frozen, time per epoch, accuracy.</summary>
public sealed record TransferResult(
    string Variant,
    long TrainableParameters,
    long FrozenParameters,
    double SecondsPerEpoch,
    double TrainAccuracy,
    double TestAccuracy,
    TrainingHistory History);

/// <summary>
/// One variant trained once per seed: a single small-data run is a noisy measurement (the initialization of the new
/// layers and the batch order move it by points), so variants are compared by their mean over the seeds.
/// </summary>
public sealed record SeededTransfer(string Variant, IReadOnlyList<long> Seeds, IReadOnlyList<TransferResult> Runs)
{
    public long TrainableParameters => Runs[0].TrainableParameters;
    public long FrozenParameters => Runs[0].FrozenParameters;
    public double SecondsPerEpoch => Runs.Average(r => r.SecondsPerEpoch);
    public double TrainAccuracy => Runs.Average(r => r.TrainAccuracy);
    public double TestAccuracy => Runs.Average(r => r.TestAccuracy);
    public double MinTestAccuracy => Runs.Min(r => r.TestAccuracy);
    public double MaxTestAccuracy => Runs.Max(r => r.TestAccuracy);

    /// <summary>The sample standard deviation of the runs' test accuracies (0 for a single run).</summary>
    public double TestAccuracySd
    {
        get
        {
            if (Runs.Count < 2) return 0;
            double mean = TestAccuracy;
            return Math.Sqrt(Runs.Sum(r => (r.TestAccuracy - mean) * (r.TestAccuracy - mean)) / (Runs.Count - 1));
        }
    }

    /// <summary>The first seed's training history, the run whose curves are drawn.</summary>
    public TrainingHistory History => Runs[0].History;
}

/// <summary>Trains a model variant on a target task and evaluates it, so that variants can be compared on the same budget.</summary>
public static class TransferLearning
{
    /// <summary>
    /// Fits <paramref name="model"/> for <paramref name="numEpochs"/> epochs with Adam at <paramref name="learningRate"/> (over its
    /// trainable parameters only), then evaluates it on <paramref name="test"/>. Seconds per epoch is the mean training time of an epoch.
    /// </summary>
    public static TransferResult Run(string variant, nn.Module<Tensor, Tensor> model, BatchLoader train, BatchLoader test, int numEpochs,
        double learningRate = 1e-3, Device? device = null, ITrainingProgress? progress = null)
    {
        var parameters = model.parameters().ToList();
        long trainable = parameters.Where(p => p.requires_grad).Sum(p => p.numel());
        long total = parameters.Sum(p => p.numel());
        var trainer = new Trainer(model, learningRate: learningRate, device: device, progress: progress, name: variant);
        var history = trainer.Fit(train, numEpochs);
        var evaluation = trainer.Evaluate(test, keepPredictions: false);
        return new TransferResult(variant, trainable, total - trainable, history.Average(e => e.Seconds), history.Last.TrainAccuracy, evaluation.Accuracy, history);
    }

    /// <summary>
    /// Runs the variant once per seed: torch is seeded with it (<see cref="Reproducibility.Seed"/>), then
    /// <paramref name="build"/> makes a fresh model and <paramref name="trainBatches"/> a loader shuffled with that seed.
    /// The first run reports its progress as usual (in a notebook, its live curves); the others train silently. Each
    /// model is disposed after its run.
    /// </summary>
    public static SeededTransfer RunSeeds(string variant, Func<nn.Module<Tensor, Tensor>> build, Func<long, BatchLoader> trainBatches,
        BatchLoader test, int numEpochs, IReadOnlyList<long> seeds, double learningRate = 1e-3, Device? device = null)
    {
        if (seeds.Count == 0) throw new ArgumentException("at least one seed is needed", nameof(seeds));
        var runs = new List<TransferResult>();
        foreach (var seed in seeds)
        {
            Reproducibility.Seed(seed);
            using var model = build();
            var progress = runs.Count == 0 ? null : SilentProgress.Instance;
            runs.Add(Run(variant, model, trainBatches(seed), test, numEpochs, learningRate, device, progress));
        }
        return new SeededTransfer(variant, seeds, runs);
    }
}

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
}

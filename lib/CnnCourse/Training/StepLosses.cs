using CnnCourse.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>
/// The loss of every optimizer step (the Trainer reports epochs): what optimizer and learning-rate comparisons plot.
/// </summary>
public static class StepLosses
{
    /// <summary>Runs <paramref name="numSteps"/> steps of <paramref name="optimizer"/> on batches of <paramref name="data"/> (looping over it as often as needed); returns each step's loss before its update.</summary>
    public static double[] Train(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, BatchLoader data, int numSteps, Objective? objective = null)
    {
        if (numSteps <= 0) throw new ArgumentOutOfRangeException(nameof(numSteps), numSteps, "number of steps must be positive");
        objective ??= Objective.CrossEntropy;
        var device = ModelDevice.Of(model);
        model.train();
        var losses = new List<double>(numSteps);
        while (losses.Count < numSteps)
        {
            foreach (var (images, labels) in data.Batches())   // each batch runs in its own dispose scope
            {
                optimizer.zero_grad();
                var loss = objective.Loss(model.call(images.to(device)), labels.to(device));
                loss.backward();
                optimizer.step();
                losses.Add(loss.ToDouble());
                if (losses.Count == numSteps) break;
            }
        }
        return [.. losses];
    }

    /// <summary>Mean of each value and the <paramref name="window"/> - 1 before it (fewer at the start): noisy mini-batch losses made readable.</summary>
    public static double[] MovingAverage(IReadOnlyList<double> values, int window)
    {
        if (window <= 0) throw new ArgumentOutOfRangeException(nameof(window), window, "window must be positive");
        var result = new double[values.Count];
        double sum = 0;
        for (int i = 0; i < values.Count; i++)
        {
            sum += values[i];
            if (i >= window) sum -= values[i - window];
            result[i] = sum / Math.Min(i + 1, window);
        }
        return result;
    }
}

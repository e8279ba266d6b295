using CnnCourse.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>One optimizer to compare: a name for the legend and how to build it for a model's parameters.</summary>
public sealed record OptimizerChoice(string Name, Func<IEnumerable<TorchSharp.Modules.Parameter>, optim.Optimizer> Make);

/// <summary>One optimizer's run: the loss of every step, and the same smoothed for plotting.</summary>
public sealed record OptimizerRun(string Name, double[] Losses, double[] Smoothed)
{
    /// <summary>Mean loss over the last <paramref name="steps"/> steps: one noisy mini-batch says little.</summary>
    public double FinalLoss(int steps = 20) => Losses.TakeLast(steps).Average();
    /// <summary>True when the loss became NaN or infinite, or ended above twice where it started.</summary>
    public bool Diverged => Losses.Any(l => !double.IsFinite(l)) || FinalLoss() > 2 * Losses[0];

    /// <summary>
    /// The smoothed curve as a chart series: steps up to the first non-finite loss (a chart cannot draw NaN), values
    /// capped at <paramref name="cap"/> so that one exploding run does not flatten every other curve.
    /// </summary>
    public (string Name, double[] X, double[] Y) Series(double cap = 10)
    {
        var y = Smoothed.TakeWhile(double.IsFinite).Select(v => Math.Min(v, cap)).ToArray();
        return (Diverged ? $"{Name} (diverged)" : Name, Enumerable.Range(1, y.Length).Select(i => (double)i).ToArray(), y);
    }
}

/// <summary>
/// A fair optimizer comparison: every optimizer starts from the same initial weights (one model's weights copied
/// into each fresh model), sees the same batches in the same order (a new loader with the same seed) and the same
/// dropout masks (torch reseeded), so the only difference between the curves is the update rule.
/// </summary>
public static class OptimizerComparison
{
    public static IReadOnlyList<OptimizerRun> Run(Func<nn.Module<Tensor, Tensor>> makeModel, IEnumerable<OptimizerChoice> optimizers,
        Func<BatchLoader> makeData, int numSteps, long seed = 0, int smoothing = 10, Device? device = null)
    {
        device ??= Devices.Best;
        Reproducibility.Seed(seed);
        var initial = makeModel().to(device);
        var runs = new List<OptimizerRun>();
        foreach (var choice in optimizers)
        {
            var model = makeModel().to(device);
            model.load_state_dict(initial.state_dict());
            Reproducibility.Seed(seed);
            var losses = StepLosses.Train(model, choice.Make(model.parameters()), makeData(), numSteps);
            runs.Add(new OptimizerRun(choice.Name, losses, StepLosses.MovingAverage(losses, smoothing)));
            model.Dispose();
        }
        initial.Dispose();
        return runs;
    }
}

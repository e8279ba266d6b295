using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>
/// What an optimizer does, on a loss one can draw: the elongated bowl L(w) = ½(a·w₀² + b·w₁²). Its gradient is steep
/// along one axis and shallow along the other, the situation that makes plain gradient descent zigzag and that
/// momentum and Adam were invented for. Each path is the sequence of points an optimizer visits from the same start.
/// </summary>
public static class OptimizerPaths
{
    /// <summary>The bowl's loss at (w0, w1).</summary>
    public static double Bowl(double w0, double w1, double a = 1, double b = 50) => 0.5 * (a * w0 * w0 + b * w1 * w1);

    /// <summary>
    /// Runs <paramref name="numSteps"/> steps of the optimizer that <paramref name="makeOptimizer"/> builds for the one
    /// 2-element parameter, starting at <paramref name="start"/>; returns the start and every point after a step.
    /// </summary>
    public static (double[] W0, double[] W1) OnBowl(Func<IEnumerable<TorchSharp.Modules.Parameter>, optim.Optimizer> makeOptimizer,
        (double W0, double W1) start, int numSteps, double a = 1, double b = 50)
    {
        if (numSteps <= 0) throw new ArgumentOutOfRangeException(nameof(numSteps), numSteps, "number of steps must be positive");
        using var scope = NewDisposeScope();
        var w = new TorchSharp.Modules.Parameter(tensor(new[] { start.W0, start.W1 }, dtype: ScalarType.Float64));
        var curvature = tensor(new[] { a, b }, dtype: ScalarType.Float64);
        var optimizer = makeOptimizer([w]);
        var w0 = new double[numSteps + 1];
        var w1 = new double[numSteps + 1];
        (w0[0], w1[0]) = start;
        for (int step = 1; step <= numSteps; step++)
        {
            using var stepScope = NewDisposeScope();
            optimizer.zero_grad();
            (0.5 * (curvature * w * w).sum()).backward();
            optimizer.step();
            var point = w.detach().data<double>().ToArray();
            (w0[step], w1[step]) = (point[0], point[1]);
        }
        return (w0, w1);
    }
}

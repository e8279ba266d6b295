using CnnCourse.Data;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class OptimizerComparisonTests
{
    [Fact]
    public void Gradient_descent_on_the_bowl_follows_the_update_rule_exactly()
    {
        // w ← w − η·(a·w₀, b·w₁): each coordinate is multiplied by (1 − η·curvature) per step
        var (w0, w1) = OptimizerPaths.OnBowl(p => optim.SGD(p, 0.035), (-4, 1), 3);
        Assert.Equal(4, w0.Length);
        Assert.Equal(-4 * Math.Pow(1 - 0.035, 3), w0[^1], 12);
        Assert.Equal(Math.Pow(1 - 0.035 * 50, 3), w1[^1], 12);   // (−0.75)³: the zigzag across the valley
        Assert.Equal(33, OptimizerPaths.Bowl(-4, 1));
    }

    [Fact]
    public void Momentum_and_adam_get_further_down_the_bowl_than_plain_sgd()
    {
        double Final(Func<IEnumerable<TorchSharp.Modules.Parameter>, optim.Optimizer> make)
        {
            var (w0, w1) = OptimizerPaths.OnBowl(make, (-4, 1), 40);
            return OptimizerPaths.Bowl(w0[^1], w1[^1]);
        }
        double sgd = Final(p => optim.SGD(p, 0.035));
        Assert.True(Final(p => optim.SGD(p, 0.005, momentum: 0.9)) < sgd / 3);
        Assert.True(Final(p => optim.Adam(p, 0.15)) < sgd / 3);
    }

    [Fact]
    public void Every_optimizer_starts_from_the_same_weights_and_batches()
    {
        using var scope = NewDisposeScope();
        Reproducibility.Seed(0);
        using var data = new ImageDataset(randn(64, 1, 4, 4), randint(0, 3, [64]), ["a", "b", "c"], "random");
        var runs = OptimizerComparison.Run(() => nn.Sequential(nn.Flatten(), nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3)),
            [new("SGD", p => optim.SGD(p, 0.1)), new("Adam", p => optim.Adam(p, 0.01)), new("SGD again", p => optim.SGD(p, 0.1))],
            () => new BatchLoader(data, 16, shuffle: true, seed: 5), numSteps: 12, device: CPU);
        Assert.Equal(3, runs.Count);
        Assert.Equal(runs[0].Losses[0], runs[1].Losses[0]);   // same weights, same first batch
        Assert.NotEqual(runs[0].Losses[1], runs[1].Losses[1]); // different update rules from the first step on
        Assert.Equal(runs[0].Losses, runs[2].Losses);          // the comparison is deterministic
        Assert.Equal(12, runs[0].Smoothed.Length);
    }

    [Fact]
    public void A_diverged_run_is_named_and_its_chart_series_stops_before_the_nan()
    {
        var run = new OptimizerRun("η = 3", [2.3, 5.0, double.NaN, double.NaN], [2.3, 3.65, double.NaN, double.NaN]);
        Assert.True(run.Diverged);
        var (name, x, y) = run.Series(cap: 3);
        Assert.Equal("η = 3 (diverged)", name);
        Assert.Equal([1.0, 2.0], x);
        Assert.Equal([2.3, 3.0], y);
        Assert.False(new OptimizerRun("fine", [2.3, 2.0, 1.5], [2.3, 2.15, 1.93]).Diverged);
    }
}

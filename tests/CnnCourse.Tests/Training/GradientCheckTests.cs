using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class GradientCheckTests
{
    [Fact]
    public void Autograd_and_finite_differences_agree_in_float64_for_a_tiny_network()
    {
        using var scope = NewDisposeScope();
        Reproducibility.Seed(0);
        var model = nn.Sequential(("hidden", nn.Linear(3, 4)), ("tanh", nn.Tanh()), ("output", nn.Linear(4, 2)));
        model.to(ScalarType.Float64);
        var x = randn(5, 3, dtype: ScalarType.Float64);
        var y = tensor(new long[] { 0, 1, 1, 0, 1 });
        var checks = GradientCheck.Compare(model, () => nn.functional.cross_entropy(model.call(x), y));
        Assert.Equal(["hidden.weight", "hidden.bias", "output.weight", "output.bias"], checks.Select(c => c.Name));
        Assert.Equal(3 * 4 + 4 + 4 * 2 + 2, checks.Sum(c => c.Autograd.Length));
        Assert.All(checks, c => Assert.True(c.MaxAbsDifference < 1e-8, $"{c.Name}: {c.MaxAbsDifference:E2}"));
        Assert.True(checks.SelectMany(c => c.Autograd).Max(Math.Abs) > 1e-3);   // not trivially zero
    }

    [Fact]
    public void A_wrong_gradient_is_caught()
    {
        using var scope = NewDisposeScope();
        var w = new TorchSharp.Modules.Parameter(tensor(new[] { 1.5, -0.5 }, dtype: ScalarType.Float64));
        var model = new Holder(w);
        // detach() hides the square from autograd: backward sees d(w·w)/dw = w instead of 2w.
        var checks = GradientCheck.Compare(model, () => (w * w.detach()).sum());
        Assert.True(checks[0].MaxAbsDifference > 0.4, $"{checks[0].MaxAbsDifference}");
    }

    [Fact]
    public void Float32_parameters_are_refused_with_the_parameter_name()
    {
        var model = nn.Linear(2, 1);
        var e = Assert.Throws<ArgumentException>(() => GradientCheck.Compare(model, () => model.call(ones(1, 2)).sum()));
        Assert.Contains("weight", e.Message);
        Assert.Contains("Float64", e.Message);
    }

    sealed class Holder : nn.Module
    {
        readonly TorchSharp.Modules.Parameter w;
        public Holder(TorchSharp.Modules.Parameter w) : base("holder") { this.w = w; RegisterComponents(); }
    }
}

using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class DeepCnnTests
{
    [Fact]
    public void Plain_and_residual_versions_differ_only_in_the_shortcuts()
    {
        var plain = new DeepCnn(new DeepCnnConfig(4, 8, Residual: false));
        var residual = new DeepCnn(new DeepCnnConfig(4, 8, Residual: true));
        Assert.Equal(10, plain.Config.WeightLayers);
        Assert.Equal(plain.parameters().Sum(p => p.numel()), residual.parameters().Sum(p => p.numel()));
        Assert.Equal([3L, 10], ModelSummary.Of(residual, 3, 1, 28, 28).OutputShape);
    }

    [Fact]
    public void Gradients_vanish_towards_the_input_of_a_deep_plain_network_but_not_with_shortcuts()
    {
        using var scope = NewDisposeScope();
        Reproducibility.Seed(0);
        var images = randn(32, 1, 28, 28);
        var labels = randint(0, 10, [32]);
        double Ratio(bool residual)
        {
            Reproducibility.Seed(1);
            // float64, as notebook 06 does: LibTorch's float32 NCHW backward of these narrow convolutions gives NaN
            // on some AVX-512 CPUs, which would hide the effect this test is about.
            var net = new DeepCnn(new DeepCnnConfig(8, 8, residual));
            net.to(float64);
            var norms = GradientNorms.PerLayer(net, images.to(float64), labels);
            Assert.Equal(2 * 8 + 2, norms.Count);   // stem, two convolutions per block, classifier
            Assert.Equal("stem.weight", norms[0].Name);
            Assert.Equal("classifier.weight", norms[^1].Name);
            return norms[0].Norm / norms[^1].Norm;
        }
        double plain = Ratio(false), residual = Ratio(true);
        Assert.True(plain < 1e-3, $"plain: first/last layer gradient norm {plain:E2}");
        Assert.True(residual > 0.05, $"residual: first/last layer gradient norm {residual:E2}");
    }
}

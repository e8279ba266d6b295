using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class ActivationScalesTests
{
    [Fact]
    public void Size_is_the_root_mean_square_and_spread_the_images_difference_relative_to_it()
    {
        using var scope = NewDisposeScope();
        // Two images of two values: rms = sqrt((1 + 9 + 9 + 25) / 4) = sqrt(11); at each position the two images are
        // 2 apart, a variance of 1, so the spread is 1 / sqrt(11).
        var a = ActivationScales.Of("x", tensor(new float[] { 1, 3, 3, 5 }).reshape(2, 1, 1, 2));
        Assert.Equal(Math.Sqrt(11), a.Rms, 12);
        Assert.Equal(1 / Math.Sqrt(11), a.ImageSpread, 12);

        var same = ActivationScales.Of("same", ones(4, 3, 2, 2) * 7);
        Assert.Equal(7, same.Rms, 12);
        Assert.Equal(0, same.ImageSpread);
        Assert.Equal(0, ActivationScales.Of("zero", zeros(3, 5)).ImageSpread);
    }

    [Fact]
    public void One_image_is_refused_with_its_shape()
    {
        var error = Assert.Throws<ArgumentException>(() => ActivationScales.Of("stem", zeros(1, 8, 14, 14)));
        Assert.Contains("stem", error.Message);
        Assert.Contains("[1, 8, 14, 14]", error.Message);
    }

    [Fact]
    public void A_deep_plain_network_shrinks_the_signal_until_images_look_alike_and_shortcuts_keep_it()
    {
        using var scope = NewDisposeScope();
        Reproducibility.Seed(0);
        var images = randn(64, 1, 28, 28, dtype: float64);
        IReadOnlyList<LayerActivation> Trace(bool residual)
        {
            Reproducibility.Seed(1);
            var net = new DeepCnn(new DeepCnnConfig(8, 8, residual));
            net.to(float64);
            var trace = ActivationScales.PerLayer(net, images, net.StageLayers);
            Assert.Equal(["pool", "blocks.0", "blocks.1", "blocks.2", "blocks.3", "blocks.4", "blocks.5", "blocks.6", "blocks.7", "gap"], trace.Select(t => t.Name));
            return trace;
        }
        var plain = Trace(false);
        var residual = Trace(true);
        Assert.True(plain[^2].Rms < plain[0].Rms / 5, $"plain: rms after the stem {plain[0].Rms:E2}, after the last block {plain[^2].Rms:E2}");
        // What the classifier reads: practically one image for all images in the plain network, still distinct with shortcuts.
        Assert.True(plain[^1].ImageSpread < 1e-4, $"plain: images differ by {plain[^1].ImageSpread:E2} at the classifier");
        Assert.True(residual[^1].ImageSpread > 1e-2, $"residual: images differ by {residual[^1].ImageSpread:E2} at the classifier");
        Assert.True(residual[^2].Rms > residual[0].Rms / 2, $"residual: rms after the stem {residual[0].Rms:E2}, after the last block {residual[^2].Rms:E2}");
    }
}

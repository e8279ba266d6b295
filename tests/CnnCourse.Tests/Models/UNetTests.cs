using CnnCourse.Models;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class UNetTests
{
    static long DoubleConv(int inChannels, int outChannels) => 9L * inChannels * outChannels + 9L * outChannels * outChannels + 4L * outChannels;

    [Fact]
    public void Every_level_has_the_lecture_shapes_and_the_output_is_one_logit_per_class_and_pixel()
    {
        var config = new UNetConfig(InChannels: 1, NumClasses: 5, Widths: [8, 16, 32]);
        var summary = ModelSummary.Of(new UNet(config), 2, 1, 32, 32);
        Assert.Equal(2, config.Depth);
        Assert.Equal([2L, 8, 32, 32], summary.Layer("encoders.0").OutputShape);
        Assert.Equal([2L, 8, 16, 16], summary.Layer("pools.0").OutputShape);
        Assert.Equal([2L, 16, 16, 16], summary.Layer("encoders.1").OutputShape);
        Assert.Equal([2L, 16, 8, 8], summary.Layer("pools.1").OutputShape);
        Assert.Equal([2L, 32, 8, 8], summary.Layer("bottleneck").OutputShape);
        Assert.Equal([2L, 16, 16, 16], summary.Layer("upsamplers.0").OutputShape);
        Assert.Equal([2L, 16, 16, 16], summary.Layer("decoders.0").OutputShape);
        Assert.Equal([2L, 8, 32, 32], summary.Layer("upsamplers.1").OutputShape);
        Assert.Equal([2L, 8, 32, 32], summary.Layer("decoders.1").OutputShape);
        Assert.Equal([2L, 5, 32, 32], summary.OutputShape);
        long encoders = DoubleConv(1, 8) + DoubleConv(8, 16) + DoubleConv(16, 32);
        long upsamplers = (4L * 32 * 16 + 16) + (4L * 16 * 8 + 8);
        long decoders = DoubleConv(32, 16) + DoubleConv(16, 8);   // each takes the upsampled and the skip channels
        long head = 8 * 5 + 5;
        Assert.Equal(encoders + upsamplers + decoders + head, summary.TotalParameters);
    }

    /// <summary>
    /// The forward pass disposes each intermediate once the next step has used it, so a training batch's dispose scope
    /// holds the logits, not every activation of the network (which doubled the UNet's peak memory); autograd still has
    /// what the backward pass needs, and the caller's images stay usable.
    /// </summary>
    [Fact]
    public void The_forward_pass_leaves_only_its_logits_in_the_callers_scope_and_backward_still_works()
    {
        var unet = new UNet(new UNetConfig(1, 3, [4, 8, 16]));
        using var images = randn(2, 1, 16, 16);
        using var scope = NewDisposeScope();
        var logits = unet.call(images);
        Assert.Equal(1, scope.DisposablesCount);
        Assert.False(images.IsInvalid);
        logits.sum().backward();
        Assert.All(unet.parameters(), p => Assert.NotNull(p.grad));
    }

    [Fact]
    public void Sizes_that_do_not_halve_evenly_are_refused_with_the_factor()
    {
        var unet = new UNet(new UNetConfig(1, 2, [4, 8, 16]));
        var e = Assert.Throws<ArgumentException>(() => unet.call(zeros(1, 1, 30, 30)));
        Assert.Contains("divisible by 4", e.Message);
        Assert.Throws<ArgumentException>(() => new UNet(new UNetConfig(1, 2, [4])));
    }
}

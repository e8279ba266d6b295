using CnnCourse.Models;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class InceptionModuleTests
{
    static long Conv(int k, int inChannels, int outChannels) => (long)k * k * inChannels * outChannels + outChannels;

    [Fact]
    public void Googlenet_3a_with_bottlenecks_concatenates_256_channels_from_163696_parameters()
    {
        var w = InceptionConfig.GoogLeNet3a;
        var summary = ModelSummary.Of(new InceptionModule(192, w), 1, 192, 28, 28);
        Assert.Equal([1L, 64, 28, 28], summary.Layer("branch1x1").OutputShape);
        Assert.Equal([1L, 96, 28, 28], summary.Layer("branch3x3.reduce").OutputShape);
        Assert.Equal([1L, 128, 28, 28], summary.Layer("branch3x3").OutputShape);
        Assert.Equal([1L, 16, 28, 28], summary.Layer("branch5x5.reduce").OutputShape);
        Assert.Equal([1L, 32, 28, 28], summary.Layer("branch5x5").OutputShape);
        Assert.Equal([1L, 32, 28, 28], summary.Layer("branchPool").OutputShape);
        Assert.Equal([1L, 256, 28, 28], summary.OutputShape);
        long expected = Conv(1, 192, 64) + Conv(1, 192, 96) + Conv(3, 96, 128) + Conv(1, 192, 16) + Conv(5, 16, 32) + Conv(1, 192, 32);
        Assert.Equal(163_696, expected);
        Assert.Equal(expected, summary.TotalParameters);
    }

    [Fact]
    public void The_naive_module_passes_the_pooled_input_through_and_has_more_parameters()
    {
        var w = InceptionConfig.GoogLeNet3a;
        var module = new InceptionModule(192, w, bottleneck: false);
        var summary = ModelSummary.Of(module, 1, 192, 28, 28);
        Assert.Equal(64 + 128 + 32 + 192, module.OutChannels);
        Assert.Equal([1L, 416, 28, 28], summary.OutputShape);
        Assert.Equal(Conv(1, 192, 64) + Conv(3, 192, 128) + Conv(5, 192, 32), summary.TotalParameters);
        Assert.Equal(387_296, summary.TotalParameters);
    }

    [Fact]
    public void Branches_are_concatenated_in_order_on_the_channel_axis()
    {
        Reproducibility.Seed(0);
        var module = new InceptionModule(3, new InceptionConfig(2, 2, 4, 2, 3, 5));
        module.eval();
        using var scope = NewDisposeScope();
        var x = rand(2, 3, 9, 9);
        var y = module.call(x);
        Assert.Equal([2L, 2 + 4 + 3 + 5, 9, 9], y.shape);
        // The 1x1 branch alone, computed by hand from its weights, is the first two channels.
        var conv = (TorchSharp.Modules.Conv2d)module.named_modules().First(m => m.name == "branch1x1.conv").module;
        var expected = nn.functional.relu(nn.functional.conv2d(x, conv.weight!, conv.bias!));
        Assert.True(allclose(y.narrow(1, 0, 2), expected, atol: 1e-6));
    }
}

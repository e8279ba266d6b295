using CnnCourse.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class VggStyleNetTests
{
    [Fact]
    public void Small_vgg_for_32x32_has_the_parameters_its_groups_give()
    {
        var spec = VggConfig.Cifar10Small;
        var model = new VggStyleNet(spec);
        var summary = ModelSummary.Of(model, 1, 3, 32, 32);
        // (3*3*in + 1) * out per convolution, (in + 1) * out per dense layer
        long convs = (27 + 1) * 32 + (288 + 1) * 32 + (288 + 1) * 64 + (576 + 1) * 64 + (576 + 1) * 128 + (1152 + 1) * 128;
        long dense = (128 * 4 * 4 + 1) * 256 + (256 + 1) * 10;
        Assert.Equal(convs + dense, summary.TotalParameters);
        Assert.Equal(2048, spec.FlattenedSize);
        Assert.Equal([1L, 128, 4, 4], summary.Layer("features").OutputShape);
        Assert.Equal([1L, 10], summary.OutputShape);
        Assert.Equal(3, VggGroups.Of(summary).Count);
    }

    [Fact]
    public void An_image_size_the_poolings_cannot_halve_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new VggStyleNet(VggConfig.Cifar10Small with { ImageSize = 28 }));
        Assert.Contains("28 is not divisible by 2^3", e.Message);
    }

    [Fact]
    public void Torchvision_vgg16_splits_into_the_lectures_five_groups()
    {
        var summary = ModelSummary.Of(torchvision.models.vgg16(), 1, 3, 224, 224);
        Assert.Equal(138_357_544, summary.TotalParameters);
        var groups = VggGroups.Of(summary);
        Assert.Equal([2, 2, 3, 3, 3], groups.Select(g => g.Convolutions));
        Assert.Equal([64L, 128, 256, 512, 512], groups.Select(g => g.Channels));
        Assert.Equal("(1, 512, 7, 7)", groups[^1].OutputShape);
        long fc = summary.Layers.Where(l => l.Type == "Linear").Sum(l => l.Parameters);
        Assert.Equal(123_642_856, fc);
        Assert.Equal(summary.TotalParameters - fc, groups.Sum(g => g.Parameters));
    }
}

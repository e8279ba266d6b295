using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public class ImageDatasetTests
{
    static ImageDataset Sample()
    {
        var images = arange(6 * 4 * 4, dtype: ScalarType.Float32).reshape(6, 1, 4, 4) / 96f;
        var labels = tensor(new long[] { 0, 1, 0, 2, 0, 1 });
        return new ImageDataset(images, labels, ["a", "b", "c"], "sample");
    }

    [Fact]
    public void Take_per_class_keeps_the_first_of_each_class_in_order()
    {
        var picked = Sample().TakePerClass(2);
        Assert.Equal([0L, 1, 0, 2, 1], picked.Labels.data<long>().ToArray());
        Assert.Equal(5, picked.Count);
        Assert.Contains("2 per class", picked.Source);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().TakePerClass(0));
    }

    [Fact]
    public void Skip_leaves_what_take_does_not_and_nothing_when_too_many_are_skipped()
    {
        var rest = Sample().Skip(4);
        Assert.Equal([0L, 1], rest.Labels.data<long>().ToArray());
        Assert.True(Sample().Images.narrow(0, 4, 2).equal(rest.Images).all().item<bool>());
        Assert.Equal(0, Sample().Skip(10).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Skip(-1));
    }

    [Fact]
    public void As_rgb_resizes_and_repeats_gray_into_three_equal_channels()
    {
        var rgb = Sample().AsRgb(8);
        Assert.Equal([6L, 3, 8, 8], rgb.Images.shape);
        Assert.True(rgb.Images[.., 0].equal(rgb.Images[.., 2]).all().item<bool>());
        Assert.InRange(rgb.Images.min().item<float>(), 0f, 1f);
        Assert.InRange(rgb.Images.max().item<float>(), 0f, 1f);
        Assert.Equal(Sample().Labels.data<long>().ToArray(), rgb.Labels.data<long>().ToArray());
    }
}

using CnnCourse.Convolution;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Tests.Convolution;

[Trait("Category", "unit")]
public class NaivePoolingTests
{
    public NaivePoolingTests() => TorchRuntime.EnsureLoaded();

    [Theory]
    [InlineData(8, 8, 2, 2)]
    [InlineData(7, 9, 2, 2)]
    [InlineData(9, 9, 3, 2)]
    [InlineData(6, 5, 3, 1)]
    public void Matches_torch_pooling(int h, int w, int window, int stride)
    {
        var input = randn([2, 3, h, w], generator: new Generator().manual_seed(7 + h + w));
        var max = NaivePooling.MaxPool2d(input, window, stride);
        var avg = NaivePooling.AvgPool2d(input, window, stride);
        Assert.True(max.equal(F.max_pool2d(input, window, stride)).all().item<bool>());
        Assert.True(allclose(avg, F.avg_pool2d(input, window, stride), rtol: 0, atol: 1e-5));
    }

    [Fact]
    public void Two_by_two_pooling_halves_and_keeps_the_largest_value()
    {
        var map = tensor(new float[] { 1, 2, 0, 0, 3, 4, 0, -1, 5, 5, 6, 7, 5, 5, 8, 9 }, [4, 4]);
        var pooled = NaivePooling.MaxPool2d(map);
        Assert.Equal(new float[] { 4, 0, 5, 9 }, pooled.data<float>().ToArray());
        Assert.Equal(new float[] { 2.5f, -0.25f, 5, 7.5f }, NaivePooling.AvgPool2d(map).data<float>().ToArray());
    }
}

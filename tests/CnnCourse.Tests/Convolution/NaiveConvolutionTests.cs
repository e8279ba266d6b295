using CnnCourse.Convolution;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Tests.Convolution;

[Trait("Category", "unit")]
public class NaiveConvolutionTests
{
    const double Tolerance = 1e-4;

    public NaiveConvolutionTests() => TorchRuntime.EnsureLoaded();

    public static TheoryData<int, int, int, int, int, int, int, int> Sweep()
    {
        // batch, channels, filters, height, width, kernel, stride, padding
        var data = new TheoryData<int, int, int, int, int, int, int, int>();
        foreach (var (n, c, f) in new[] { (1, 1, 1), (2, 3, 4), (1, 8, 16) })
            foreach (var (h, w) in new[] { (5, 5), (7, 6), (12, 9) })
                foreach (int k in new[] { 1, 3, 5 })
                    foreach (int s in new[] { 1, 2, 3 })
                        foreach (int p in new[] { 0, 1, 2 })
                            if (k <= Math.Min(h, w) + 2 * p) data.Add(n, c, f, h, w, k, s, p);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sweep))]
    public void Matches_conv2d_on_random_inputs(int n, int c, int f, int h, int w, int k, int s, int p)
    {
        var generator = new Generator().manual_seed(1234 + n * 1000 + c * 100 + h * 10 + k + s + p);
        var input = randn([n, c, h, w], generator: generator);
        var weight = randn([f, c, k, k], generator: generator);
        var bias = randn([f], generator: generator);

        var expected = F.conv2d(input, weight, bias, strides: [s, s], padding: [p, p]);
        var actual = NaiveConvolution.Conv2d(input, weight, bias, stride: s, padding: p);

        Assert.Equal(expected.shape, actual.shape);
        Assert.True(allclose(actual, expected, rtol: 0, atol: Tolerance), $"max difference {(actual - expected).abs().max().item<float>()}");
    }

    [Theory]
    [InlineData(4, 4, 3, 1, 1)]
    [InlineData(5, 7, 3, 2, 1)]
    [InlineData(6, 6, 5, 1, 2)]
    [InlineData(3, 3, 3, 1, 3)]
    public void Replicate_padding_matches_torch_replicate_pad_then_conv2d(int h, int w, int k, int s, int p)
    {
        var generator = new Generator().manual_seed(42 + h * w + p);
        var input = randn([2, 3, h, w], generator: generator);
        var weight = randn([4, 3, k, k], generator: generator);

        var padded = F.pad(input, [p, p, p, p], PaddingModes.Replicate);
        var expected = F.conv2d(padded, weight, strides: [s, s]);
        var actual = NaiveConvolution.Conv2d(input, weight, stride: s, padding: p, paddingMode: PaddingMode.Replicate);

        Assert.True(allclose(actual, expected, rtol: 0, atol: Tolerance), $"max difference {(actual - expected).abs().max().item<float>()}");
        Assert.True(NaiveConvolution.Pad(input, p, PaddingMode.Replicate).equal(padded).all().item<bool>());
    }

    [Fact]
    public void Zero_padding_adds_a_border_of_zeros()
    {
        var padded = NaiveConvolution.Pad(ones(2, 3), 1);
        var expected = tensor(new float[] { 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0 }, [4, 5]);
        Assert.True(padded.equal(expected).all().item<bool>());
    }

    [Fact]
    public void Keeps_the_rank_of_its_input()
    {
        var kernel = ones(3, 3);
        Assert.Equal(new long[] { 3, 3 }, NaiveConvolution.Conv2d(ones(5, 5), kernel).shape);
        Assert.Equal(new long[] { 4, 3, 3 }, NaiveConvolution.Conv2d(ones(2, 5, 5), ones(4, 2, 3, 3)).shape);
        Assert.Equal(new long[] { 6, 4, 3, 3 }, NaiveConvolution.Conv2d(ones(6, 2, 5, 5), ones(4, 2, 3, 3)).shape);
    }

    [Fact]
    public void Does_not_flip_the_kernel()
    {
        // A kernel with a single 1 in its top-left corner copies the pixel up and to the left of each output position.
        var map = arange(16, dtype: ScalarType.Float32).reshape(4, 4);
        var kernel = zeros(3, 3);
        kernel[0, 0] = tensor(1f);
        var result = NaiveConvolution.Conv2d(map, kernel);
        Assert.True(result.equal(map[..2, ..2]).all().item<bool>());
    }

    [Fact]
    public void Rejects_a_kernel_larger_than_the_padded_input_naming_the_numbers()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => NaiveConvolution.Conv2d(ones(1, 1, 4, 4), ones(1, 1, 7, 7), padding: 1));
        Assert.Contains("kernel 7", e.Message);
        Assert.Contains("4 + 2*1 = 6", e.Message);
    }

    [Fact]
    public void Rejects_stride_zero_naming_it()
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => NaiveConvolution.Conv2d(ones(5, 5), ones(3, 3), stride: 0));
        Assert.Contains("stride 0", e.Message);
    }

    [Fact]
    public void Rejects_mismatched_channels_and_biases()
    {
        var channels = Assert.ThrowsAny<ArgumentException>(() => NaiveConvolution.Conv2d(ones(1, 3, 5, 5), ones(2, 4, 3, 3)));
        Assert.Contains("4 input channel(s)", channels.Message);
        Assert.Contains("has 3", channels.Message);
        var biases = Assert.ThrowsAny<ArgumentException>(() => NaiveConvolution.Conv2d(ones(1, 3, 5, 5), ones(2, 3, 3, 3), bias: ones(5)));
        Assert.Contains("5 value(s), expected one per filter (2)", biases.Message);
    }
}

using CnnCourse.Convolution;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Tests.Convolution;

[Trait("Category", "unit")]
public class ConvArithmeticTests
{
    public ConvArithmeticTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Output_size_formula_agrees_with_conv2d_over_a_grid()
    {
        int checkedCases = 0;
        for (int w = 1; w <= 12; w++)
            for (int k = 1; k <= 7; k++)
                for (int p = 0; p <= 3; p++)
                    for (int s = 1; s <= 4; s++)
                    {
                        if (k > w + 2 * p) continue;
                        using var scope = NewDisposeScope();
                        var output = F.conv2d(zeros(1, 1, w, w), zeros(1, 1, k, k), strides: [s, s], padding: [p, p]);
                        Assert.Equal(output.shape[2], ConvArithmetic.OutputSize(w, k, p, s));
                        Assert.Equal(output.shape[3], ConvArithmetic.OutputSize(w, k, p, s));
                        checkedCases++;
                    }
        Assert.True(checkedCases > 1000, $"only {checkedCases} cases checked");
    }

    [Theory]
    [InlineData(4, 3, 0, 1, 2)]    // lecture: no padding, stride 1
    [InlineData(5, 3, 1, 1, 5)]    // lecture: padding 1, stride 1
    [InlineData(5, 3, 0, 2, 2)]    // lecture: no padding, stride 2
    [InlineData(32, 5, 0, 1, 28)]  // four 5x5x3 filters on 32x32x3
    [InlineData(32, 5, 2, 1, 32)]  // padding 2 keeps 32
    [InlineData(32, 3, 1, 2, 16)]  // numerical example, first layer
    [InlineData(8, 3, 1, 2, 4)]    // numerical example, second layer (stride 2, not the slide's 1)
    public void Lecture_sizes(int w, int k, int p, int s, int expected) =>
        Assert.Equal(expected, ConvArithmetic.OutputSize(w, k, p, s));

    [Fact]
    public void Output_volume_has_one_map_per_filter() =>
        Assert.Equal(new long[] { 4, 28, 28 }, ConvArithmetic.OutputVolume(4, 32, 5));

    [Fact]
    public void Pooling_halves_by_default()
    {
        Assert.Equal(8, ConvArithmetic.PoolOutputSize(16));
        Assert.Equal(3, ConvArithmetic.PoolOutputSize(7));
        Assert.Equal(3, ConvArithmetic.PoolOutputSize(7, window: 3, stride: 2));
    }

    [Theory]
    [InlineData(5, 3, 1, 76)]
    [InlineData(5, 3, 10, 760)]
    [InlineData(3, 1, 8, 80)]
    [InlineData(3, 8, 16, 1168)]
    [InlineData(1, 7, 2, 16)]
    public void Parameter_formula_agrees_with_Conv2d(int k, int c, int n, long lecture)
    {
        using var conv = nn.Conv2d(c, n, k);
        long counted = conv.parameters().Sum(t => t.numel());
        Assert.Equal(counted, ConvArithmetic.Parameters(k, c, n));
        Assert.Equal(lecture, ConvArithmetic.Parameters(k, c, n));
        using var noBias = nn.Conv2d(c, n, k, bias: false);
        Assert.Equal(noBias.parameters().Sum(t => t.numel()), ConvArithmetic.Parameters(k, c, n, bias: false));
    }

    [Fact]
    public void Per_filter_parameters_are_k_k_c_plus_bias() =>
        Assert.Equal(76, ConvArithmetic.ParametersPerFilter(5, 3));

    [Fact]
    public void Dense_formula_agrees_with_Linear()
    {
        using var dense = nn.Linear(64, 16);
        Assert.Equal(dense.parameters().Sum(t => t.numel()), ConvArithmetic.DenseParameters(64, 16));
        Assert.Equal(1040, ConvArithmetic.DenseParameters(64, 16));
    }

    [Fact]
    public void Kernel_larger_than_padded_input_is_rejected_with_the_numbers()
    {
        var e = Assert.Throws<ArgumentException>(() => ConvArithmetic.OutputSize(4, 7, 1, 1));
        Assert.Contains("input 4, kernel 7, padding 1, stride 1", e.Message);
        Assert.Contains("larger than the padded input (4 + 2*1 = 6)", e.Message);
    }

    [Theory]
    [InlineData(5, 3, 0, 0, "stride 0")]
    [InlineData(5, 3, 0, -2, "stride -2")]
    [InlineData(5, 0, 0, 1, "kernel 0")]
    [InlineData(0, 3, 1, 1, "input 0")]
    [InlineData(5, 3, -1, 1, "padding -1")]
    public void Impossible_arguments_are_rejected_naming_them(int w, int k, int p, int s, string named)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ConvArithmetic.OutputSize(w, k, p, s));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void Explain_shows_the_working_with_floor_when_the_division_is_not_exact()
    {
        Assert.Equal("(32 - 3 + 2*1) / 2 + 1 = floor(31/2) + 1 = 15 + 1 = 16", ConvArithmetic.Explain(32, 3, 1, 2));
        Assert.Equal("(8 - 3 + 2*1) / 1 + 1 = 7/1 + 1 = 7 + 1 = 8", ConvArithmetic.Explain(8, 3, 1, 1));
        Assert.Equal("(8 - 3 + 2*1) / 2 + 1 = floor(7/2) + 1 = 3 + 1 = 4", ConvArithmetic.Explain(8, 3, 1, 2));
    }
}

using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Convolution;

/// <summary>
/// One check of <see cref="NaiveConvolution"/> against TorchSharp on random inputs: the same input, filters and
/// biases through both, and the largest absolute difference of the outputs (float32 rounding, about 1e-6).
/// Replicate padding is compared with F.pad(..., PaddingModes.Replicate) followed by an unpadded conv2d.
/// </summary>
public sealed record ConvolutionComparison(string Case, string OutputShape, double MaxDifference)
{
    /// <summary>Runs one case on (batch, channels, size, size) inputs with (filters, channels, kernel, kernel) filters drawn from <paramref name="generator"/>.</summary>
    public static ConvolutionComparison Run(int batch, int channels, int filters, int size, int kernel, int stride, int padding,
        PaddingMode paddingMode = PaddingMode.Zeros, Generator? generator = null)
    {
        using var scope = NewDisposeScope();
        var input = randn([batch, channels, size, size], generator: generator);
        var weight = randn([filters, channels, kernel, kernel], generator: generator);
        var bias = randn([filters], generator: generator);

        var ours = NaiveConvolution.Conv2d(input, weight, bias, stride, padding, paddingMode);
        var reference = paddingMode == PaddingMode.Replicate
            ? F.conv2d(F.pad(input, [padding, padding, padding, padding], PaddingModes.Replicate), weight, bias, strides: [stride, stride])
            : F.conv2d(input, weight, bias, strides: [stride, stride], padding: [padding, padding]);
        if (!ours.shape.SequenceEqual(reference.shape))
            throw new InvalidOperationException($"shapes differ: from scratch {ours.shape.Str()}, conv2d {reference.shape.Str()}");

        string name = $"{batch}x{channels}x{size}x{size} * {filters}x{channels}x{kernel}x{kernel}, stride {stride}, padding {padding}" +
                      (paddingMode == PaddingMode.Replicate ? " (replicate)" : "");
        return new ConvolutionComparison(name, ours.shape.Str(), (ours - reference).abs().max().item<float>());
    }
}

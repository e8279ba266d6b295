using System.Globalization;

namespace CnnCourse.Convolution;

/// <summary>
/// The lecture's size and parameter formulas: output size floor((W - K + 2P) / S) + 1 per spatial
/// dimension, N such maps for N filters, and (K * K * C + 1) * N parameters for a convolution layer.
/// Every argument is checked, and impossible sizes fail with the numbers in the message.
/// </summary>
public static class ConvArithmetic
{
    /// <summary>Output width (or height) of a convolution: floor((W - K + 2P) / S) + 1; padding 0 and stride 1 by default.</summary>
    public static int OutputSize(int inputSize, int kernelSize, int padding = 0, int stride = 1)
    {
        Check(inputSize, kernelSize, padding, stride);
        // Integer division floors here because the numerator is never negative (checked above).
        return (inputSize - kernelSize + 2 * padding) / stride + 1;
    }

    /// <summary>Output volume of a layer of <paramref name="filters"/> filters: (N, O, O) with O from <see cref="OutputSize"/>.</summary>
    public static long[] OutputVolume(int filters, int inputSize, int kernelSize, int padding = 0, int stride = 1)
    {
        if (filters <= 0) throw new ArgumentOutOfRangeException(nameof(filters), filters, $"filters {filters}: a layer needs at least one filter");
        int size = OutputSize(inputSize, kernelSize, padding, stride);
        return [filters, size, size];
    }

    /// <summary>Output size of pooling: the convolution formula with no padding; the stride defaults to the window (2x2 pooling halves).</summary>
    public static int PoolOutputSize(int inputSize, int window = 2, int? stride = null) =>
        OutputSize(inputSize, window, padding: 0, stride: stride ?? window);

    /// <summary>Parameters of one filter: K * K * C weights plus one bias (e.g. 5 * 5 * 3 + 1 = 76).</summary>
    public static long ParametersPerFilter(int kernelSize, int inChannels, bool bias = true)
    {
        if (kernelSize <= 0) throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, $"kernel size {kernelSize}: must be at least 1");
        if (inChannels <= 0) throw new ArgumentOutOfRangeException(nameof(inChannels), inChannels, $"input channels {inChannels}: must be at least 1");
        return (long)kernelSize * kernelSize * inChannels + (bias ? 1 : 0);
    }

    /// <summary>Parameters of a convolution layer: (K * K * C + 1) * N, the same for any input size because the weights are shared.</summary>
    public static long Parameters(int kernelSize, int inChannels, int filters, bool bias = true)
    {
        if (filters <= 0) throw new ArgumentOutOfRangeException(nameof(filters), filters, $"filters {filters}: a layer needs at least one filter");
        return ParametersPerFilter(kernelSize, inChannels, bias) * filters;
    }

    /// <summary>
    /// Parameters if every output position had filters of its own (a locally connected layer, no weight sharing):
    /// N * O * O * (K * K * C + 1) for an O x O output.
    /// </summary>
    public static long LocallyConnectedParameters(int kernelSize, int inChannels, int filters, int outputSize)
    {
        if (outputSize <= 0) throw new ArgumentOutOfRangeException(nameof(outputSize), outputSize, $"output size {outputSize}: must be at least 1");
        return Parameters(kernelSize, inChannels, filters) * outputSize * outputSize;
    }

    /// <summary>Parameters of a dense (fully connected) layer: (inputs + 1) * outputs, one weight per input-output pair plus a bias each.</summary>
    public static long DenseParameters(long inputs, long outputs, bool bias = true)
    {
        if (inputs <= 0) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"inputs {inputs}: must be at least 1");
        if (outputs <= 0) throw new ArgumentOutOfRangeException(nameof(outputs), outputs, $"outputs {outputs}: must be at least 1");
        return (inputs + (bias ? 1 : 0)) * outputs;
    }

    /// <summary>The formula with the numbers filled in, e.g. "(32 - 3 + 2*1) / 2 + 1 = floor(31/2) + 1 = 15 + 1 = 16".</summary>
    public static string Explain(int inputSize, int kernelSize, int padding = 0, int stride = 1)
    {
        int result = OutputSize(inputSize, kernelSize, padding, stride);
        int numerator = inputSize - kernelSize + 2 * padding;
        var inv = CultureInfo.InvariantCulture;
        string quotient = numerator % stride == 0
            ? string.Format(inv, "{0}/{1} + 1 = {2} + 1", numerator, stride, numerator / stride)
            : string.Format(inv, "floor({0}/{1}) + 1 = {2} + 1", numerator, stride, numerator / stride);
        return string.Format(inv, "({0} - {1} + 2*{2}) / {3} + 1 = {4} = {5}", inputSize, kernelSize, padding, stride, quotient, result);
    }

    static void Check(int inputSize, int kernelSize, int padding, int stride)
    {
        string what = $"input {inputSize}, kernel {kernelSize}, padding {padding}, stride {stride}";
        if (inputSize <= 0) throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, $"{what}: the input size must be at least 1");
        if (kernelSize <= 0) throw new ArgumentOutOfRangeException(nameof(kernelSize), kernelSize, $"{what}: the kernel size must be at least 1");
        if (padding < 0) throw new ArgumentOutOfRangeException(nameof(padding), padding, $"{what}: the padding cannot be negative");
        if (stride <= 0) throw new ArgumentOutOfRangeException(nameof(stride), stride, $"{what}: the stride must be at least 1 (0 would never move the kernel)");
        if (kernelSize > inputSize + 2 * padding)
            throw new ArgumentException($"{what}: the kernel ({kernelSize}) is larger than the padded input ({inputSize} + 2*{padding} = {inputSize + 2 * padding}), so it fits nowhere", nameof(kernelSize));
    }
}

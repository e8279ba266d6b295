using static TorchSharp.torch;

namespace CnnCourse.Convolution;

/// <summary>One of the lecture's stride and padding pictures: a W x W input, a K x K kernel, stride S, padding P.</summary>
public sealed record StridePaddingCase(string Title, int InputSize, int KernelSize, int Stride, int Padding)
{
    /// <summary>floor((W - K + 2P) / S) + 1, from <see cref="ConvArithmetic.OutputSize"/>.</summary>
    public int OutputSize => ConvArithmetic.OutputSize(InputSize, KernelSize, Padding, Stride);

    public string Working => ConvArithmetic.Explain(InputSize, KernelSize, Padding, Stride);

    /// <summary>
    /// Runs the case on an input numbered 1..W*W row by row, with a kernel that is 1 at its centre and 0 elsewhere,
    /// so each output value is the number of the input pixel under the kernel's centre: the stride shows as skipped
    /// numbers, and zero padding as a frame of 0s around the input. Padded (W + 2P, W + 2P), output (O, O).
    /// </summary>
    public (Tensor Padded, Tensor Output) Run()
    {
        using var scope = NewDisposeScope();
        var input = arange(1, InputSize * InputSize + 1, dtype: ScalarType.Float32).reshape(InputSize, InputSize);
        var kernel = zeros(KernelSize, KernelSize);
        kernel[KernelSize / 2, KernelSize / 2] = tensor(1f);
        var padded = NaiveConvolution.Pad(input, Padding);
        var output = NaiveConvolution.Conv2d(input, kernel, stride: Stride, padding: Padding);
        return (padded.MoveToOuterDisposeScope(), output.MoveToOuterDisposeScope());
    }

    /// <summary>No padding, stride 1 (4x4 -> 2x2); padding 1, stride 1 (5x5 -> 5x5); no padding, stride 2 (5x5 -> 2x2).</summary>
    public static IReadOnlyList<StridePaddingCase> Lecture { get; } =
    [
        new("No padding, stride 1", InputSize: 4, KernelSize: 3, Stride: 1, Padding: 0),
        new("Padding 1, stride 1", InputSize: 5, KernelSize: 3, Stride: 1, Padding: 1),
        new("No padding, stride 2", InputSize: 5, KernelSize: 3, Stride: 2, Padding: 0),
    ];
}

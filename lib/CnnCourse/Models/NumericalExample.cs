using CnnCourse.Convolution;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Models;

/// <summary>
/// The last part of the lecture's numerical example: the 3x3 kernel [[2,0,0],[0,0,0],[0,0,-2]] on the 4x4 map
/// from the second pooling layer, padded by repeating rows and columns, then 2x2 max pooling and flattening:
/// 4x4 -> replicate padding 1 (6x6) -> convolution, stride 1 (4x4) -> max pool (2x2) -> flatten (4).
/// </summary>
public static class NumericalExample
{
    /// <summary>One row and column of padding keeps the 4x4 map 4x4 under the 3x3 kernel.</summary>
    public const int Padding = 1;

    /// <summary>The lecture's kernel, (3, 3).</summary>
    public static Tensor Kernel() => tensor(new float[] { 2, 0, 0, 0, 0, 0, 0, 0, -2 }, [3, 3]);

    /// <summary>The lecture's activation map "on the output of the second pooling layer", (4, 4).</summary>
    public static Tensor PooledMap() => tensor(new float[] { 2, 2, 2, 2, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0 }, [4, 4]);

    /// <summary>Every step with the from-scratch loops of <see cref="NaiveConvolution"/> and <see cref="NaivePooling"/>.</summary>
    public static NumericalExampleSteps Solve()
    {
        using var scope = NewDisposeScope();
        var map = PooledMap();
        var padded = NaiveConvolution.Pad(map, Padding, PaddingMode.Replicate);                                         // (6, 6)
        var convolved = NaiveConvolution.Conv2d(map, Kernel(), padding: Padding, paddingMode: PaddingMode.Replicate);  // (4, 4)
        var pooled = NaivePooling.MaxPool2d(convolved, window: 2);                                                      // (2, 2)
        var flattened = pooled.flatten();                                                                                // (4)
        return new NumericalExampleSteps(padded, convolved, pooled, flattened).MoveToOuterDisposeScope();
    }

    /// <summary>Every step with TorchSharp: F.pad with PaddingModes.Replicate, then conv2d, max_pool2d and flatten.</summary>
    public static NumericalExampleSteps SolveWithTorch()
    {
        using var scope = NewDisposeScope();
        var map = PooledMap().reshape(1, 1, 4, 4);                                         // torch wants (N, C, H, W)
        var padded = F.pad(map, [Padding, Padding, Padding, Padding], PaddingModes.Replicate);   // (1, 1, 6, 6)
        var convolved = F.conv2d(padded, Kernel().reshape(1, 1, 3, 3));                    // (1, 1, 4, 4), no padding left to add
        var pooled = F.max_pool2d(convolved, 2);                                           // (1, 1, 2, 2)
        var flattened = pooled.flatten();                                                  // (4)
        return new NumericalExampleSteps(padded[0, 0], convolved[0, 0], pooled[0, 0], flattened).MoveToOuterDisposeScope();
    }
}

/// <summary>The maps of the convolution step: padded (6, 6), convolved (4, 4), pooled (2, 2), flattened (4).</summary>
public sealed record NumericalExampleSteps(Tensor Padded, Tensor Convolved, Tensor Pooled, Tensor Flattened)
{
    internal NumericalExampleSteps MoveToOuterDisposeScope()
    {
        foreach (var t in new[] { Padded, Convolved, Pooled, Flattened }) t.MoveToOuterDisposeScope();
        return this;
    }
}

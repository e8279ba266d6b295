using static TorchSharp.torch;

namespace CnnCourse.Convolution;

/// <summary>
/// Max and average pooling as plain loops: (..., H, W) -> (..., OH, OW) with OH = floor((H - K) / S) + 1,
/// each output the maximum (or mean) of a K x K window. The stride defaults to the window, so 2x2 pooling halves.
/// </summary>
public static class NaivePooling
{
    /// <summary>Keeps the largest value of each window: the strongest response of a filter in that region.</summary>
    public static Tensor MaxPool2d(Tensor input, int window = 2, int? stride = null) => Pool(input, window, stride ?? window, max: true);

    /// <summary>Keeps the mean of each window.</summary>
    public static Tensor AvgPool2d(Tensor input, int window = 2, int? stride = null) => Pool(input, window, stride ?? window, max: false);

    static Tensor Pool(Tensor input, int window, int stride, bool max)
    {
        if (input.dim() < 2) throw new ArgumentException($"input: shape {input.shape.Str()}, expected at least (H, W)", nameof(input));
        using var scope = NewDisposeScope();
        var shape = input.shape;
        int height = (int)shape[^2], width = (int)shape[^1];
        int outH = ConvArithmetic.PoolOutputSize(height, window, stride);
        int outW = ConvArithmetic.PoolOutputSize(width, window, stride);
        float[] x = NaiveConvolution.ToArray(input);
        int planes = x.Length / (height * width);
        var y = new float[planes * outH * outW];
        for (int plane = 0; plane < planes; plane++)
            for (int oy = 0; oy < outH; oy++)
                for (int ox = 0; ox < outW; ox++)
                {
                    double best = double.NegativeInfinity, sum = 0;
                    for (int ky = 0; ky < window; ky++)
                        for (int kx = 0; kx < window; kx++)
                        {
                            float v = x[(plane * height + oy * stride + ky) * width + ox * stride + kx];
                            best = Math.Max(best, v);
                            sum += v;
                        }
                    y[(plane * outH + oy) * outW + ox] = (float)(max ? best : sum / (window * window));
                }
        long[] outShape = [.. shape[..^2], outH, outW];
        return tensor(y, outShape).to(input.device).MoveToOuterDisposeScope();
    }
}

using static TorchSharp.torch;

namespace CnnCourse.Convolution;

/// <summary>
/// Convolution as plain loops over float arrays, for teaching and for checking TorchSharp:
/// input (N, C, H, W), (C, H, W) or (H, W); filters (F, C, KH, KW) or one (KH, KW) kernel;
/// output (N, F, OH, OW), (F, OH, OW) or (OH, OW) with OH = floor((H - KH + 2P) / S) + 1.
/// Like F.conv2d and the lecture, it does not flip the kernel (strictly, a cross-correlation).
/// Stride 1, no padding, zero padding mode by default.
/// </summary>
public static class NaiveConvolution
{
    /// <summary>Convolves <paramref name="input"/> with every filter, adds the bias (one per filter, optional), returns float32.</summary>
    public static Tensor Conv2d(Tensor input, Tensor weight, Tensor? bias = null, int stride = 1, int padding = 0, PaddingMode paddingMode = PaddingMode.Zeros)
    {
        using var scope = NewDisposeScope();
        var inputShape = input.shape;
        long[] shape4 = inputShape.Length switch
        {
            4 => inputShape,
            3 => [1, .. inputShape],
            2 => [1, 1, .. inputShape],
            _ => throw new ArgumentException($"input: shape {inputShape.Str()}, expected (N, C, H, W), (C, H, W) or (H, W)", nameof(input)),
        };
        long[] weightShape = weight.shape.Length switch
        {
            4 => weight.shape,
            2 => [1, 1, .. weight.shape],
            _ => throw new ArgumentException($"weight: shape {weight.shape.Str()}, expected (F, C, KH, KW) or one (KH, KW) kernel", nameof(weight)),
        };
        int n = (int)shape4[0], channels = (int)shape4[1], height = (int)shape4[2], width = (int)shape4[3];
        int filters = (int)weightShape[0], kernelH = (int)weightShape[2], kernelW = (int)weightShape[3];
        if (weightShape[1] != channels)
            throw new ArgumentException($"weight: shape {weight.shape.Str()} has {weightShape[1]} input channel(s), but the input {inputShape.Str()} has {channels}", nameof(weight));
        if (inputShape.Length == 2 && filters != 1)
            throw new ArgumentException($"weight: {filters} filters for a single (H, W) map; pass the input as (C, H, W) or (N, C, H, W)", nameof(weight));
        float[]? biases = bias is null ? null : ToArray(bias);
        if (biases is not null && biases.Length != filters)
            throw new ArgumentException($"bias: {biases.Length} value(s), expected one per filter ({filters})", nameof(bias));
        // The formula checks stride, padding and kernel size, and fails with the numbers if the kernel cannot fit.
        int outH = ConvArithmetic.OutputSize(height, kernelH, padding, stride);
        int outW = ConvArithmetic.OutputSize(width, kernelW, padding, stride);

        // Step 1: pad. Step 2: slide every filter over the padded map with the stride, summing products.
        int paddedH = height + 2 * padding, paddedW = width + 2 * padding;
        float[] x = ToArray(Pad(input.reshape(shape4), padding, paddingMode));
        float[] w = ToArray(weight);
        var y = new float[n * filters * outH * outW];
        for (int image = 0; image < n; image++)
            for (int f = 0; f < filters; f++)
                for (int oy = 0; oy < outH; oy++)
                    for (int ox = 0; ox < outW; ox++)
                    {
                        // double keeps the loop's rounding error far below the 1e-4 the checks allow
                        double sum = biases?[f] ?? 0.0;
                        for (int c = 0; c < channels; c++)
                            for (int ky = 0; ky < kernelH; ky++)
                            {
                                int row = ((image * channels + c) * paddedH + oy * stride + ky) * paddedW + ox * stride;
                                int kernelRow = ((f * channels + c) * kernelH + ky) * kernelW;
                                for (int kx = 0; kx < kernelW; kx++) sum += (double)x[row + kx] * w[kernelRow + kx];
                            }
                        y[((image * filters + f) * outH + oy) * outW + ox] = (float)sum;
                    }

        long[] outShape = inputShape.Length switch
        {
            4 => [n, filters, outH, outW],
            3 => [filters, outH, outW],
            _ => [outH, outW],
        };
        return tensor(y, outShape).to(input.device).MoveToOuterDisposeScope();
    }

    /// <summary>Adds <paramref name="padding"/> rows and columns on every side of the last two dimensions of (..., H, W): zeros, or copies of the nearest edge pixel.</summary>
    public static Tensor Pad(Tensor input, int padding, PaddingMode mode = PaddingMode.Zeros)
    {
        if (padding < 0) throw new ArgumentOutOfRangeException(nameof(padding), padding, $"padding {padding}: cannot be negative");
        if (input.dim() < 2) throw new ArgumentException($"input: shape {input.shape.Str()}, expected at least (H, W)", nameof(input));
        using var scope = NewDisposeScope();
        var shape = input.shape;
        int height = (int)shape[^2], width = (int)shape[^1];
        if (mode == PaddingMode.Replicate && padding > 0 && (height == 0 || width == 0))
            throw new ArgumentException($"input: shape {shape.Str()} is empty; replicate padding needs an edge pixel to copy", nameof(input));
        float[] x = ToArray(input);
        int planes = height * width == 0 ? 0 : x.Length / (height * width);
        int paddedH = height + 2 * padding, paddedW = width + 2 * padding;
        var y = new float[planes * paddedH * paddedW];
        for (int plane = 0; plane < planes; plane++)
            for (int py = 0; py < paddedH; py++)
                for (int px = 0; px < paddedW; px++)
                {
                    int sy = py - padding, sx = px - padding;
                    bool inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                    // Replicate: a pixel outside the map takes the value of the nearest pixel on its edge.
                    float value = inside ? x[(plane * height + sy) * width + sx]
                        : mode == PaddingMode.Replicate ? x[(plane * height + Math.Clamp(sy, 0, height - 1)) * width + Math.Clamp(sx, 0, width - 1)]
                        : 0f;
                    y[(plane * paddedH + py) * paddedW + px] = value;
                }
        long[] outShape = [.. shape[..^2], paddedH, paddedW];
        return tensor(y, outShape).to(input.device).MoveToOuterDisposeScope();
    }

    /// <summary>The values of a tensor as float32, row-major.</summary>
    internal static float[] ToArray(Tensor t) => t.detach().cpu().to_type(ScalarType.Float32).contiguous().data<float>().ToArray();
}

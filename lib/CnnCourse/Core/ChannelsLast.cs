using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>
/// The channels-last memory layout: a (N, C, H, W) tensor whose values lie in memory as (N, H, W, C), the C values of
/// one pixel side by side. The shape, the indexing and the results stay the same; only the strides change. On the CPU,
/// oneDNN's convolutions and libtorch's pooling and batch norm vectorize over those adjacent channels: on two CPU cores
/// the small ResNet trained about 1.5x and the lecture CNN inferred about 2x as fast (docs/performance.md).
/// <para>
/// TorchSharp has no memory_format argument, but a tensor with channels-last strides, (HWC, 1, WC, C), is what
/// libtorch's torch.channels_last would give, and libtorch's operators recognise it.
/// </para>
/// </summary>
public static class ChannelsLast
{
    /// <summary>
    /// <paramref name="t"/> in channels-last layout: a copy when it is a 4-d tensor not yet in that layout, else
    /// <paramref name="t"/> itself. Single-channel tensors are copied too: their strides then tell libtorch to pick
    /// its channels-last kernels for what follows.
    /// </summary>
    public static Tensor Of(Tensor t)
    {
        if (t.dim() != 4 || Is(t)) return t;
        // Not permute().contiguous().permute(): when C == 1 (or H == W == 1) libtorch finds the permuted view already
        // contiguous and keeps its strides, which it then reads as the usual layout. An empty tensor with the
        // channels-last strides, filled by copy_, always has them.
        return empty_strided(t.shape, Strides(t.shape), t.dtype, t.device).copy_(t);
    }

    /// <summary>The channels-last strides of a (N, C, H, W) shape: (HWC, 1, WC, C).</summary>
    public static long[] Strides(long[] shape) => [shape[1] * shape[2] * shape[3], 1, shape[3] * shape[1], shape[1]];

    /// <summary>Whether <paramref name="t"/> is a 4-d tensor with exactly the strides <see cref="Of"/> gives: (HWC, 1, WC, C).</summary>
    public static bool Is(Tensor t)
    {
        if (t.dim() != 4) return false;
        return t.stride().SequenceEqual(Strides(t.shape));
    }

    /// <summary>
    /// Stores <paramref name="model"/>'s 4-d parameters (convolution kernels) channels-last until the returned scope is
    /// disposed, then contiguous again, so code outside (saving weights, reading kernels) sees the usual layout.
    /// Parameters keep their identity, so an optimizer built on them keeps working. Nests: parameters already
    /// channels-last are left to the outer scope.
    /// </summary>
    public static IDisposable Use(nn.Module model)
    {
        var converted = new List<Tensor>();
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        foreach (var p in model.parameters())
        {
            if (p.dim() != 4 || Is(p)) continue;   // not a kernel, or an outer scope converted it
            p.set_(Of(p));
            converted.Add(p);
        }
        return new Restore(converted);
    }

    sealed class Restore(List<Tensor> parameters) : IDisposable
    {
        public void Dispose()
        {
            using var scope = NewDisposeScope();
            using var _ = no_grad();
            foreach (var p in parameters.Where(p => !p.is_contiguous())) p.set_(p.contiguous());
            parameters.Clear();
        }
    }
}

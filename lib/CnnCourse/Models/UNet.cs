using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// UNet (Ronneberger et al. 2015). Encoder (contraction path): DoubleConv then 2x2 max pooling at every level,
/// (N, C, H, W) -> (N, w0, H, W) -> ... -> bottleneck (N, wD, H/2^D, W/2^D). Decoder (expansion path): at every level
/// a 2x2 transpose convolution doubles H and W, the encoder's output of the same level is concatenated on the
/// channel axis (the skip connection), and a DoubleConv merges them. A 1x1 convolution gives per-pixel class
/// logits (N, NumClasses, H, W).
/// </summary>
public sealed class UNet : Module<Tensor, Tensor>
{
    readonly ModuleList<DoubleConv> encoders;
    readonly ModuleList<MaxPool2d> pools;   // one per level (no weights), so a summary shows each level's size
    readonly DoubleConv bottleneck;
    readonly ModuleList<ConvTranspose2d> upsamplers;
    readonly ModuleList<DoubleConv> decoders;
    readonly Conv2d head;

    public UNetConfig Config { get; }

    public UNet(UNetConfig config) : base(nameof(UNet))
    {
        var w = config.Widths;
        if (w.Count < 2) throw new ArgumentException($"config: widths [{string.Join(", ", w)}], expected at least 2 levels (top and bottleneck)", nameof(config));
        if (w.Any(c => c <= 0)) throw new ArgumentException($"config: widths [{string.Join(", ", w)}], expected positive channel counts", nameof(config));
        Config = config;
        encoders = new ModuleList<DoubleConv>();
        pools = new ModuleList<MaxPool2d>();
        for (int level = 0; level < config.Depth; level++)
        {
            encoders.Add(new DoubleConv(level == 0 ? config.InChannels : w[level - 1], w[level]));
            pools.Add(MaxPool2d(2));
        }
        bottleneck = new DoubleConv(w[config.Depth - 1], w[config.Depth]);
        upsamplers = new ModuleList<ConvTranspose2d>();
        decoders = new ModuleList<DoubleConv>();
        // Decoder modules are listed bottom-up, in the order the forward pass uses them.
        for (int level = config.Depth - 1; level >= 0; level--)
        {
            upsamplers.Add(ConvTranspose2d(w[level + 1], w[level], 2, stride: 2));
            decoders.Add(new DoubleConv(2 * w[level], w[level]));   // upsampled + skip, concatenated
        }
        head = Conv2d(w[0], config.NumClasses, 1);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        int factor = 1 << Config.Depth;
        if (images.shape[2] % factor != 0 || images.shape[3] % factor != 0)
            throw new ArgumentException($"images: shape {images.shape.Str()}, expected H and W divisible by {factor} ({Config.Depth} poolings)");
        // Each tensor is disposed once the next step has used it (autograd keeps what the backward pass needs), so
        // the batch's dispose scope does not hold every intermediate until the batch ends.
        var skips = new List<Tensor>();
        var x = images;
        for (int l = 0; l < encoders.Count; l++)
        {
            var features = encoders[l].call(x);   // (N, w_l, H/2^l, W/2^l)
            if (l > 0) x.Dispose();               // the caller's images stay theirs
            skips.Add(features);
            x = pools[l].call(features);          // (N, w_l, H/2^(l+1), W/2^(l+1))
        }
        using (var pooled = x) x = bottleneck.call(pooled);   // (N, w_D, H/2^D, W/2^D)
        for (int i = 0; i < decoders.Count; i++)
        {
            using var skip = skips[skips.Count - 1 - i];
            using var below = x;
            using var upsampled = upsamplers[i].call(below);   // (N, w_l, H/2^l, W/2^l)
            using var joined = cat([upsampled, skip], 1);     // (N, 2 w_l, ...)
            x = decoders[i].call(joined);                      // (N, w_l, H/2^l, W/2^l)
        }
        using var top = x;
        return head.call(top);            // (N, NumClasses, H, W) logits
    }
}

using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// Residual block (He et al. 2015): y = ReLU(F(x) + shortcut(x)) with F = conv 3x3 (stride) -> [BN] -> ReLU ->
/// conv 3x3 -> [BN]; (N, C, H, W) -> (N, C', H/stride, W/stride). The shortcut is the identity when the shape is
/// kept, else a 1x1 convolution with the same stride (+ BN), the "projection shortcut". With <c>residual: false</c>
/// the same two convolutions without any shortcut: the plain block that residual networks are compared against.
/// </summary>
public sealed class ResidualBlock : Module<Tensor, Tensor>
{
    readonly Conv2d conv1;
    readonly Module<Tensor, Tensor> bn1;
    readonly ReLU relu1;
    readonly Conv2d conv2;
    readonly Module<Tensor, Tensor> bn2;
    readonly Module<Tensor, Tensor>? shortcut;
    readonly ReLU relu2;

    /// <summary>"identity", "projection", or "none" (plain block).</summary>
    public string ShortcutKind { get; }

    public ResidualBlock(int inChannels, int outChannels, int stride = 1, bool batchNorm = true, bool residual = true) : base(nameof(ResidualBlock))
    {
        if (stride is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride: expected 1 or 2");
        // With batch norm right after, a convolution's bias would be cancelled by the mean subtraction.
        conv1 = Conv2d(inChannels, outChannels, 3, stride: stride, padding: 1, bias: !batchNorm);
        bn1 = batchNorm ? BatchNorm2d(outChannels) : Identity();
        relu1 = ReLU();
        conv2 = Conv2d(outChannels, outChannels, 3, padding: 1, bias: !batchNorm);
        bn2 = batchNorm ? BatchNorm2d(outChannels) : Identity();
        if (!residual) ShortcutKind = "none";
        else if (stride == 1 && inChannels == outChannels) { shortcut = Identity(); ShortcutKind = "identity"; }
        else
        {
            shortcut = batchNorm
                ? Sequential(("conv", Conv2d(inChannels, outChannels, 1, stride: stride, bias: false)), ("bn", BatchNorm2d(outChannels)))
                : Sequential(("conv", Conv2d(inChannels, outChannels, 1, stride: stride)));
            ShortcutKind = "projection";
        }
        relu2 = ReLU();
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        var f = relu1.call(bn1.call(conv1.call(x)));   // (N, C', H/s, W/s)
        f = bn2.call(conv2.call(f));                    // (N, C', H/s, W/s)
        if (shortcut is not null) f = f + shortcut.call(x);   // the gradient flows through this sum unchanged
        return relu2.call(f);
    }
}

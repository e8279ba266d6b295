using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// UNet's building block: two 3x3 convolutions (padding 1), each followed by batch norm and ReLU;
/// (N, C, H, W) -> (N, C', H, W).
/// </summary>
public sealed class DoubleConv : Module<Tensor, Tensor>
{
    readonly Conv2d conv1;
    readonly BatchNorm2d bn1;
    readonly ReLU relu1;
    readonly Conv2d conv2;
    readonly BatchNorm2d bn2;
    readonly ReLU relu2;

    public DoubleConv(int inChannels, int outChannels) : base(nameof(DoubleConv))
    {
        conv1 = Conv2d(inChannels, outChannels, 3, padding: 1, bias: false);   // the bias would be cancelled by batch norm
        bn1 = BatchNorm2d(outChannels);
        relu1 = ReLU();
        conv2 = Conv2d(outChannels, outChannels, 3, padding: 1, bias: false);
        bn2 = BatchNorm2d(outChannels);
        relu2 = ReLU();
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        // The intermediates are disposed when the block returns, not at the end of the batch: autograd keeps what the
        // backward pass needs, and the rest is freed now, as PyTorch frees a tensor when its last reference goes.
        using var conv1Out = conv1.call(x);
        using var bn1Out = bn1.call(conv1Out);
        using var relu1Out = relu1.call(bn1Out);      // (N, C', H, W)
        using var conv2Out = conv2.call(relu1Out);
        using var bn2Out = bn2.call(conv2Out);
        return relu2.call(bn2Out);                    // (N, C', H, W)
    }
}

using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// ResNet's basic block, (N, C, H, W) -> (N, C', H/stride, W/stride): two 3x3 convolutions with batch norm, plus the
/// input added back (the lecture's residual connection). When the shape changes, a 1x1 convolution (downsample) reshapes the input first.
/// </summary>
public sealed class BasicBlock : Module<Tensor, Tensor>
{
    readonly Conv2d conv1;
    readonly BatchNorm2d bn1;
    readonly ReLU relu;
    readonly Conv2d conv2;
    readonly BatchNorm2d bn2;
    readonly Sequential? downsample;

    public BasicBlock(int inChannels, int channels, int stride = 1) : base(nameof(BasicBlock))
    {
        // No biases: the batch norm right after each convolution has its own shift.
        conv1 = Conv2d(inChannels, channels, kernel_size: 3, stride: stride, padding: 1, bias: false);
        bn1 = BatchNorm2d(channels);
        relu = ReLU();
        conv2 = Conv2d(channels, channels, kernel_size: 3, padding: 1, bias: false);
        bn2 = BatchNorm2d(channels);
        downsample = stride != 1 || inChannels != channels
            ? Sequential(Conv2d(inChannels, channels, kernel_size: 1, stride: stride, bias: false), BatchNorm2d(channels))
            : null;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        var y = relu.call(bn1.call(conv1.call(x)));          // (N, C', H/stride, W/stride)
        y = bn2.call(conv2.call(y));                        // (N, C', H/stride, W/stride)
        var identity = downsample is null ? x : downsample.call(x);
        return relu.call(y + identity);                     // the skip connection
    }
}

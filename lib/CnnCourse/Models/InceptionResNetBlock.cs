using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// Inception-ResNet block (Szegedy et al. 2016): the Inception branches (1x1; 1x1 -> 3x3; 1x1 -> 5x5, each conv with
/// BN and ReLU) are concatenated, a linear 1x1 convolution projects them back to the input depth, and the result is
/// added to the input: y = ReLU(x + scale * project(cat(branches))); (N, C, H, W) -> (N, C, H, W).
/// The paper scales the residual by 0.1-0.3 in very wide networks to keep training stable; 1 adds it as it is.
/// </summary>
public sealed class InceptionResNetBlock : Module<Tensor, Tensor>
{
    readonly Sequential branch1x1;
    readonly Sequential branch3x3;
    readonly Sequential branch5x5;
    readonly Conv2d project;
    readonly ReLU relu;

    public InceptionConfig Config { get; }
    public double ResidualScale { get; }

    /// <summary>Uses the 1x1, 3x3 and 5x5 widths of <paramref name="config"/> (the pool branch is not part of this block).</summary>
    public InceptionResNetBlock(int channels, InceptionConfig config, double residualScale = 1.0) : base(nameof(InceptionResNetBlock))
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "channels must be positive");
        Config = config;
        ResidualScale = residualScale;
        branch1x1 = Sequential(("conv", ConvBnRelu(channels, config.OneByOne, 1)));
        branch3x3 = Sequential(("reduce", ConvBnRelu(channels, config.ThreeByThreeReduce, 1)), ("conv", ConvBnRelu(config.ThreeByThreeReduce, config.ThreeByThree, 3)));
        branch5x5 = Sequential(("reduce", ConvBnRelu(channels, config.FiveByFiveReduce, 1)), ("conv", ConvBnRelu(config.FiveByFiveReduce, config.FiveByFive, 5)));
        // Linear (no ReLU): the residual it produces must be able to be negative.
        project = Conv2d(config.OneByOne + config.ThreeByThree + config.FiveByFive, channels, 1);
        relu = ReLU();
        RegisterComponents();
    }

    static Sequential ConvBnRelu(int inChannels, int outChannels, int k) =>
        Sequential(Conv2d(inChannels, outChannels, k, padding: k / 2, bias: false), BatchNorm2d(outChannels), ReLU());

    /// <summary>The 1x1 projection: zero its weight and bias and the block passes ReLU(x) through.</summary>
    public Conv2d Projection => project;

    public override Tensor forward(Tensor x)
    {
        var branches = cat([branch1x1.call(x), branch3x3.call(x), branch5x5.call(x)], 1);   // (N, 1x1 + 3x3 + 5x5, H, W)
        var residual = project.call(branches);                                               // (N, C, H, W)
        return relu.call(x + residual * ResidualScale);                                      // (N, C, H, W)
    }
}

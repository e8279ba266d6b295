using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// The Inception module (Szegedy et al. 2014): 1x1, 3x3 and 5x5 convolutions and a 3x3 max pooling run in parallel
/// on the same input, and their outputs are concatenated on the channel axis:
/// (N, C, H, W) -> (N, config.OutChannels, H, W). Padding keeps every branch at H x W so they can be stacked.
/// With <c>bottleneck</c> (the default, "with dimension reductions") 1x1 convolutions shrink the depth before the
/// 3x3 and 5x5 convolutions and project the pooled branch; without it, the naive module of the paper's figure (a).
/// Every convolution is followed by ReLU.
/// </summary>
public sealed class InceptionModule : Module<Tensor, Tensor>
{
    readonly Sequential branch1x1;
    readonly Sequential branch3x3;
    readonly Sequential branch5x5;
    readonly Sequential branchPool;

    public InceptionConfig Config { get; }
    public bool Bottleneck { get; }
    public int InChannels { get; }

    /// <summary>Depth of the concatenated output.</summary>
    public int OutChannels => Bottleneck ? Config.OutChannels : Config.NaiveOutChannels(InChannels);

    public InceptionModule(int inChannels, InceptionConfig config, bool bottleneck = true) : base(nameof(InceptionModule))
    {
        if (inChannels <= 0) throw new ArgumentOutOfRangeException(nameof(inChannels), inChannels, "input channels must be positive");
        InChannels = inChannels;
        Config = config;
        Bottleneck = bottleneck;
        branch1x1 = Sequential(("conv", Conv2d(inChannels, config.OneByOne, 1)), ("relu", ReLU()));
        branch3x3 = bottleneck ? Reduced(inChannels, config.ThreeByThreeReduce, config.ThreeByThree, 3) : Direct(inChannels, config.ThreeByThree, 3);
        branch5x5 = bottleneck ? Reduced(inChannels, config.FiveByFiveReduce, config.FiveByFive, 5) : Direct(inChannels, config.FiveByFive, 5);
        branchPool = bottleneck
            ? Sequential(("pool", MaxPool2d(3, stride: 1, padding: 1)), ("project", Conv2d(inChannels, config.PoolProjection, 1)), ("relu", ReLU()))
            : Sequential(("pool", MaxPool2d(3, stride: 1, padding: 1)));
        RegisterComponents();
    }

    /// <summary>A k x k convolution straight on the input (padding k/2 keeps H x W).</summary>
    static Sequential Direct(int inChannels, int outChannels, int k) =>
        Sequential(("conv", Conv2d(inChannels, outChannels, k, padding: k / 2)), ("relu", ReLU()));

    /// <summary>A 1x1 convolution down to <paramref name="reduce"/> channels, then the k x k convolution.</summary>
    static Sequential Reduced(int inChannels, int reduce, int outChannels, int k) =>
        Sequential(("reduce", Conv2d(inChannels, reduce, 1)), ("relu1", ReLU()),
                   ("conv", Conv2d(reduce, outChannels, k, padding: k / 2)), ("relu2", ReLU()));

    public override Tensor forward(Tensor x)
    {
        var a = branch1x1.call(x);    // (N, 1x1, H, W)
        var b = branch3x3.call(x);    // (N, 3x3, H, W)
        var c = branch5x5.call(x);    // (N, 5x5, H, W)
        var d = branchPool.call(x);   // (N, pool proj, H, W), or (N, C, H, W) when naive
        return cat([a, b, c, d], 1);  // (N, OutChannels, H, W)
    }
}

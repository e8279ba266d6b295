using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// (N, C, 28, 28) -> stem conv 3x3 + ReLU (N, W, 28, 28) -> max pool (N, W, 14, 14) -> blocks (N, W, 14, 14)
/// -> global average pooling (N, W) -> dense numClasses logits. PyTorch's default initialization, no
/// normalization: a plain stack of many such layers shrinks signal and gradient at every layer.
/// </summary>
public sealed class DeepCnn : Module<Tensor, Tensor>
{
    readonly Conv2d stem;
    readonly ReLU relu;
    readonly MaxPool2d pool;
    readonly Sequential blocks;
    readonly AdaptiveAvgPool2d gap;
    readonly Flatten flatten;
    readonly Linear classifier;

    public DeepCnnConfig Config { get; }

    public DeepCnn(DeepCnnConfig config, int inChannels = 1, int numClasses = 10) : base(nameof(DeepCnn))
    {
        if (config.Blocks <= 0 || config.Width <= 0) throw new ArgumentException($"config {config}: expected positive blocks and width", nameof(config));
        Config = config;
        stem = Conv2d(inChannels, config.Width, 3, padding: 1);
        relu = ReLU();
        pool = MaxPool2d(2);
        blocks = Sequential(Enumerable.Range(0, config.Blocks)
            .Select(_ => (Module<Tensor, Tensor>)new ResidualBlock(config.Width, config.Width, batchNorm: false, residual: config.Residual)));
        gap = AdaptiveAvgPool2d(1);
        flatten = Flatten();
        classifier = Linear(config.Width, numClasses);
        RegisterComponents();
    }

    /// <summary>
    /// The layers whose outputs trace the signal through the network, in order: the stem (after its pooling), each
    /// block, and the global average pooling the classifier reads. Names for <see cref="ActivationCapture"/>.
    /// </summary>
    public string[] StageLayers => ["pool", .. Enumerable.Range(0, Config.Blocks).Select(i => $"blocks.{i}"), "gap"];

    public override Tensor forward(Tensor images)
    {
        var x = pool.call(relu.call(stem.call(images)));   // (N, W, H/2, W/2)
        x = blocks.call(x);                                 // (N, W, H/2, W/2)
        return classifier.call(flatten.call(gap.call(x)));  // (N, numClasses) logits
    }
}

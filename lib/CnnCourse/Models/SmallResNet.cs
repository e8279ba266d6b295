using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// A ResNet for small grayscale images such as Fashion-MNIST: (N, C, 28, 28) -> stem conv 3x3 + BN + ReLU
/// [+ max pool] (N, stem, 28 or 14, ...) -> stages of residual blocks, each after the first halving the size
/// -> global average pooling (N, last) -> dense numClasses logits.
/// </summary>
public sealed class SmallResNet : Module<Tensor, Tensor>
{
    readonly Sequential stem;
    readonly ModuleList<Module<Tensor, Tensor>> stages;
    readonly AdaptiveAvgPool2d pool;
    readonly Flatten flatten;
    readonly Linear classifier;

    public SmallResNetConfig Config { get; }

    public SmallResNet(SmallResNetConfig config, int inChannels = 1, int numClasses = 10) : base(nameof(SmallResNet))
    {
        if (config.Stages.Count == 0) throw new ArgumentException("config: at least one stage expected", nameof(config));
        if (config.Stages.FirstOrDefault(s => s.Blocks <= 0 || s.Channels <= 0) is { } bad)
            throw new ArgumentException($"config: stage {bad} has no blocks or channels; expected positive counts", nameof(config));
        Config = config;
        stem = config.StemPool
            ? Sequential(("conv", Conv2d(inChannels, config.StemChannels, 3, padding: 1, bias: false)), ("bn", BatchNorm2d(config.StemChannels)), ("relu", ReLU()), ("pool", MaxPool2d(2)))
            : Sequential(("conv", Conv2d(inChannels, config.StemChannels, 3, padding: 1, bias: false)), ("bn", BatchNorm2d(config.StemChannels)), ("relu", ReLU()));
        stages = new ModuleList<Module<Tensor, Tensor>>();
        int channels = config.StemChannels;
        for (int s = 0; s < config.Stages.Count; s++)
        {
            var stage = config.Stages[s];
            var blocks = new List<Module<Tensor, Tensor>>();
            for (int b = 0; b < stage.Blocks; b++)
            {
                // The first block of every stage but the first halves the size (projection shortcut).
                int stride = s > 0 && b == 0 ? 2 : 1;
                blocks.Add(new ResidualBlock(channels, stage.Channels, stride));
                channels = stage.Channels;
            }
            stages.Add(Sequential(blocks));
        }
        pool = AdaptiveAvgPool2d(1);
        flatten = Flatten();
        classifier = Linear(channels, numClasses);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        var x = stem.call(images);                        // (N, stem, H, W), or H/2 x W/2 with StemPool
        foreach (var stage in stages) x = stage.call(x);  // (N, channels, H/2^s, W/2^s)
        x = flatten.call(pool.call(x));                   // (N, last channels)
        return classifier.call(x);                        // (N, numClasses) logits
    }
}

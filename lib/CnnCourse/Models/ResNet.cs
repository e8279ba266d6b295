using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// A basic-block ResNet with TorchVision's layer names (conv1, bn1, layer1.0.conv1, ..., fc), so TorchVision-layout
/// weights load by name: (N, 3, H, W) -> stem (N, 64, H/4, W/4) -> layer1..layer4 (N, 512, H/32, W/32)
/// -> global average pool (N, 512) -> fc (N, numClasses). <see cref="FreezeFeatures"/> turns it into a fixed feature extractor.
/// </summary>
public sealed class ResNet : Module<Tensor, Tensor>
{
    readonly Conv2d conv1;
    readonly BatchNorm2d bn1;
    readonly ReLU relu;
    readonly MaxPool2d maxpool;
    readonly Sequential layer1;
    readonly Sequential layer2;
    readonly Sequential layer3;
    readonly Sequential layer4;
    readonly AdaptiveAvgPool2d avgpool;
    readonly Flatten flatten;
    readonly Linear fc;

    public ResNetConfig Config { get; }

    /// <summary>True after <see cref="FreezeFeatures"/>: only fc trains, and the batch norms keep their statistics.</summary>
    public bool FeaturesFrozen { get; private set; }

    /// <summary>A randomly initialized ResNet of <paramref name="config"/> with a <paramref name="numClasses"/>-way classifier (default 1000, ImageNet's).</summary>
    public ResNet(ResNetConfig config, int numClasses = 1000) : base(config.Name)
    {
        if (config.Stages.Count != 4) throw new ArgumentException($"{config.Name}: {config.Stages.Count} stages, expected 4 (layer1..layer4)", nameof(config));
        if (numClasses <= 0) throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "number of classes must be positive");
        Config = config;
        conv1 = Conv2d(3, config.StemChannels, kernel_size: 7, stride: 2, padding: 3, bias: false);
        bn1 = BatchNorm2d(config.StemChannels);
        relu = ReLU();
        maxpool = MaxPool2d(kernel_size: 3, stride: 2, padding: 1);
        int channels = config.StemChannels;
        var stages = config.Stages.Select(stage =>
        {
            var blocks = Enumerable.Range(0, stage.Blocks)
                .Select(b => (Module<Tensor, Tensor>)new BasicBlock(b == 0 ? channels : stage.Channels, stage.Channels, b == 0 ? stage.Stride : 1))
                .ToArray();
            channels = stage.Channels;
            return Sequential(blocks);
        }).ToArray();
        (layer1, layer2, layer3, layer4) = (stages[0], stages[1], stages[2], stages[3]);
        avgpool = AdaptiveAvgPool2d(1);
        flatten = Flatten();
        fc = Linear(channels, numClasses);
        RegisterComponents();
        InitializeLikeTorchVision();
    }

    public override Tensor forward(Tensor images) => fc.call(Features(images));   // (N, numClasses) logits

    /// <summary>The pooled features the classifier sees: (N, 3, H, W) -> (N, 512).</summary>
    public Tensor Features(Tensor images)
    {
        var x = maxpool.call(relu.call(bn1.call(conv1.call(images))));   // (N, 64, H/4, W/4)
        x = layer1.call(x);                                             // (N, 64, H/4, W/4)
        x = layer2.call(x);                                             // (N, 128, H/8, W/8)
        x = layer3.call(x);                                             // (N, 256, H/16, W/16)
        x = layer4.call(x);                                             // (N, 512, H/32, W/32)
        return flatten.call(avgpool.call(x));                           // (N, 512)
    }

    /// <summary>The stem's filters, (64, 3, 7, 7): what the network looks for first.</summary>
    public Tensor FirstLayerFilters => conv1.weight!;

    /// <summary>The classification layer, (N, 512) -> (N, numClasses): what transfer learning replaces.</summary>
    public Linear Classifier => fc;

    /// <summary>
    /// The lecture's second transfer option: every parameter except the classifier gets requires_grad = false
    /// (so an optimizer built from the trainable parameters never sees them), and the batch norms stay in eval
    /// mode even while training, since their running statistics are buffers that gradients do not protect.
    /// </summary>
    public void FreezeFeatures()
    {
        foreach (var (name, parameter) in named_parameters())
            if (!name.StartsWith("fc.", StringComparison.Ordinal)) parameter.requires_grad = false;
        FeaturesFrozen = true;
        train(training);
    }

    public override void train(bool on = true)
    {
        base.train(on);
        if (on && FeaturesFrozen)
            foreach (var (name, child) in named_children())
                if (name != "fc") child.eval();
    }

    /// <summary>TorchVision's initialization: He (fan-out) for convolutions, batch norms at scale 1 and shift 0.</summary>
    void InitializeLikeTorchVision()
    {
        using var _ = no_grad();
        foreach (var (_, module) in named_modules())
        {
            if (module is Conv2d conv) init.kaiming_normal_(conv.weight, mode: init.FanInOut.FanOut, nonlinearity: init.NonlinearityType.ReLU);
            else if (module is BatchNorm2d bn) { init.ones_(bn.weight); init.zeros_(bn.bias); }
        }
    }
}

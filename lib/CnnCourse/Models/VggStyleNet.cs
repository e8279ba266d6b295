using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// A VGG-style CNN built from a <see cref="VggConfig"/>: (N, C, S, S) -> features (N, last channels, S/2^groups, S/2^groups)
/// -> flatten -> [FC + ReLU + dropout]* -> FC (N, numClasses). Layer names follow TorchVision's VGG (features.i, classifier.i).
/// </summary>
public sealed class VggStyleNet : Module<Tensor, Tensor>
{
    readonly Sequential features;
    readonly Flatten flatten;
    readonly Sequential classifier;

    public VggConfig Config { get; }

    public VggStyleNet(VggConfig config) : base(config.Name)
    {
        if (config.Stages.Count == 0) throw new ArgumentException($"{config.Name}: no groups", nameof(config));
        if (config.ImageSize % (1 << config.Stages.Count) != 0)
            throw new ArgumentException($"{config.Name}: image size {config.ImageSize} is not divisible by 2^{config.Stages.Count} (one 2x2 pooling per group)", nameof(config));
        Config = config;
        var layers = new List<Module<Tensor, Tensor>>();
        int channels = config.InChannels;
        foreach (var stage in config.Stages)
        {
            for (int i = 0; i < stage.Convs; i++)
            {
                layers.Add(Conv2d(channels, stage.Channels, kernel_size: 3, padding: 1));
                layers.Add(ReLU());
                channels = stage.Channels;
            }
            layers.Add(MaxPool2d(kernel_size: 2));
        }
        features = Sequential(layers);
        flatten = Flatten();
        var dense = new List<Module<Tensor, Tensor>>();
        int inputs = config.FlattenedSize;
        foreach (var hidden in config.Hidden)
        {
            dense.Add(Linear(inputs, hidden));
            dense.Add(ReLU());
            dense.Add(Dropout(config.Dropout));
            inputs = hidden;
        }
        dense.Add(Linear(inputs, config.NumClasses));
        classifier = Sequential(dense);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        var x = features.call(images);               // (N, last channels, S/2^groups, S/2^groups)
        return classifier.call(flatten.call(x));     // (N, flattened) -> (N, numClasses) logits
    }
}

using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>One group of a VGG-style network: <paramref name="Convs"/> 3x3 convolutions (padding 1) of <paramref name="Channels"/>, each with ReLU, then a 2x2 max pool.</summary>
public sealed record VggStage(int Convs, int Channels);

/// <summary>
/// A VGG-style network described by its groups: the lecture's VGG16 recipe (groups of 3x3 convolutions, each group
/// ending in a 2x2 max pool, channels doubling), then flatten and fully connected layers of <paramref name="Hidden"/> neurons.
/// </summary>
public sealed record VggSpec(string Name, IReadOnlyList<VggStage> Stages, IReadOnlyList<int> Hidden, int InChannels = 3, int ImageSize = 32, int NumClasses = 10, double Dropout = 0.5)
{
    /// <summary>VGG16's shape shrunk to 32x32 inputs (CIFAR-10 size): groups 2x32, 2x64, 2x128, then FC 256 and FC 10.</summary>
    public static VggSpec Cifar10Small { get; } = new("VGG-style (32x32)", [new(2, 32), new(2, 64), new(2, 128)], [256]);

    /// <summary>Height and width after the last group: every group halves the size.</summary>
    public int FinalSize => ImageSize >> Stages.Count;

    /// <summary>Length of the flattened vector the first fully connected layer sees.</summary>
    public int FlattenedSize => Stages[^1].Channels * FinalSize * FinalSize;
}

/// <summary>
/// A VGG-style CNN built from a <see cref="VggSpec"/>: (N, C, S, S) -> features (N, last channels, S/2^groups, S/2^groups)
/// -> flatten -> [FC + ReLU + dropout]* -> FC (N, numClasses). Layer names follow TorchVision's VGG (features.i, classifier.i).
/// </summary>
public sealed class VggStyleNet : Module<Tensor, Tensor>
{
    readonly Sequential features;
    readonly Flatten flatten;
    readonly Sequential classifier;

    public VggSpec Spec { get; }

    public VggStyleNet(VggSpec spec) : base(spec.Name)
    {
        if (spec.Stages.Count == 0) throw new ArgumentException($"{spec.Name}: no groups", nameof(spec));
        if (spec.ImageSize % (1 << spec.Stages.Count) != 0)
            throw new ArgumentException($"{spec.Name}: image size {spec.ImageSize} is not divisible by 2^{spec.Stages.Count} (one 2x2 pooling per group)", nameof(spec));
        Spec = spec;
        var layers = new List<Module<Tensor, Tensor>>();
        int channels = spec.InChannels;
        foreach (var stage in spec.Stages)
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
        int inputs = spec.FlattenedSize;
        foreach (var hidden in spec.Hidden)
        {
            dense.Add(Linear(inputs, hidden));
            dense.Add(ReLU());
            dense.Add(Dropout(spec.Dropout));
            inputs = hidden;
        }
        dense.Add(Linear(inputs, spec.NumClasses));
        classifier = Sequential(dense);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        var x = features.call(images);               // (N, last channels, S/2^groups, S/2^groups)
        return classifier.call(flatten.call(x));     // (N, flattened) -> (N, numClasses) logits
    }
}

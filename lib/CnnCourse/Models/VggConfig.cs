namespace CnnCourse.Models;

/// <summary>One group of a VGG-style network: <paramref name="Convs"/> 3x3 convolutions (padding 1) of <paramref name="Channels"/>, each with ReLU, then a 2x2 max pool.</summary>
public sealed record VggStage(int Convs, int Channels);

/// <summary>
/// A VGG-style network described by its groups: the lecture's VGG16 recipe (groups of 3x3 convolutions, each group
/// ending in a 2x2 max pool, channels doubling), then flatten and fully connected layers of <paramref name="Hidden"/> neurons.
/// </summary>
public sealed record VggConfig(string Name, IReadOnlyList<VggStage> Stages, IReadOnlyList<int> Hidden, int InChannels = 3, int ImageSize = 32, int NumClasses = 10, double Dropout = 0.5)
{
    /// <summary>VGG16's shape shrunk to 32x32 inputs (CIFAR-10 size): groups 2x32, 2x64, 2x128, then FC 256 and FC 10.</summary>
    public static VggConfig Cifar10Small { get; } = new("VGG-style (32x32)", [new(2, 32), new(2, 64), new(2, 128)], [256]);

    /// <summary>Height and width after the last group: every group halves the size.</summary>
    public int FinalSize => ImageSize >> Stages.Count;

    /// <summary>Length of the flattened vector the first fully connected layer sees.</summary>
    public int FlattenedSize => Stages[^1].Channels * FinalSize * FinalSize;
}

namespace CnnCourse.Models;

/// <summary>One stage of a ResNet: <paramref name="Blocks"/> residual blocks with <paramref name="Channels"/> output channels.</summary>
public sealed record SmallResNetStage(int Blocks, int Channels);

/// <summary>
/// A small ResNet's architecture: the stem's width, whether the stem max-pools (halving H and W before the first stage,
/// as ResNet's stem does), then the stages; every stage after the first halves H and W again.
/// </summary>
public sealed record SmallResNetConfig(int StemChannels, bool StemPool, IReadOnlyList<SmallResNetStage> Stages)
{
    /// <summary>
    /// Stem 16 with pooling, then 16-32 channels with one block each (5 convolutions, 19,706 parameters): the quick
    /// profile's model. Sized so that two epochs of Fashion-MNIST's 60,000 images train in under three minutes on
    /// two CPU cores; 32-64 channels cost about three times as much per image.
    /// </summary>
    public static SmallResNetConfig Quick { get; } = new(16, true, [new(1, 16), new(1, 32)]);

    /// <summary>Stem 32 at full size, then 32-64-128 channels with two blocks each (13 convolutions): the full profile's model.</summary>
    public static SmallResNetConfig Full { get; } = new(32, false, [new(2, 32), new(2, 64), new(2, 128)]);
}

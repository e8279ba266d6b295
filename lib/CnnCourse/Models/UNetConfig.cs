namespace CnnCourse.Models;

/// <summary>
/// A UNet's architecture: input channels, number of classes, and the channels at each level from the top
/// (full resolution) down to the bottleneck; Widths.Count - 1 poolings, so H and W must divide by 2^(Count-1).
/// </summary>
public sealed record UNetConfig(int InChannels, int NumClasses, IReadOnlyList<int> Widths)
{
    /// <summary>Number of 2x2 poolings (and of transpose convolutions back up).</summary>
    public int Depth => Widths.Count - 1;
}

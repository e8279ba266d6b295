namespace CnnCourse.Models;

/// <summary>
/// A deep CNN in which only the shortcuts differ: <paramref name="Blocks"/> blocks of two 3x3 convolutions of
/// <paramref name="Width"/> channels, with identity shortcuts when <paramref name="Residual"/>; no batch norm, so
/// nothing but the shortcuts keeps the signal alive through the depth.
/// </summary>
public sealed record DeepCnnConfig(int Blocks, int Width, bool Residual)
{
    /// <summary>Weight layers: the stem convolution, two per block, and the classifier.</summary>
    public int WeightLayers => 2 * Blocks + 2;
}

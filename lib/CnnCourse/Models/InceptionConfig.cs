namespace CnnCourse.Models;

/// <summary>
/// Output channels of the four branches of an Inception module, and of the 1x1 "reduce" convolutions
/// in front of the 3x3 and 5x5 branches (GoogLeNet's table names them "#3x3 reduce", "#5x5 reduce", "pool proj").
/// </summary>
public sealed record InceptionConfig(int OneByOne, int ThreeByThreeReduce, int ThreeByThree, int FiveByFiveReduce, int FiveByFive, int PoolProjection)
{
    /// <summary>GoogLeNet's first module, "inception (3a)": 192 channels in at 28x28, 64 + 128 + 32 + 32 = 256 out.</summary>
    public static InceptionConfig GoogLeNet3a { get; } = new(64, 96, 128, 16, 32, 32);

    /// <summary>Depth of the concatenated output of the module with 1x1 bottlenecks (the pool branch is projected).</summary>
    public int OutChannels => OneByOne + ThreeByThree + FiveByFive + PoolProjection;

    /// <summary>Depth of the naive module's output: the pool branch passes all <paramref name="inChannels"/> through.</summary>
    public int NaiveOutChannels(int inChannels) => OneByOne + ThreeByThree + FiveByFive + inChannels;
}

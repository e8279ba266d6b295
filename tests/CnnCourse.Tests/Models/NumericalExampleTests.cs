using CnnCourse.Models;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class NumericalExampleTests
{
    public NumericalExampleTests() => TorchRuntime.EnsureLoaded();

    static float[] Values(Tensor t) => t.contiguous().data<float>().ToArray();

    public static TheoryData<string> Solvers() => ["naive", "torch"];

    static NumericalExampleSteps Solve(string solver) => solver == "naive" ? NumericalExample.Solve() : NumericalExample.SolveWithTorch();

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Replicate_padding_repeats_the_outer_rows_and_columns(string solver)
    {
        var padded = Solve(solver).Padded;
        Assert.Equal(new long[] { 6, 6 }, padded.shape);
        Assert.Equal(new float[] { 2, 2, 2, 2, 2, 2 }, Values(padded[0]));
        Assert.Equal(new float[] { 0, 0, 0, 0, 0, 0 }, Values(padded[5]));
        Assert.Equal(new float[] { 1, 1, 1, 1, 1, 1 }, Values(padded[3]));
    }

    [Theory]
    [MemberData(nameof(Solvers))]
    public void Convolution_step_gives_the_lecture_maps_exactly(string solver)
    {
        var steps = Solve(solver);
        Assert.Equal(new long[] { 4, 4 }, steps.Convolved.shape);
        Assert.Equal(new float[] { 4, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 2 }, Values(steps.Convolved));
        Assert.Equal(new long[] { 2, 2 }, steps.Pooled.shape);
        Assert.Equal(new float[] { 4, 4, 2, 2 }, Values(steps.Pooled));
        Assert.Equal(new float[] { 4, 4, 2, 2 }, Values(steps.Flattened));
    }
}

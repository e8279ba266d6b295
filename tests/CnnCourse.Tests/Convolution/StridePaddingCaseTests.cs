using CnnCourse.Convolution;

namespace CnnCourse.Tests.Convolution;

[Trait("Category", "unit")]
public class StridePaddingCaseTests
{
    public StridePaddingCaseTests() => TorchRuntime.EnsureLoaded();

    static float[] Values(TorchSharp.torch.Tensor t) => t.contiguous().data<float>().ToArray();

    [Fact]
    public void Lecture_cases_have_the_lecture_output_sizes() =>
        Assert.Equal(new[] { 2, 5, 2 }, StridePaddingCase.Lecture.Select(c => c.OutputSize));

    [Fact]
    public void Outputs_name_the_input_pixel_under_the_kernel_centre()
    {
        var (_, noPadding) = StridePaddingCase.Lecture[0].Run();
        Assert.Equal(new float[] { 6, 7, 10, 11 }, Values(noPadding));
        var (padded, samePadding) = StridePaddingCase.Lecture[1].Run();
        Assert.Equal(new long[] { 7, 7 }, padded.shape);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (float)i), Values(samePadding));
        var (_, strideTwo) = StridePaddingCase.Lecture[2].Run();
        Assert.Equal(new float[] { 7, 9, 17, 19 }, Values(strideTwo));
    }
}

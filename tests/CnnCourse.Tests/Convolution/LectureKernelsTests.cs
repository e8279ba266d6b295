using CnnCourse.Convolution;

namespace CnnCourse.Tests.Convolution;

[Trait("Category", "unit")]
public class LectureKernelsTests
{
    [Fact]
    public void Sums_are_the_ones_the_lecture_classifies_them_by()
    {
        Assert.Equal(1.0, LectureKernels.Sharpen.Sum);
        Assert.Equal(0.0, LectureKernels.EdgeDetect.Sum);
        Assert.Equal(0.0, LectureKernels.StrongEdgeDetect.Sum);
        Assert.Equal(1.0, LectureKernels.Smoothing.Sum);
        Assert.All(LectureKernels.Smoothing.Weights.Cast<float>(), w => Assert.True(w > 0));
    }

    [Fact]
    public void Strong_edge_kernel_is_a_y_derivative_with_doubled_4_neighbours()
    {
        var w = LectureKernels.StrongEdgeDetect.Weights;
        Assert.Equal(-2f, w[0, 1]);
        Assert.Equal(2f, w[2, 1]);
        for (int c = 0; c < 3; c++) Assert.Equal(0f, w[1, c]);   // no change along x in the middle row
    }

    [Fact]
    public void Weights_cannot_be_changed_from_outside()
    {
        LectureKernels.Sharpen.Weights[1, 1] = 100;
        Assert.Equal(5f, LectureKernels.Sharpen.Weights[1, 1]);
    }
}

using CnnCourse.Lecture;

namespace CnnCourse.Tests.Lecture;

[Trait("Category", "unit")]
public class LectureFiguresTests
{
    [Fact]
    public void The_slides_epoch_times_are_lecture_figures_with_their_units()
    {
        Assert.True(LectureFigures.Contains(LectureEpochTimes.WithoutGpuSeconds, "s"));
        Assert.True(LectureFigures.Contains(LectureEpochTimes.WithGpuSeconds, "s"));
        Assert.True(LectureFigures.Contains(LectureEpochTimes.TrainImages, null));
        Assert.False(LectureFigures.Contains(734, "%"));   // a unit must match too
        Assert.False(LectureFigures.Contains(89, null));   // a training result is not on any slide
    }

    [Fact]
    public void Every_figure_is_listed_once_and_says_where_it_is()
    {
        Assert.Equal(LectureFigures.All.Count, LectureFigures.All.Select(f => (f.Value, f.Unit)).Distinct().Count());
        Assert.All(LectureFigures.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Where)));
    }
}

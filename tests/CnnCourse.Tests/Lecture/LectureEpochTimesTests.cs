using CnnCourse.Lecture;

namespace CnnCourse.Tests.Lecture;

[Trait("Category", "unit")]
public class LectureEpochTimesTests
{
    [Fact]
    public void The_slides_epoch_times_give_its_speedup_and_images_per_second()
    {
        Assert.Equal(27.185, LectureEpochTimes.SpeedUp, 3);
        Assert.Equal(68.1, LectureEpochTimes.ImagesPerSecondWithoutGpu, 1);
        Assert.Equal(1851.9, LectureEpochTimes.ImagesPerSecondWithGpu, 1);
    }
}

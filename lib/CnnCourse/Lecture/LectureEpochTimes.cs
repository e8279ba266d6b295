namespace CnnCourse.Lecture;

/// <summary>
/// The lecture's "Why GPU?" slide: one epoch over CIFAR-10's 50,000 training images (3x32x32) took 734 s without a GPU
/// and 27 s with one. The log (Keras, "Using real-time data augmentation") does not say which model or hardware.
/// </summary>
public static class LectureEpochTimes
{
    public const int TrainImages = 50_000;
    public const double WithoutGpuSeconds = 734;
    public const double WithGpuSeconds = 27;

    /// <summary>734 / 27 = 27.2: how many times faster the GPU epoch was.</summary>
    public static double SpeedUp => WithoutGpuSeconds / WithGpuSeconds;

    /// <summary>Training images per second the slide implies without a GPU (68) and with one (1,852).</summary>
    public static double ImagesPerSecondWithoutGpu => TrainImages / WithoutGpuSeconds;
    public static double ImagesPerSecondWithGpu => TrainImages / WithGpuSeconds;
}

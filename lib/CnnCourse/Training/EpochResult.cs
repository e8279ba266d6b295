namespace CnnCourse.Training;

/// <summary>One epoch's figures. Validation figures are null when no validation data was given.</summary>
public sealed record EpochResult(
    int Epoch,
    double TrainLoss,
    double TrainAccuracy,
    double? ValidationLoss,
    double? ValidationAccuracy,
    double ImagesPerSecond,
    double Seconds);

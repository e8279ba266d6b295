namespace CnnCourse.Training;

/// <summary>Shows nothing (tests and benchmarks).</summary>
public sealed class SilentProgress : ITrainingProgress
{
    public static SilentProgress Instance { get; } = new();
    public void EpochStarted(int epoch, int numEpochs, int numBatches) { }
    public void BatchCompleted(int batch, int numBatches, double runningLoss) { }
    public void EpochCompleted(EpochResult result, TrainingHistory history) { }
}

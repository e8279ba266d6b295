namespace CnnCourse.Training;

/// <summary>
/// A display that also runs an action at the end of every epoch (say, scoring the model on held-out data class by
/// class), then hands the epoch to the display it wraps. Pass it as a <see cref="Trainer"/>'s progress.
/// </summary>
public sealed class EpochHook(ITrainingProgress display, Action<EpochResult> afterEpoch) : ITrainingProgress
{
    public void EpochStarted(int epoch, int numEpochs, int numBatches) => display.EpochStarted(epoch, numEpochs, numBatches);

    public void BatchCompleted(int batch, int numBatches, double runningLoss) => display.BatchCompleted(batch, numBatches, runningLoss);

    public void EpochCompleted(EpochResult result, TrainingHistory history)
    {
        afterEpoch(result);
        display.EpochCompleted(result, history);
    }
}

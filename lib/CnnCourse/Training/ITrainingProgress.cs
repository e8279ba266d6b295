namespace CnnCourse.Training;

/// <summary>Receives training progress: a console bar in the CLI, an updating display and live chart in notebooks.</summary>
public interface ITrainingProgress
{
    void EpochStarted(int epoch, int numEpochs, int numBatches);

    /// <summary>Called a few times per epoch (not every batch: reading the loss costs a device sync).</summary>
    void BatchCompleted(int batch, int numBatches, double runningLoss);

    void EpochCompleted(EpochResult result, TrainingHistory history);
}

namespace CnnCourse.Training;

/// <summary>A text progress bar on standard error; one line per epoch when the output is redirected.</summary>
public sealed class ConsoleProgress : ITrainingProgress
{
    readonly TextWriter writer;
    readonly bool interactive;
    int epoch, numEpochs;

    public ConsoleProgress(TextWriter? writer = null)
    {
        this.writer = writer ?? Console.Error;
        interactive = writer is null && !Console.IsErrorRedirected;
    }

    public void EpochStarted(int epoch, int numEpochs, int numBatches) => (this.epoch, this.numEpochs) = (epoch, numEpochs);

    public void BatchCompleted(int batch, int numBatches, double runningLoss)
    {
        if (!interactive) return;
        const int width = 30;
        int filled = (int)Math.Round(width * (double)batch / numBatches);
        writer.Write($"\repoch {epoch}/{numEpochs} [{new string('#', filled)}{new string('.', width - filled)}] {batch}/{numBatches} loss {runningLoss:F4}");
    }

    public void EpochCompleted(EpochResult r, TrainingHistory history)
    {
        if (interactive) writer.Write('\r');
        writer.WriteLine(Format(r, numEpochs).PadRight(interactive ? 100 : 0));
    }

    /// <summary>"epoch 2/5  loss 0.4123  acc 85.1%  val loss ...  1,234 img/s  12.3 s".</summary>
    public static string Format(EpochResult r, int numEpochs) =>
        $"epoch {r.Epoch}/{numEpochs}  loss {r.TrainLoss:F4}  acc {r.TrainAccuracy:P1}" +
        (r.ValidationLoss is { } vl ? $"  val loss {vl:F4}  val acc {r.ValidationAccuracy:P1}" : "") +
        $"  {r.ImagesPerSecond:N0} img/s  {r.Seconds:F1} s";
}

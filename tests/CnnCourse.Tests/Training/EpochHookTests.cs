using CnnCourse.Training;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class EpochHookTests
{
    sealed class Recording : ITrainingProgress
    {
        public List<string> Calls { get; } = [];
        public void EpochStarted(int epoch, int numEpochs, int numBatches) => Calls.Add($"started {epoch}/{numEpochs} ({numBatches} batches)");
        public void BatchCompleted(int batch, int numBatches, double runningLoss) => Calls.Add($"batch {batch}/{numBatches} {runningLoss}");
        public void EpochCompleted(EpochResult result, TrainingHistory history) => Calls.Add($"completed {result.Epoch}");
    }

    [Fact]
    public void The_action_runs_after_each_epoch_before_the_display_hears_of_it_and_everything_else_passes_through()
    {
        var display = new Recording();
        var hook = new EpochHook(display, result => display.Calls.Add($"action {result.Epoch}"));
        var history = new TrainingHistory();
        hook.EpochStarted(1, 2, 3);
        hook.BatchCompleted(3, 3, 0.5);
        var epoch = new EpochResult(1, 0.5, 0.8, null, null, 100, 1);
        history.Add(epoch);
        hook.EpochCompleted(epoch, history);
        Assert.Equal(["started 1/2 (3 batches)", "batch 3/3 0.5", "action 1", "completed 1"], display.Calls);
    }
}

using CnnCourse.Data;
using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class StepLossesTests
{
    [Fact]
    public void Moving_average_uses_the_values_so_far_at_the_start()
    {
        Assert.Equal([1.0, 1.5, 2.5, 3.5], StepLosses.MovingAverage([1.0, 2.0, 3.0, 4.0], 2));
        Assert.Equal([4.0], StepLosses.MovingAverage([4.0], 10));
    }

    [Fact]
    public void Train_runs_exactly_the_steps_asked_looping_over_the_data()
    {
        using var scope = NewDisposeScope();
        Reproducibility.Seed(0);
        var images = randn(20, 1, 4, 4);
        var labels = randint(0, 2, [20]);
        using var data = new ImageDataset(images, labels, ["a", "b"], "random");
        var model = nn.Sequential(nn.Flatten(), nn.Linear(16, 2));
        var losses = StepLosses.Train(model, optim.SGD(model.parameters(), 0.1), new BatchLoader(data, 8), 7);
        Assert.Equal(7, losses.Length);   // 3 batches per pass: the data is gone over 2 1/3 times
        Assert.All(losses, l => Assert.True(double.IsFinite(l) && l > 0));
    }
}

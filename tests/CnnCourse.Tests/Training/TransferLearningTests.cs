using CnnCourse.Data;
using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
[Collection("seeded")]   // it seeds torch and builds a model twice with one seed: no test may draw random numbers in between
public class TransferLearningTests
{
    static readonly FashionMnist.Sources Subset = new([], AllowDownload: false, FashionMnist.SubsetDirectory);

    [Fact]
    public void Each_seed_gives_a_fresh_reproducible_run_and_the_variant_reports_their_mean_and_spread()
    {
        using var all = FashionMnist.Load(train: true, Subset);
        var train = all.Take(200);
        var test = new BatchLoader(all.Skip(200).Take(200), 100, transform: BatchTransform.FashionMnist);
        var built = new List<nn.Module<Tensor, Tensor>>();
        nn.Module<Tensor, Tensor> Build()
        {
            var model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10));
            built.Add(model);
            return model;
        }
        BatchLoader Batches(long seed) => new(train, 20, shuffle: true, transform: BatchTransform.FashionMnist, seed: seed);

        var variant = TransferLearning.RunSeeds("linear", Build, Batches, test, numEpochs: 2, seeds: [0, 1, 0], device: CPU);

        Assert.Equal(3, variant.Runs.Count);
        Assert.Equal(3, built.Distinct().Count());                                      // a new model for every seed
        Assert.Equal(variant.Runs[0].History.Last.TrainLoss, variant.Runs[2].History.Last.TrainLoss);   // the same seed, the same run
        Assert.Equal(variant.Runs[0].TestAccuracy, variant.Runs[2].TestAccuracy);
        Assert.NotEqual(variant.Runs[0].History.Last.TrainLoss, variant.Runs[1].History.Last.TrainLoss);
        Assert.Equal(variant.Runs.Average(r => r.TestAccuracy), variant.TestAccuracy, 12);
        Assert.Equal(variant.Runs.Min(r => r.TestAccuracy), variant.MinTestAccuracy);
        double mean = variant.TestAccuracy;
        double sd = Math.Sqrt(variant.Runs.Sum(r => Math.Pow(r.TestAccuracy - mean, 2)) / 2);
        Assert.Equal(sd, variant.TestAccuracySd, 12);
        Assert.Equal(7850, variant.TrainableParameters);
        Assert.Throws<ArgumentException>(() => TransferLearning.RunSeeds("none", Build, Batches, test, 1, seeds: []));
    }
}

using CnnCourse.Data;
using CnnCourse.Models;
using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

/// <summary>The Trainer on masks: logits (N, K, H, W), labels (N, H, W); accuracy counts pixels.</summary>
[Trait("Category", "unit")]
public class SegmentationTrainingTests
{
    static readonly FashionMnist.Sources Subset = new([], AllowDownload: false, FashionMnist.SubsetDirectory);

    [Fact]
    public void Pixel_accuracy_is_the_share_of_pixels_right_and_agrees_with_the_segmentation_scores()
    {
        using var items = FashionMnist.Load(train: false, Subset);
        using var scenes = FashionScenes.Make(items, 48, seed: 0, new SceneLayout(CanvasSize: 32, MaxItems: 2));
        Reproducibility.Seed(0);
        var model = new UNet(new UNetConfig(1, FashionScenes.ClassNames.Count, [4, 8]));
        var trainer = new Trainer(model, Objective.PixelCrossEntropy, learningRate: 1e-2, device: CPU, progress: SilentProgress.Instance);
        var loader = new BatchLoader(scenes, 16, shuffle: true, transform: new BatchTransform(HorizontalFlip: true));
        var history = trainer.Fit(loader, 3);
        Assert.InRange(history.Last.TrainAccuracy, 0.0, 1.0);
        Assert.True(history.Last.TrainLoss < history[0].TrainLoss);

        var evaluation = trainer.Evaluate(new BatchLoader(scenes, 16));
        // Accuracy is the share of pixels whose predicted class is the true one, counted here from the pixels themselves.
        // (Not a bound on how well three epochs train: with a torch generator other test classes draw from in parallel,
        // the initial weights differ from run to run, and a run that paints most pixels as one item class is possible.)
        Assert.Equal(48 * 32 * 32, evaluation.Predictions.Length);
        Assert.Equal(48 * 32 * 32, evaluation.Labels.Length);
        double right = evaluation.Predictions.Zip(evaluation.Labels).Count(p => p.First == p.Second) / (double)evaluation.Labels.Length;
        Assert.Equal(right, evaluation.Accuracy, 9);
        Assert.Equal(scenes.Labels.flatten().data<long>().ToArray(), evaluation.Labels);
        var scores = SegmentationMetrics.Evaluate(model, new BatchLoader(scenes, 16));
        Assert.Equal(scores.PixelAccuracy, evaluation.Accuracy, 9);
        Assert.Equal(48L * 32 * 32, scores.Confusion.Cast<long>().Sum());
    }
}

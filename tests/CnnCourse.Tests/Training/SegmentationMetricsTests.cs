using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class SegmentationMetricsTests
{
    static readonly string[] Classes = ["background", "a", "b"];

    static Tensor Mask(params long[][] rows) => tensor(rows.SelectMany(r => r).ToArray(), new long[] { rows.Length, rows[0].Length });

    [Fact]
    public void Hand_made_masks_give_the_iou_and_dice_worked_out_on_paper()
    {
        using var scope = NewDisposeScope();
        var truth = Mask([0, 0, 1, 1], [0, 0, 1, 1], [2, 2, 0, 0], [2, 2, 0, 0]);
        var predicted = Mask([0, 1, 1, 1], [0, 0, 1, 0], [2, 0, 0, 0], [2, 2, 0, 0]);
        var scores = SegmentationMetrics.Score(predicted, truth, Classes);
        // background: truth 8 pixels, predicted 9, both 7 -> IoU 7 / 10, Dice 14 / 17
        // a: truth 4, predicted 4, both 3 -> IoU 3 / 5, Dice 6 / 8
        // b: truth 4, predicted 3, both 3 -> IoU 3 / 4, Dice 6 / 7
        Assert.Equal([7.0 / 10, 3.0 / 5, 3.0 / 4], scores.IoU);
        Assert.Equal([14.0 / 17, 6.0 / 8, 6.0 / 7], scores.Dice);
        Assert.Equal((0.7 + 0.6 + 0.75) / 3, scores.MeanIoU, 12);
        Assert.Equal(13.0 / 16, scores.PixelAccuracy);
        Assert.Equal(7, scores.Confusion[0, 0]);
        Assert.Equal(1, scores.Confusion[1, 0]);   // truth a, predicted background
        Assert.Equal(1, scores.Confusion[2, 0]);
        Assert.Equal(1, scores.Confusion[0, 1]);
        Assert.Equal([8L, 4, 4], scores.Rows().Select(r => r.Pixels));
    }

    [Fact]
    public void A_perfect_prediction_scores_one_and_an_absent_class_is_left_out_of_the_mean()
    {
        using var scope = NewDisposeScope();
        var truth = Mask([0, 1], [1, 0]);
        var scores = SegmentationMetrics.Score(truth, truth, Classes);
        Assert.Equal(1.0, scores.IoU[0]);
        Assert.Equal(1.0, scores.IoU[1]);
        Assert.True(double.IsNaN(scores.IoU[2]));
        Assert.True(double.IsNaN(scores.Dice[2]));
        Assert.Equal(1.0, scores.MeanIoU);
        Assert.Equal(1.0, scores.MeanDice);
    }

    [Fact]
    public void A_class_missed_entirely_scores_zero()
    {
        using var scope = NewDisposeScope();
        var truth = Mask([0, 2], [2, 2]);
        var predicted = Mask([0, 1], [1, 1]);
        var scores = SegmentationMetrics.Score(predicted, truth, Classes);
        Assert.Equal([1.0, 0.0, 0.0], scores.IoU);
        Assert.Equal(1.0 / 3, scores.MeanIoU, 12);
    }

    [Fact]
    public void Mismatched_shapes_and_unknown_classes_are_refused()
    {
        using var scope = NewDisposeScope();
        var e = Assert.Throws<ArgumentException>(() => SegmentationMetrics.Score(zeros(2, 2, dtype: ScalarType.Int64), zeros(2, 3, dtype: ScalarType.Int64), Classes));
        Assert.Contains("(2, 2)", e.Message);
        e = Assert.Throws<ArgumentException>(() => SegmentationMetrics.Score(Mask([0, 3]), Mask([0, 1]), Classes));
        Assert.Contains("class 3, expected 0..2", e.Message);
    }
}

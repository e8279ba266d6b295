using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class DiceLossTests
{
    [Fact]
    public void Dice_loss_is_near_zero_for_a_confident_right_answer_and_near_one_for_a_wrong_one()
    {
        using var scope = NewDisposeScope();
        var masks = tensor(new long[] { 0, 1, 1, 2, 2, 2, 0, 0, 1 }, new long[] { 1, 3, 3 });
        var right = nn.functional.one_hot(masks, 3).permute(0, 3, 1, 2).to_type(ScalarType.Float32) * 50;
        var wrong = nn.functional.one_hot((masks + 1) % 3, 3).permute(0, 3, 1, 2).to_type(ScalarType.Float32) * 50;
        Assert.InRange(DiceLoss.Soft(right, masks).item<float>(), 0f, 1e-3f);
        Assert.InRange(DiceLoss.Soft(wrong, masks, smooth: 1e-6).item<float>(), 0.999f, 1f);
    }

    [Fact]
    public void Dice_loss_has_a_gradient_and_the_combined_objective_predicts_argmax_masks()
    {
        using var scope = NewDisposeScope();
        var logits = randn(2, 3, 4, 4).requires_grad_(true);
        var masks = randint(0, 3, [2, 4, 4]);
        var objective = Objective.PixelCrossEntropyWithDice(0.5);
        var loss = objective.Loss(logits, masks);
        loss.backward();
        Assert.True(logits.grad!.abs().sum().item<float>() > 0);
        var expected = nn.functional.cross_entropy(logits, masks) + DiceLoss.Soft(logits, masks) * 0.5;
        Assert.Equal(expected.item<float>(), loss.item<float>(), 5);
        Assert.Equal([2L, 4, 4], objective.Predict(logits).shape);
    }

    [Fact]
    public void Pixel_classes_are_the_argmax_over_classes_in_either_layout()
    {
        using var scope = NewDisposeScope();
        var logits = randn(3, 5, 6, 8);
        var expected = logits.argmax(1);
        Assert.True(Objective.PixelCrossEntropy.Predict(logits).eq(expected).all().item<bool>());                      // the usual layout
        Assert.True(Objective.PixelCrossEntropy.Predict(ChannelsLast.Of(logits)).eq(expected).all().item<bool>());     // channels-last
        Assert.True(Objective.PixelCrossEntropyWithDice().Predict(logits).eq(expected).all().item<bool>());
    }
}

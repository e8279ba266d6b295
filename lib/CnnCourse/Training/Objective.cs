using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Training;

/// <summary>
/// A training objective: how to turn logits and labels into a loss, and into predicted classes.
/// The lecture's two cases are here: softmax + cross-entropy for several classes, sigmoid + binary
/// cross-entropy for two classes with one output neuron.
/// </summary>
public sealed record Objective(string Name, Func<Tensor, Tensor, Tensor> Loss, Func<Tensor, Tensor> Predict)
{
    /// <summary>Multi-class: logits (N, K), labels (N) int64. Softmax is inside the loss (log-sum-exp form).</summary>
    public static Objective CrossEntropy { get; } = new("cross-entropy",
        (logits, labels) => F.cross_entropy(logits, labels),
        logits => logits.argmax(1));

    /// <summary>Binary: one logit per image (N, 1), labels (N) in {0, 1}. Sigmoid is inside the loss.</summary>
    public static Objective BinaryCrossEntropy { get; } = new("binary cross-entropy",
        (logits, labels) => F.binary_cross_entropy_with_logits(logits.view(-1), labels.to_type(logits.dtype)),
        logits => logits.view(-1).gt(0).to_type(ScalarType.Int64));

    /// <summary>Segmentation: logits (N, K, H, W), masks (N, H, W) int64; cross-entropy averaged over every pixel.</summary>
    public static Objective PixelCrossEntropy { get; } = new("per-pixel cross-entropy",
        (logits, masks) => F.cross_entropy(logits, masks),
        PixelClasses);

    /// <summary>
    /// Segmentation: per-pixel cross-entropy plus <paramref name="diceWeight"/> (default 1) times the soft Dice loss,
    /// which weighs every class equally however few pixels it has.
    /// </summary>
    public static Objective PixelCrossEntropyWithDice(double diceWeight = 1.0) => new($"per-pixel cross-entropy + {diceWeight:0.##} Dice",
        (logits, masks) => F.cross_entropy(logits, masks) + DiceLoss.Soft(logits, masks) * diceWeight,
        PixelClasses);

    /// <summary>
    /// Each pixel's class, (N, K, H, W) -> (N, H, W). On the CPU, libtorch's argmax over the class axis is many times
    /// faster when that axis is innermost in memory (channels-last) than in the usual layout, where each pixel's K
    /// scores lie a whole image apart; a copy into channels-last costs far less than the difference (and nothing when
    /// the logits already are, as the Trainer's are on the CPU).
    /// </summary>
    static Tensor PixelClasses(Tensor logits) =>
        (logits.device_type == TorchSharp.DeviceType.CPU ? ChannelsLast.Of(logits) : logits).argmax(1);
}

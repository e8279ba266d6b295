using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>
/// The lecture's activation and loss formulas written exactly as the slides write them, with plain tensor
/// arithmetic, so a notebook can show that TorchSharp's functions compute the same numbers. Each "naive" form is
/// the textbook formula; each "stable" form is the rearrangement libraries use so that large logits do not
/// overflow exp() or hit log(0).
/// </summary>
public static class LossDefinitions
{
    /// <summary>softmax(z)ᵢ = exp(zᵢ) / Σⱼ exp(zⱼ) over the last axis, exactly as written. exp(1000) overflows to ∞, so large logits give NaN.</summary>
    public static Tensor NaiveSoftmax(Tensor logits)
    {
        var e = logits.exp();
        return e / e.sum(-1, keepdim: true);
    }

    /// <summary>The same softmax after subtracting each row's largest logit: softmax(z) = softmax(z − max z), and now no exp() exceeds 1.</summary>
    public static Tensor StableSoftmax(Tensor logits) => NaiveSoftmax(logits - logits.amax([-1L], keepdim: true));

    /// <summary>Binary cross-entropy: L = −(1/n) Σᵢ [yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], with ŷ the predicted probabilities and y in {0, 1}.</summary>
    public static Tensor BinaryCrossEntropy(Tensor probabilities, Tensor targets) =>
        -(targets * probabilities.log() + (1 - targets) * (1 - probabilities).log()).mean();

    /// <summary>
    /// Binary cross-entropy from logits z (ŷ = sigmoid(z)) without forming ŷ: per element max(z, 0) − z·y + log(1 + exp(−|z|)).
    /// Algebraically equal to the formula above, but exp() only ever sees −|z| ≤ 0, and no log(0) can occur.
    /// </summary>
    public static Tensor BinaryCrossEntropyFromLogits(Tensor logits, Tensor targets) =>
        (logits.clamp_min(0) - logits * targets + (-logits.abs()).exp().log1p()).mean();

    /// <summary>Multi-class cross-entropy: L = −(1/n) Σᵢ Σⱼ yᵢⱼ log ŷᵢⱼ, with y one-hot (n, k) and ŷ the softmax probabilities (n, k).</summary>
    public static Tensor CrossEntropy(Tensor probabilities, Tensor oneHotTargets) =>
        -(oneHotTargets * probabilities.log()).sum(1).mean();

    /// <summary>
    /// Multi-class cross-entropy from logits: log ŷᵢⱼ = zᵢⱼ − log Σₖ exp(zᵢₖ) (log-softmax, with a stable log-sum-exp),
    /// then the same sum as <see cref="CrossEntropy"/>. This is what cross_entropy(logits, labels) computes.
    /// </summary>
    public static Tensor CrossEntropyFromLogits(Tensor logits, Tensor oneHotTargets) =>
        -(oneHotTargets * (logits - logits.logsumexp(1, keepdim: true))).sum(1).mean();
}

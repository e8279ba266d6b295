using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Training;

/// <summary>
/// Soft Dice loss for segmentation: 1 - mean over classes of 2 |P ∩ G| / (|P| + |G|), with the softmax
/// probabilities P standing in for the predicted mask and the one-hot ground truth G, summed over the batch.
/// </summary>
public static class DiceLoss
{
    /// <summary>Logits (N, K, H, W), masks (N, H, W) int64 in 0..K-1 -> a scalar in [0, 1]; <paramref name="smooth"/> keeps absent classes at 0 loss.</summary>
    public static Tensor Soft(Tensor logits, Tensor masks, double smooth = 1.0)
    {
        if (logits.dim() != 4 || masks.dim() != 3)
            throw new ArgumentException($"logits {logits.shape.Str()} and masks {masks.shape.Str()}: expected (N, K, H, W) and (N, H, W)");
        using var scope = NewDisposeScope();
        long numClasses = logits.shape[1];
        var probabilities = F.softmax(logits, 1);                                                       // (N, K, H, W)
        var truth = F.one_hot(masks, numClasses).permute(0, 3, 1, 2).to_type(probabilities.dtype);     // (N, K, H, W)
        long[] overPixels = [0, 2, 3];
        var intersection = (probabilities * truth).sum(overPixels);                                    // (K)
        var sizes = probabilities.sum(overPixels) + truth.sum(overPixels);                             // (K)
        var dice = (intersection * 2 + smooth) / (sizes + smooth);                                      // (K)
        return (1 - dice.mean()).MoveToOuterDisposeScope();
    }
}

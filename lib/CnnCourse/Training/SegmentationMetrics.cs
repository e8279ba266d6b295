using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>Pixel confusion matrices and <see cref="SegmentationScores"/> (per-class IoU and Dice) for predicted masks.</summary>
public static class SegmentationMetrics
{
    /// <summary>Counts[true, predicted] over all pixels of <paramref name="predicted"/> and <paramref name="target"/> (same shape, int64 in 0..K-1).</summary>
    public static long[,] ConfusionMatrix(Tensor predicted, Tensor target, int numClasses)
    {
        using var scope = NewDisposeScope();
        var counts = ConfusionCounts(predicted, target, numClasses).cpu().data<long>().ToArray();
        var matrix = new long[numClasses, numClasses];
        for (int t = 0; t < numClasses; t++)
            for (int p = 0; p < numClasses; p++) matrix[t, p] = counts[t * numClasses + p];
        return matrix;
    }

    /// <summary>Scores of masks given directly (e.g. hand-made ones).</summary>
    public static SegmentationScores Score(Tensor predicted, Tensor target, IReadOnlyList<string> classNames) =>
        new(ConfusionMatrix(predicted, target, classNames.Count), classNames);

    /// <summary>Runs <paramref name="model"/> (eval mode, no_grad) over <paramref name="data"/>, whose labels are masks (N, H, W), and scores the argmax masks.</summary>
    public static SegmentationScores Evaluate(nn.Module<Tensor, Tensor> model, BatchLoader data)
    {
        var classNames = data.Dataset.ClassNames;
        int k = classNames.Count;
        var device = ModelDevice.Of(model);
        using var evaluating = EvaluationMode.Use(model);
        using var total = zeros(k * k, dtype: ScalarType.Int64, device: device);
        foreach (var (images, masks) in data.Batches())
        {
            var predicted = model.call(images.to(device)).argmax(1);   // (N, H, W)
            total.add_(ConfusionCounts(predicted, masks.to(device), k));
        }
        var counts = total.cpu().data<long>().ToArray();
        var matrix = new long[k, k];
        for (int t = 0; t < k; t++)
            for (int p = 0; p < k; p++) matrix[t, p] = counts[t * k + p];
        return new SegmentationScores(matrix, classNames);
    }

    /// <summary>The K*K counts, flattened row-major (true class major), computed on the tensors' device.</summary>
    static Tensor ConfusionCounts(Tensor predicted, Tensor target, int numClasses)
    {
        if (!predicted.shape.SequenceEqual(target.shape))
            throw new ArgumentException($"predicted {predicted.shape.Str()} and target {target.shape.Str()}: expected the same shape");
        var p = predicted.reshape(-1).to_type(ScalarType.Int64);
        var t = target.reshape(-1).to_type(ScalarType.Int64);
        if (t.numel() > 0)
        {
            long lo = Math.Min(p.min().item<long>(), t.min().item<long>()), hi = Math.Max(p.max().item<long>(), t.max().item<long>());
            if (lo < 0 || hi >= numClasses) throw new ArgumentException($"masks hold class {(lo < 0 ? lo : hi)}, expected 0..{numClasses - 1}");
        }
        return bincount(t * numClasses + p, minlength: numClasses * numClasses);
    }
}

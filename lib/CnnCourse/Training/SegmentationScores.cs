namespace CnnCourse.Training;

/// <summary>
/// Segmentation quality from a pixel confusion matrix Confusion[true, predicted]: per class
/// IoU = TP / (TP + FP + FN) and Dice = 2 TP / (2 TP + FP + FN), NaN for a class absent from both masks;
/// the means skip NaN.
/// </summary>
public sealed record SegmentationScores(long[,] Confusion, IReadOnlyList<string> ClassNames)
{
    public int NumClasses => Confusion.GetLength(0);

    long TruePositives(int c) => Confusion[c, c];
    long FalsePositives(int c) => Enumerable.Range(0, NumClasses).Sum(t => t == c ? 0 : Confusion[t, c]);
    long FalseNegatives(int c) => Enumerable.Range(0, NumClasses).Sum(p => p == c ? 0 : Confusion[c, p]);

    /// <summary>Intersection over union of each class's predicted and true pixels.</summary>
    public double[] IoU => Enumerable.Range(0, NumClasses).Select(c =>
    {
        long union = TruePositives(c) + FalsePositives(c) + FalseNegatives(c);
        return union == 0 ? double.NaN : (double)TruePositives(c) / union;
    }).ToArray();

    /// <summary>Dice coefficient (F1 score of the pixels) of each class.</summary>
    public double[] Dice => Enumerable.Range(0, NumClasses).Select(c =>
    {
        long denominator = 2 * TruePositives(c) + FalsePositives(c) + FalseNegatives(c);
        return denominator == 0 ? double.NaN : 2.0 * TruePositives(c) / denominator;
    }).ToArray();

    public double MeanIoU => MeanOfPresent(IoU);
    public double MeanDice => MeanOfPresent(Dice);

    /// <summary>Share of all pixels whose class was predicted right.</summary>
    public double PixelAccuracy
    {
        get
        {
            long total = Confusion.Cast<long>().Sum();
            return total == 0 ? double.NaN : (double)Enumerable.Range(0, NumClasses).Sum(c => Confusion[c, c]) / total;
        }
    }

    static double MeanOfPresent(double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToList();
        return present.Count == 0 ? double.NaN : present.Average();
    }

    /// <summary>One row per class (for <c>HtmlTable.Of</c>).</summary>
    public IReadOnlyList<ClassScore> Rows()
    {
        var iou = IoU;
        var dice = Dice;
        return Enumerable.Range(0, NumClasses)
            .Select(c => new ClassScore(ClassNames[c], Enumerable.Range(0, NumClasses).Sum(p => Confusion[c, p]), iou[c], dice[c])).ToList();
    }
}

/// <summary>One class's row of <see cref="SegmentationScores"/>: its true pixel count, IoU and Dice.</summary>
public sealed record ClassScore(string Class, long Pixels, double IoU, double Dice);

namespace CnnCourse.Training;

/// <summary>Loss and accuracy over a whole dataset, plus the predicted class of every example (of every pixel, flattened, for masks).</summary>
public sealed record Evaluation(double Loss, double Accuracy, long[] Predictions, long[] Labels)
{
    /// <summary>Counts[true, predicted] over <paramref name="numClasses"/> classes.</summary>
    public int[,] ConfusionMatrix(int numClasses)
    {
        var counts = new int[numClasses, numClasses];
        for (int i = 0; i < Labels.Length; i++) counts[Labels[i], Predictions[i]]++;
        return counts;
    }

    /// <summary>Indices of the first <paramref name="count"/> examples the model got wrong.</summary>
    public int[] Misclassified(int count) =>
        Enumerable.Range(0, Labels.Length).Where(i => Predictions[i] != Labels[i]).Take(count).ToArray();

    /// <summary>Accuracy of each true class.</summary>
    public double[] PerClassAccuracy(int numClasses)
    {
        var m = ConfusionMatrix(numClasses);
        return Enumerable.Range(0, numClasses).Select(c =>
        {
            int total = Enumerable.Range(0, numClasses).Sum(p => m[c, p]);
            return total == 0 ? double.NaN : (double)m[c, c] / total;
        }).ToArray();
    }
}

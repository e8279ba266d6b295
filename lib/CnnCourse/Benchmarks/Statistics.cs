namespace CnnCourse.Benchmarks;

/// <summary>The summary statistics the benchmarks report.</summary>
public static class Statistics
{
    /// <summary>The middle value (the mean of the two middle ones for an even count): robust to one slow repeat.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no values to take the median of", nameof(values));
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

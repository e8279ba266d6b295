using System.Text;
using System.Text.Json;

namespace CnnCourse.Benchmarks;

/// <summary>Everything one `cnn bench` run measured, with the facts needed to compare machines.</summary>
public sealed record BenchReport(
    DateTimeOffset Date,
    string Profile,
    IReadOnlyDictionary<string, string> Machine,
    IReadOnlyList<BenchResult> Models,
    double LoaderBatchesPerSecond,
    string LoaderData,
    double? NotebookColdStartSeconds,
    double? NotebookTotalSeconds)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Median over rounds per model and side.</summary>
    public IEnumerable<(string Model, string Side, long Parameters, double Train, double Inference, double PeakRss, string Details)> Summary() =>
        Models.GroupBy(r => (r.Model, r.Side)).Select(g => (g.Key.Model, g.Key.Side, g.First().Parameters,
            Statistics.Median(g.Select(r => r.TrainImagesPerSecond)),
            Statistics.Median(g.Select(r => r.InferenceImagesPerSecond)),
            g.Max(r => r.PeakRssMb), g.First().Details));

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# CnnCourse benchmark, {Date:yyyy-MM-dd HH:mm} UTC ({Profile})\n");
        foreach (var (k, v) in Machine) sb.AppendLine($"- {k}: {v}");
        sb.AppendLine("\n| model | side | parameters | train img/s | inference img/s | peak RSS MB | CnnCourse / side, train | CnnCourse / side, inference |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var rows = Summary().ToList();
        foreach (var r in rows)
        {
            var ours = rows.FirstOrDefault(o => o.Model == r.Model && o.Side == "CnnCourse");
            bool peer = r.Side != "CnnCourse" && ours.Model is not null;
            // A twin with another parameter count is a different model: its ratio would mean nothing.
            string parameters = peer && r.Parameters != ours.Parameters ? $"{r.Parameters:N0} (NOT the same model)" : $"{r.Parameters:N0}";
            string trainRatio = peer ? $"{ours.Train / r.Train:F2}x" : "", inferenceRatio = peer ? $"{ours.Inference / r.Inference:F2}x" : "";
            sb.AppendLine($"| {r.Model} | {r.Side} | {parameters} | {r.Train:N0} | {r.Inference:N0} | {r.PeakRss:N0} | {trainRatio} | {inferenceRatio} |");
        }
        var trainBatches = rows.Where(r => r.Side == "CnnCourse").Select(r => r.Train / Models[0].BatchSize).DefaultIfEmpty(0).Max();
        sb.AppendLine($"\nData loader: {LoaderBatchesPerSecond:N0} batches/s ({LoaderData}), " +
                      $"{(trainBatches > 0 ? $"{LoaderBatchesPerSecond / trainBatches:N0}x" : "n/a")} what the fastest model's training consumes.");
        if (NotebookColdStartSeconds is { } cold) sb.AppendLine($"\nNotebook 00-getting-started: first cell output after {cold:F1} s (cold process start), whole notebook {NotebookTotalSeconds:F1} s.");
        sb.AppendLine("\nModels (random data in memory, batch " + (Models.Count > 0 ? Models[0].BatchSize : 0) + ", Adam, cross-entropy; median over repeats and rounds):");
        foreach (var m in BenchModel.All.Where(m => rows.Any(r => r.Model == m.Name))) sb.AppendLine($"- {m.Name}: {m.Description}");
        sb.AppendLine("\nPeer details:");
        foreach (var r in rows.Where(r => r.Side != "CnnCourse").DistinctBy(r => r.Side)) sb.AppendLine($"- {r.Side}: {r.Details}");
        return sb.ToString();
    }
}

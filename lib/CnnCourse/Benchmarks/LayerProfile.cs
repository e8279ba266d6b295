using System.Diagnostics;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// Where an inference batch's time goes: milliseconds per batch in each kind of leaf layer (Conv2d, BatchNorm2d, ...),
/// in the model's own code between them (residual sums, concatenations), and in the Trainer's bookkeeping (loss,
/// argmax, counting right predictions), measured with hooks around every leaf module over <paramref name="Batches"/>
/// batches, channels-last, under inference mode, as Trainer.Evaluate runs them. CPU only: the clock is read as each
/// layer returns.
/// </summary>
public sealed record LayerProfile(string Model, int Threads, int BatchSize, int Batches, IReadOnlyList<(string Part, double MsPerBatch)> Parts)
{
    /// <summary>Profiles <paramref name="bench"/>'s model on random data after a warm-up of 3 batches.</summary>
    public static LayerProfile Of(BenchModel bench, int threads, int batchSize = 128, int batches = 20)
    {
        TorchRuntime.EnsureLoaded();
        torch.set_num_threads(threads);
        Reproducibility.Seed(0);
        using var outer = NewDisposeScope();
        var model = bench.Create();
        model.eval();
        using var layout = ChannelsLast.Use(model);
        var images = ChannelsLast.Of(randn([batchSize, .. bench.InputShape]));
        var labels = randint(0, bench.NumClasses, [batchSize, .. bench.LabelShape]);

        var totals = new Dictionary<string, double>();
        void Add(string part, double ms) => totals[part] = totals.GetValueOrDefault(part) + ms;
        var started = new Dictionary<nn.Module, long>(ReferenceEqualityComparer.Instance);
        bool timing = false;
        var removers = new List<Action>();
        foreach (var (name, module) in model.named_modules())
        {
            if (string.IsNullOrEmpty(name) || module.children().Any() || module is not nn.Module<Tensor, Tensor> leaf) continue;
            removers.Add(leaf.register_forward_pre_hook((m, input) => { started[m] = Stopwatch.GetTimestamp(); return input; }).remove);
            removers.Add(leaf.register_forward_hook((m, input, output) =>
            {
                if (timing) Add(m.GetType().Name, Stopwatch.GetElapsedTime(started[m]).TotalMilliseconds);
                return output;
            }).remove);
        }
        try
        {
            using var inference = inference_mode();
            var objective = bench.Objective;
            for (int b = -3; b < batches; b++)
            {
                using var scope = NewDisposeScope();
                timing = b >= 0;
                long t0 = Stopwatch.GetTimestamp();
                var logits = model.call(images);
                long t1 = Stopwatch.GetTimestamp();
                objective.Loss(logits, labels).to_type(ScalarType.Float64).item<double>();
                long t2 = Stopwatch.GetTimestamp();
                var predicted = objective.Predict(logits);
                long t3 = Stopwatch.GetTimestamp();
                predicted.eq(labels).sum().item<long>();
                long t4 = Stopwatch.GetTimestamp();
                if (!timing) continue;
                Add("forward, all", Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                Add("loss", Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                Add("argmax", Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds);
                Add("right predictions", Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds);
            }
        }
        finally
        {
            foreach (var remove in removers) remove();
        }
        string[] bookkeeping = ["forward, all", "loss", "argmax", "right predictions"];
        double leaves = totals.Where(t => !bookkeeping.Contains(t.Key)).Sum(t => t.Value);
        var parts = totals.Where(t => !bookkeeping.Contains(t.Key)).OrderByDescending(t => t.Value).Select(t => (t.Key, t.Value / batches)).ToList();
        parts.Add(("between layers (sums, concatenations, hooks)", (totals["forward, all"] - leaves) / batches));
        parts.AddRange(bookkeeping.Skip(1).Select(k => (k, totals[k] / batches)));
        return new LayerProfile(bench.Name, threads, batchSize, batches, parts);
    }

    public override string ToString()
    {
        double total = Parts.Sum(p => p.MsPerBatch);
        var sb = new StringBuilder($"{Model}, inference, {Threads} thread(s), batch {BatchSize}, {Batches} batches: {total:F2} ms per batch\n");
        foreach (var (part, ms) in Parts) sb.AppendLine($"  {part,-46} {ms,8:F2} ms  {100 * ms / total,5:F1} %");
        return sb.ToString();
    }
}

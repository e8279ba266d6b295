using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnnCourse.Benchmarks;

/// <summary>
/// One benchmark run, with the facts needed to compare machines: which benchmark ("why-gpu" for notebook 04, "bench"
/// for `cnn bench`), when it started, the profile, the machine and every <see cref="Measurement"/>; `cnn bench` adds the
/// data loader's rate and notebook start-up times. Saved as snake_case JSON (<see cref="Json"/>) beside the same report in
/// Markdown (<see cref="ToMarkdown"/>).
/// </summary>
/// <param name="LoaderBatchesPerSecond">Batches per second the course's BatchLoader delivers over <paramref name="LoaderData"/>, when measured.</param>
/// <param name="NotebookColdStartSeconds">Seconds until notebook 00's first cell finished in a fresh `cnn run`, when measured.</param>
/// <param name="NotebookTotalSeconds">Seconds the whole of notebook 00 took in that run.</param>
public sealed record BenchReport(
    string Benchmark,
    DateTimeOffset Started,
    string Profile,
    MachineFacts Machine,
    IReadOnlyList<Measurement> Measurements,
    double? LoaderBatchesPerSecond = null,
    string? LoaderData = null,
    double? NotebookColdStartSeconds = null,
    double? NotebookTotalSeconds = null)
{
    /// <summary>The name of the copy of the newest report that <see cref="Save"/> can also write: latest.json and latest.md.</summary>
    public const string Latest = "latest";

    /// <summary>
    /// The one JSON format of the benchmarks: snake_case names, indented, nulls left out. Reading refuses a report that
    /// lacks a required field (e.g. one in another format), rather than returning one with holes.
    /// </summary>
    public static readonly JsonSerializerOptions Json = CreateJson();

    static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The default folder for <paramref name="benchmark"/>: artifacts/&lt;benchmark&gt;/ under <see cref="CoursePaths.Artifacts"/>.</summary>
    public static string FolderFor(string benchmark) => Path.Combine(CoursePaths.Artifacts, benchmark);

    /// <summary>
    /// Writes &lt;folder&gt;/&lt;machine&gt;-&lt;yyyyMMdd-HHmmss&gt;.json and .md atomically (folder defaults to <see cref="FolderFor"/>), and with
    /// <paramref name="alsoAsLatest"/> the same as latest.json and latest.md; returns the path of the time-stamped JSON.
    /// </summary>
    public string Save(string? folder = null, bool alsoAsLatest = false)
    {
        folder ??= FolderFor(Benchmark);
        var machine = new string(Machine.MachineName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        var name = $"{machine}-{Started.ToUniversalTime():yyyyMMdd-HHmmss}";
        string json = JsonSerializer.Serialize(this, Json), markdown = ToMarkdown();
        foreach (var file in alsoAsLatest ? [name, Latest] : new[] { name })
        {
            AtomicFile.WriteAllText(Path.Combine(folder, file + ".json"), json);
            AtomicFile.WriteAllText(Path.Combine(folder, file + ".md"), markdown);
        }
        return Path.Combine(folder, name + ".json");
    }

    /// <summary>Reads a report written by <see cref="Save"/>.</summary>
    public static BenchReport Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: benchmark report not found", path);
        try
        {
            return JsonSerializer.Deserialize<BenchReport>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty report");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a benchmark report ({e.Message})", e);
        }
    }

    /// <summary>
    /// Every report in <paramref name="folder"/> (latest.json, a copy, once), oldest first; unreadable files are skipped
    /// and named in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<BenchReport> LoadAll(string folder, List<string>? skipped = null)
    {
        if (!Directory.Exists(folder)) return [];
        var reports = new List<BenchReport>();
        foreach (var file in Directory.GetFiles(folder, "*.json").Where(f => Path.GetFileName(f) != Latest + ".json").Order())
        {
            try { reports.Add(Load(file)); }
            catch (InvalidDataException e) { skipped?.Add(e.Message); }
        }
        return reports.OrderBy(r => r.Started).ToList();
    }

    /// <summary>
    /// One measurement per configuration (model, side, device, threads, batch size), in the order they were first measured:
    /// over rounds, the median of each images/s (Trainer, bare loop) and of the matrix multiply's GFLOP/s, and the highest peak RSS.
    /// </summary>
    public IEnumerable<Measurement> Summary() =>
        Measurements.GroupBy(m => (m.Model, m.Side, m.Device, m.Threads, m.BatchSize)).Select(g => g.Count() == 1 ? g.Single() : g.First() with
        {
            Round = 0,
            TrainImagesPerSecond = Statistics.Median(g.Select(m => m.TrainImagesPerSecond)),
            InferenceImagesPerSecond = MedianOf(g, m => m.InferenceImagesPerSecond),
            PeakRssMb = g.Select(m => m.PeakRssMb).OfType<double>().ToList() is { Count: > 0 } rss ? rss.Max() : null,
            RepeatSeconds = null,
            BareTrainImagesPerSecond = MedianOf(g, m => m.BareTrainImagesPerSecond),
            BareInferenceImagesPerSecond = MedianOf(g, m => m.BareInferenceImagesPerSecond),
            MatmulGflops = MedianOf(g, m => m.MatmulGflops),
        });

    static double? MedianOf(IEnumerable<Measurement> measurements, Func<Measurement, double?> value) =>
        measurements.Select(value).OfType<double>().ToList() is { Count: > 0 } values ? Statistics.Median(values) : null;

    /// <summary>
    /// For each CnnCourse configuration of <see cref="Summary"/> that has peers (same model, device, threads, batch size): the
    /// fastest peer configuration in training and, separately, in inference (any BLAS, any layout), so that every ratio is
    /// taken against the peer at its best.
    /// </summary>
    public IReadOnlyList<PeerComparison> Comparisons()
    {
        var rows = Summary().ToList();
        return rows.Where(r => r.Side == Measurement.CnnCourseSide).Select(ours =>
        {
            bool Alike(Measurement m) => m.Model == ours.Model && m.Device == ours.Device && m.Threads == ours.Threads && m.BatchSize == ours.BatchSize;
            var peers = rows.Where(p => p.Side != Measurement.CnnCourseSide && Alike(p)).ToList();
            if (peers.Count == 0) return null;
            var inference = peers.Where(p => p.InferenceImagesPerSecond is not null).MaxBy(p => p.InferenceImagesPerSecond);
            var rss = peers.Select(p => p.PeakRssMb).OfType<double>().ToList();
            // Each side's fastest round, over every round and (for the peer) every configuration.
            var oursRounds = Measurements.Where(m => m.Side == ours.Side && Alike(m)).ToList();
            var peerRounds = Measurements.Where(m => m.Side != Measurement.CnnCourseSide && Alike(m)).ToList();
            double? FastestRoundRatio(Func<Measurement, double?> rate)
            {
                var fastestOurs = oursRounds.Select(rate).OfType<double>().DefaultIfEmpty().Max();
                var fastestPeer = peerRounds.Select(rate).OfType<double>().DefaultIfEmpty().Max();
                return fastestOurs > 0 && fastestPeer > 0 ? fastestOurs / fastestPeer : null;
            }
            return new PeerComparison(ours, peers.MaxBy(p => p.TrainImagesPerSecond)!, inference, rss.Count > 0 ? rss.Min() : null,
                Rounds: oursRounds.Count, BestRoundTrainRatio: FastestRoundRatio(m => m.TrainImagesPerSecond),
                BestRoundInferenceRatio: FastestRoundRatio(m => m.InferenceImagesPerSecond));
        }).OfType<PeerComparison>().ToList();
    }

    /// <summary>
    /// The report in Markdown: the machine facts, then one table row per configuration of <see cref="Summary"/>. A peer's row
    /// carries CnnCourse's images/s over the peer's at the same model, device and batch size (above 1: CnnCourse is faster).
    /// Columns with nothing to say are left out, and device, threads and batch size are said once when all rows share them.
    /// </summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# CnnCourse benchmark {Benchmark}, {Started.ToUniversalTime():yyyy-MM-dd HH:mm} UTC ({Profile})\n");
        foreach (var fact in Machine.Rows()) sb.AppendLine($"- {fact.Fact}: {fact.Value}");

        var rows = Summary().ToList();
        Measurement? Ours(Measurement r) => r.Side == Measurement.CnnCourseSide ? null
            : rows.FirstOrDefault(o => o.Side == Measurement.CnnCourseSide && o.Model == r.Model && o.Device == r.Device && o.Threads == r.Threads && o.BatchSize == r.BatchSize);
        // A twin with another parameter count is a different model: its ratio would mean nothing.
        string Parameters(Measurement r) => Ours(r) is { } o && o.Parameters != r.Parameters ? $"{r.Parameters:N0} (NOT the same model)" : $"{r.Parameters:N0}";
        static string Rate(double? value) => value is { } v ? $"{v:N0}" : "";
        static string Ratio(double? ours, double? theirs) => ours is { } o && theirs is { } t ? $"{o / t:F2}x" : "";
        (string Header, bool Number, bool Shared, Func<Measurement, string> Cell)[] columns =
        [
            ("model", false, false, r => r.Model),
            ("side", false, false, r => r.Side),
            ("parameters", true, false, Parameters),
            ("device", false, true, r => r.Device),
            ("threads", true, true, r => r.Threads.ToString()),
            ("batch", true, true, r => r.BatchSize.ToString()),
            ("train img/s", true, false, r => Rate(r.TrainImagesPerSecond)),
            ("inference img/s", true, false, r => Rate(r.InferenceImagesPerSecond)),
            ("layout", false, true, r => r.Layout ?? ""),
            ("peak RSS MB", true, false, r => Rate(r.PeakRssMb)),
            ("CnnCourse / side, train", true, false, r => Ratio(Ours(r)?.TrainImagesPerSecond, r.TrainImagesPerSecond)),
            ("CnnCourse / side, inference", true, false, r => Ratio(Ours(r)?.InferenceImagesPerSecond, r.InferenceImagesPerSecond)),
        ];
        var cells = columns.Select(c => rows.Select(c.Cell).ToList()).ToList();
        var shown = Enumerable.Range(0, columns.Length).Where(i => cells[i].Any(v => v != "") && !(columns[i].Shared && cells[i].Distinct().Count() == 1)).ToList();
        var shared = Enumerable.Range(0, columns.Length).Where(i => columns[i].Shared && cells[i].Count > 0 && cells[i][0] != "" && cells[i].Distinct().Count() == 1)
            .Select(i => $"{columns[i].Header} {cells[i][0]}").ToList();

        sb.AppendLine($"\n| {string.Join(" | ", shown.Select(i => columns[i].Header))} |");
        sb.AppendLine($"|{string.Join("|", shown.Select(i => columns[i].Number ? "---:" : "---"))}|");
        for (int row = 0; row < rows.Count; row++) sb.AppendLine($"| {string.Join(" | ", shown.Select(i => cells[i][row]))} |");
        sb.AppendLine();
        if (shared.Count > 0) sb.AppendLine($"Every row: {string.Join(", ", shared)}.");
        sb.AppendLine("Random data in memory; a training step is forward, loss, backward and an Adam step; images/s are medians over timed repeats (and rounds).");

        var comparisons = Comparisons();
        if (comparisons.Count > 0 || rows.Any(r => r.BareTrainImagesPerSecond is not null || r.ForwardFlopsPerImage is not null))
            AppendAgainstTheLimits(sb, rows, comparisons);

        if (LoaderBatchesPerSecond is { } loader)
        {
            var trainBatches = rows.Where(r => r.Side == Measurement.CnnCourseSide).Select(r => r.TrainImagesPerSecond / r.BatchSize).DefaultIfEmpty(0).Max();
            sb.AppendLine($"\nData loader: {loader:N0} batches/s ({LoaderData}), " +
                          $"{(trainBatches > 0 ? $"{loader / trainBatches:N0}x" : "n/a")} what the fastest model's training consumes.");
        }
        if (NotebookColdStartSeconds is { } cold)
            sb.AppendLine($"\nNotebook 00-getting-started: first cell output after {cold:F1} s (cold process start), whole notebook {NotebookTotalSeconds:F1} s.");
        var described = BenchModel.All.Where(m => rows.Any(r => r.Model == m.Name)).ToList();
        if (described.Count > 0)
        {
            sb.AppendLine("\nModels:");
            foreach (var m in described) sb.AppendLine($"- {m.Name}: {m.Description}");
        }
        var details = rows.Where(r => r.Details is not null).DistinctBy(r => r.Side).ToList();
        if (details.Count > 0)
        {
            sb.AppendLine("\nSides:");
            foreach (var r in details) sb.AppendLine($"- {r.Side}: {r.Details}");
        }
        return sb.ToString();
    }
    /// <summary>
    /// The second table: per CnnCourse configuration, the ratio to the best peer configuration (named), what the Trainer keeps of
    /// a bare loop's speed, FLOPs per image, and the GFLOP/s reached as a share of a large matrix multiply's on the same threads.
    /// </summary>
    static void AppendAgainstTheLimits(StringBuilder sb, List<Measurement> rows, IReadOnlyList<PeerComparison> comparisons)
    {
        static string Ratio(double? ours, double? theirs) => ours is { } o && theirs is { } t ? $"{o / t:F2}x" : "";
        static string Share(double? part, double? whole) => part is { } p && whole is { } w ? $"{100 * p / w:F0} %" : "";
        static string Gflops(double? rate, double? flops, double? limit) =>
            rate is { } r && flops is { } f ? $"{r * f / 1e9:F1}" + (limit is { } l ? $" ({100 * r * f / 1e9 / l:F0} %)" : "") : "";
        sb.AppendLine("\nAgainst the best peer configuration, the bare loop and the machine's limit:\n");
        sb.AppendLine("| model | threads | best peer, train | CnnCourse / best, train | best peer, inference | CnnCourse / best, inference | Trainer / bare loop, train | Trainer / bare loop, inference | MFLOP/image, forward / train | train GFLOP/s (of matmul) | inference GFLOP/s (of matmul) | peak RSS MB, CnnCourse / lowest peer |");
        sb.AppendLine("|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        // The limit is the median over the run's measuring processes at that thread count: one process's matrix product
        // can land in a busy moment of the machine, and a share above 100 % would say more about that than about the model.
        var limit = rows.Where(r => r.Side == Measurement.CnnCourseSide && r.MatmulGflops is not null).GroupBy(r => r.Threads)
            .ToDictionary(g => g.Key, g => Statistics.Median(g.Select(r => r.MatmulGflops!.Value)));
        double? LimitAt(int threads) => limit.TryGetValue(threads, out var gflops) ? gflops : null;
        foreach (var ours in rows.Where(r => r.Side == Measurement.CnnCourseSide))
        {
            var c = comparisons.FirstOrDefault(c => (c.Ours.Model, c.Ours.Device, c.Ours.Threads, c.Ours.BatchSize) == (ours.Model, ours.Device, ours.Threads, ours.BatchSize));
            string flops = ours.ForwardFlopsPerImage is { } fw && ours.TrainFlopsPerImage is { } tr ? $"{fw / 1e6:F1} / {tr / 1e6:F1}" : "";
            sb.AppendLine($"| {ours.Model} | {ours.Threads} | {c?.BestTrain.Side} | {Ratio(ours.TrainImagesPerSecond, c?.BestTrain.TrainImagesPerSecond)} " +
                          $"| {c?.BestInference?.Side} | {Ratio(ours.InferenceImagesPerSecond, c?.BestInference?.InferenceImagesPerSecond)} " +
                          $"| {Share(ours.TrainImagesPerSecond, ours.BareTrainImagesPerSecond)} | {Share(ours.InferenceImagesPerSecond, ours.BareInferenceImagesPerSecond)} " +
                          $"| {flops} | {Gflops(ours.TrainImagesPerSecond, ours.TrainFlopsPerImage, LimitAt(ours.Threads))} " +
                          $"| {Gflops(ours.InferenceImagesPerSecond, ours.ForwardFlopsPerImage, LimitAt(ours.Threads))} " +
                          $"| {(ours.PeakRssMb is { } rss ? $"{rss:N0}" : "")}{(c?.LowestPeerRssMb is { } peerRss ? $" / {peerRss:N0}" : "")} |");
        }
        if (comparisons.Any(c => c.Rounds > 1))
        {
            // Medians let a side's slow rounds decide a close cell; interference on a shared machine only ever slows a run down.
            sb.AppendLine("\nEach side's fastest round (CnnCourse's against the fastest round of any peer configuration), beside the medians above:\n");
            sb.AppendLine("| model | threads | rounds | CnnCourse / best, train, fastest rounds | CnnCourse / best, inference, fastest rounds |");
            sb.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var c in comparisons.Where(c => c.Rounds > 1))
                sb.AppendLine($"| {c.Ours.Model} | {c.Ours.Threads} | {c.Rounds} | {(c.BestRoundTrainRatio is { } t ? $"{t:F2}x" : "")} | {(c.BestRoundInferenceRatio is { } i ? $"{i:F2}x" : "")} |");
        }
        var limits = limit.Select(l => $"{l.Value:F1} GFLOP/s at {l.Key} thread(s)").ToList();
        if (limits.Count > 0)
            sb.AppendLine($"\nMatmul limit: a 2048 x 2048 float32 matrix product in libtorch, measured in every CnnCourse measuring process (median): {string.Join(", ", limits)}. " +
                          "FLOPs are counted from each model's layers (FlopCount: 2 per multiply-add; training adds the backward pass).");
        sb.AppendLine("The bare loop runs the Trainer's model, optimizer and layout over the same batches, prepared before the clock starts: forward, loss, backward, step, nothing else.");
    }
}

/// <summary>CnnCourse's summary row for one configuration, and the fastest peer configuration in training and in inference.</summary>
/// <param name="LowestPeerRssMb">The lowest peak RSS of the peer's configurations.</param>
/// <param name="Rounds">How many rounds CnnCourse was measured in.</param>
/// <param name="BestRoundTrainRatio">CnnCourse's fastest training round over the fastest round of any peer configuration.</param>
/// <param name="BestRoundInferenceRatio">The same for inference, when both measured it.</param>
public sealed record PeerComparison(Measurement Ours, Measurement BestTrain, Measurement? BestInference, double? LowestPeerRssMb,
    int Rounds = 1, double? BestRoundTrainRatio = null, double? BestRoundInferenceRatio = null)
{
    /// <summary>CnnCourse's training images/s over the fastest peer's (above 1: CnnCourse is faster).</summary>
    public double TrainRatio => Ours.TrainImagesPerSecond / BestTrain.TrainImagesPerSecond;

    /// <summary>CnnCourse's inference images/s over the fastest peer's, when both measured inference.</summary>
    public double? InferenceRatio => Ours.InferenceImagesPerSecond / BestInference?.InferenceImagesPerSecond;
}

using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CnnCourse.Benchmarks;

namespace CnnCourse.Cli;

/// <summary>
/// `cnn bench`: measures each model in a fresh child process (so peak RSS is per model), alternating with the
/// PyTorch peer (tests/peer/bench_pytorch.py on Debian's python3-torch) in every configuration it offers: reference BLAS
/// and OpenBLAS, each in the NCHW and the channels-last layout, so that the report can compare CnnCourse with the peer
/// at its best. Several rounds at each thread count; plus loader throughput and notebook start-up times.
/// Writes one <see cref="BenchReport"/> to artifacts/bench/MACHINE-TIMESTAMP.json and .md (and latest.json / latest.md).
/// </summary>
static class BenchCommand
{
    /// <summary>The benchmark's name in its reports, and its folder under artifacts/.</summary>
    const string Benchmark = "bench";
    const string PeerPython = "/usr/bin/python3";
    static readonly (string Blas, string LibraryPath)[] PeerBlas =
    [
        ("reference BLAS", "/usr/lib/x86_64-linux-gnu/blas"),
        ("OpenBLAS", "/usr/lib/x86_64-linux-gnu/openblas-pthread"),
    ];

    /// <summary>The peer's memory layouts: (name in its --layout option, name in the side).</summary>
    public static readonly (string Option, string Name)[] PeerLayouts = [("nchw", "NCHW"), ("channels-last", "channels-last")];

    /// <summary>The side name of one peer configuration, e.g. "PyTorch (Debian, OpenBLAS, channels-last)".</summary>
    public static string PeerSide(string blas, string layout) => $"PyTorch (Debian, {blas}, {layout})";

    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "About a minute: the lecture CNN only, one round, short repeats, no notebook start-up" };
        var peer = new Option<bool>("--peer") { Description = "Alternate with PyTorch (Debian's python3-torch) at the same thread count" };
        var models = new Option<string?>("--models") { Description = $"Comma-separated models (default: all; with --quick lecture-cnn): {string.Join(", ", BenchModel.All.Select(m => m.Name))}", HelpName = "a,b" };
        var threads = new Option<string?>("--threads") { Description = $"Threads on both sides; a comma-separated list measures each (default {Environment.ProcessorCount})", HelpName = "n,m" };
        var rounds = new Option<int?>("--rounds") { Description = "Rounds that alternate the sides (default 3; with --quick 1)" };
        rounds.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is <= 0) r.AddError($"--rounds expects a positive whole number, got '{r.GetValueOrDefault<int?>()}'"); });
        var output = Arguments.OutputFolder(() => BenchReport.FolderFor(Benchmark), "Where the JSON and Markdown reports go");
        var command = new Command("bench", "Benchmark training and inference images/s, peak memory, the data loader and notebook start-up.")
            { quick, peer, models, threads, rounds, output, Measure(), Profile() };
        command.SetAction(parse =>
        {
            bool isQuick = parse.GetValue(quick);
            var chosen = (parse.GetValue(models)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                          ?? (isQuick ? ["lecture-cnn"] : BenchModel.All.Select(m => m.Name).ToArray())).Select(BenchModel.Find).ToList();
            bool withPeer = parse.GetValue(peer);
            if (withPeer && !File.Exists(PeerPython)) throw new CommandLineException($"--peer needs Debian's python3-torch ({PeerPython}); run environment/bench.sh, which installs it");
            var threadCounts = ParseThreads(parse.GetValue(threads));
            return Run(chosen, isQuick, withPeer, threadCounts, parse.GetValue(rounds) ?? (isQuick ? 1 : 3), Path.GetFullPath(parse.GetValue(output)!), Console.Out);
        });
        return command;
    }

    static int[] ParseThreads(string? text)
    {
        if (text is null) return [Environment.ProcessorCount];
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var counts = parts.Select(p => int.TryParse(p, out var n) && n > 0 ? n : 0).ToArray();
        if (counts.Length == 0 || counts.Contains(0)) throw new CommandLineException($"--threads expects positive whole numbers separated by commas, got '{text}'");
        return counts.Distinct().ToArray();
    }

    static int Run(List<BenchModel> models, bool quick, bool peer, int[] threadCounts, int rounds, string outDir, TextWriter log)
    {
        var started = DateTimeOffset.UtcNow;
        int repeats = quick ? 1 : 3;
        var results = new List<Measurement>();
        // The machine facts of this process, with the (highest) thread count both sides were measured at; each row names its own.
        var machine = MachineFacts.Current() with { TorchThreads = threadCounts.Max() };
        string profile = quick ? "quick" : "full";
        for (int round = 1; round <= rounds; round++)
        {
            if (round > 1)
            {
                // A full run takes long on a small machine: what the finished rounds measured is kept if a later one is stopped.
                var partial = new BenchReport(Benchmark, started, $"{profile}, {round - 1} of {rounds} rounds", machine, results).Save(outDir, alsoAsLatest: true);
                log.WriteLine($"[bench] rounds 1-{round - 1} saved in {partial}");
            }
            MeasureRound(round);
        }

        void MeasureRound(int round)
        {
            foreach (var model in models)
            foreach (var threads in threadCounts)
            {
                log.WriteLine($"[bench] round {round}/{rounds}: {model.Name} (CnnCourse, {threads} threads)");
                results.Add(MeasureInChild(model, threads, model.BatchesFor(quick), repeats) with { Round = round });
                if (!peer || model.PeerName is null) continue;
                foreach (var (blas, libraryPath) in PeerBlas.Where(b => Directory.Exists(b.LibraryPath)))
                foreach (var (option, layout) in PeerLayouts)
                {
                    var side = PeerSide(blas, layout);
                    log.WriteLine($"[bench] round {round}/{rounds}: {model.Name} ({side}, {threads} threads)");
                    results.Add(MeasurePeer(model, side, libraryPath, option, threads, model.BatchesFor(quick), repeats) with { Round = round });
                }
            }
        }

        log.WriteLine("[bench] data loader");
        var (loaderRate, loaderData) = ModelMeasurement.LoaderThroughput(128, quick ? 1 : 2);
        // A notebook's start-up is a whole extra `cnn run` of notebook 00, which the notebooks' own tests already time:
        // the full bench measures it, the quick one (a smoke test) does not.
        var (cold, total) = ((double?)null, (double?)null);
        if (!quick)
        {
            log.WriteLine("[bench] notebook start-up");
            (cold, total) = NotebookTimes(Path.Combine(CoursePaths.Notebooks, "00-getting-started.ipynb"));
        }

        var report = new BenchReport(Benchmark, started, profile, machine, results, loaderRate, loaderData, cold, total);
        var path = report.Save(outDir, alsoAsLatest: true);
        log.WriteLine(report.ToMarkdown());
        log.WriteLine($"[bench] wrote {path} and .md (and {BenchReport.Latest}.json / .md)");
        return 0;
    }

    /// <summary>`cnn bench measure --model NAME ...` (hidden): one model in this process; prints its <see cref="Measurement"/> as JSON.</summary>
    static Command Measure()
    {
        var model = new Option<string>("--model") { Required = true };
        var threads = Arguments.Positive("--threads", Environment.ProcessorCount, "Threads");
        var batchSize = Arguments.Positive("--batch-size", 128, "Images per batch");
        var batches = Arguments.Positive("--batches", 30, "Batches per timed repeat");
        var repeats = Arguments.Positive("--repeats", 3, "Timed repeats");
        var command = new Command("measure", "Measures one model in this process (the bench runs it in a child per model).") { model, threads, batchSize, batches, repeats };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var result = ModelMeasurement.Run(BenchModel.Find(parse.GetValue(model)!), parse.GetValue(threads), parse.GetValue(batchSize), parse.GetValue(batches), parse.GetValue(repeats));
            Console.WriteLine(JsonSerializer.Serialize(result, BenchReport.Json));
            return 0;
        });
        return command;
    }

    /// <summary>`cnn bench profile --model NAME` (hidden): where an inference batch's time goes, layer kind by layer kind (<see cref="LayerProfile"/>).</summary>
    static Command Profile()
    {
        var model = new Option<string>("--model") { Required = true };
        var threads = Arguments.Positive("--threads", Environment.ProcessorCount, "Threads");
        var batches = Arguments.Positive("--batches", 20, "Timed batches");
        var command = new Command("profile", "Times each kind of layer and the bookkeeping of inference batches.") { model, threads, batches };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            Console.Write(LayerProfile.Of(BenchModel.Find(parse.GetValue(model)!), parse.GetValue(threads), batches: parse.GetValue(batches)));
            return 0;
        });
        return command;
    }

    static Measurement MeasureInChild(BenchModel model, int threads, int batches, int repeats)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { typeof(BenchCommand).Assembly.Location, "bench", "measure", "--model", model.Name, "--threads", threads.ToString(),
                     "--batches", batches.ToString(), "--repeats", repeats.ToString() })
            start.ArgumentList.Add(a);
        return JsonSerializer.Deserialize<Measurement>(LastLine(RunChild(start)), BenchReport.Json)!;
    }

    static Measurement MeasurePeer(BenchModel model, string side, string libraryPath, string layout, int threads, int batches, int repeats)
    {
        var start = new ProcessStartInfo(PeerPython) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(CoursePaths.Root, "tests", "peer", "bench_pytorch.py"), "--model", model.PeerName!, "--threads", threads.ToString(),
                     "--batches", batches.ToString(), "--repeats", repeats.ToString(), "--layout", layout })
            start.ArgumentList.Add(a);
        start.Environment["LD_LIBRARY_PATH"] = libraryPath;
        start.Environment["OMP_NUM_THREADS"] = threads.ToString();
        start.Environment["OPENBLAS_NUM_THREADS"] = threads.ToString();
        using var peer = JsonDocument.Parse(LastLine(RunChild(start)));
        var r = peer.RootElement;
        return new Measurement(model.Name, side, "cpu", r.GetProperty("threads").GetInt32(), r.GetProperty("batch_size").GetInt32(), r.GetProperty("parameters").GetInt64(),
            r.GetProperty("train_images_per_second").GetDouble(), r.GetProperty("inference_images_per_second").GetDouble(),
            r.GetProperty("peak_rss_mb").GetDouble(), Details: $"torch {r.GetProperty("torch").GetString()}, {r.GetProperty("blas").GetString()}",
            Layout: r.GetProperty("layout").GetString());
    }

    static string RunChild(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(20))) { process.Kill(true); throw new TimeoutException($"{start.FileName} ran past 20 minutes"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{stderr.Result}{stdout.Result}");
        return stdout.Result;
    }

    static string LastLine(string output)
    {
        // the JSON object may span lines (indented); take from the last line that starts an object
        int start = output.LastIndexOf("\n{", StringComparison.Ordinal);
        return (start < 0 ? output : output[(start + 1)..]).Trim();
    }

    /// <summary>Runs a notebook in a fresh `cnn run`: seconds until its first cell finished, and in all.</summary>
    static (double? ColdStart, double? Total) NotebookTimes(string notebook)
    {
        var outDir = Directory.CreateTempSubdirectory("cnn-bench-notebook-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { typeof(BenchCommand).Assembly.Location, "run", notebook, "--out", outDir }) start.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            double? firstCell = null;
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null && firstCell is null && Regex.IsMatch(e.Data, @"cell \d+ ok in")) firstCell = clock.Elapsed.TotalSeconds;
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return process.ExitCode == 0 ? (firstCell, clock.Elapsed.TotalSeconds) : (null, null);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}

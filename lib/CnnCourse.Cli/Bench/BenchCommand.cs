using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CnnCourse.Cli.Bench;

/// <summary>
/// `cnn bench`: measures each model in a fresh child process (so peak RSS is per model), alternating with the
/// PyTorch peer (tests/peer/bench_pytorch.py on Debian's python3-torch, with reference BLAS and with OpenBLAS)
/// for several rounds at the same thread count; plus loader throughput and notebook start-up times.
/// Writes artifacts/bench/bench-TIMESTAMP.json and .md (and latest.json / latest.md).
/// </summary>
public static class BenchCommand
{
    const string PeerPython = "/usr/bin/python3";
    static readonly (string Side, string LibraryPath)[] PeerBlas =
    [
        ("PyTorch (Debian, reference BLAS)", "/usr/lib/x86_64-linux-gnu/blas"),
        ("PyTorch (Debian, OpenBLAS)", "/usr/lib/x86_64-linux-gnu/openblas-pthread"),
    ];

    public static int Run(string[] args, TextWriter log)
    {
        if (args.Length > 0 && args[0] == "measure") return Measure(args[1..], log);
        var options = Options.Parse(args, valued: ["--out", "--models", "--threads", "--rounds"], flags: ["--quick", "--peer"]);
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");
        bool quick = options.Has("--quick");
        int threads = options.GetInt("--threads", Environment.ProcessorCount);
        int rounds = options.GetInt("--rounds", quick ? 1 : 3);
        int repeats = quick ? 1 : 3;
        var models = (options.Get("--models")?.Split(',') ?? (quick ? ["lecture-cnn"] : BenchModel.All.Select(m => m.Name).ToArray()))
            .Select(BenchModel.Find).ToList();
        var outDir = Path.GetFullPath(options.Get("--out") ?? Path.Combine(CoursePaths.Artifacts, "bench"));
        bool peer = options.Has("--peer");
        if (peer && !File.Exists(PeerPython)) throw new UsageException($"--peer needs Debian's python3-torch ({PeerPython}); run environment/bench.sh, which installs it");

        var results = new List<BenchResult>();
        for (int round = 1; round <= rounds; round++)
        foreach (var model in models)
        {
            log.WriteLine($"[bench] round {round}/{rounds}: {model.Name} (CnnCourse, {threads} threads)");
            results.Add(MeasureInChild(model, threads, model.BatchesFor(quick), repeats) with { Round = round });
            if (!peer || model.PeerName is null) continue;
            foreach (var (side, libraryPath) in PeerBlas.Where(b => Directory.Exists(b.LibraryPath)))
            {
                log.WriteLine($"[bench] round {round}/{rounds}: {model.Name} ({side})");
                results.Add(MeasurePeer(model, side, libraryPath, threads, model.BatchesFor(quick), repeats) with { Round = round });
            }
        }

        log.WriteLine("[bench] data loader");
        var (loaderRate, loaderData) = ModelMeasurement.LoaderThroughput(128, quick ? 1 : 2);
        log.WriteLine("[bench] notebook start-up");
        var (cold, total) = NotebookTimes(Path.Combine(CoursePaths.Notebooks, "00-getting-started.ipynb"));

        var report = new BenchReport(DateTimeOffset.UtcNow, quick ? "quick" : "full", MachineFacts(threads), results, loaderRate, loaderData, cold, total);
        var stamp = report.Date.ToString("yyyyMMdd-HHmmss");
        var json = JsonSerializer.Serialize(report, BenchReport.Json);
        var markdown = report.ToMarkdown();
        foreach (var name in new[] { $"bench-{stamp}", "latest" })
        {
            AtomicFile.WriteAllText(Path.Combine(outDir, name + ".json"), json);
            AtomicFile.WriteAllText(Path.Combine(outDir, name + ".md"), markdown);
        }
        log.WriteLine(markdown);
        log.WriteLine($"[bench] wrote {Path.Combine(outDir, $"bench-{stamp}.json")} and .md");
        return 0;
    }

    /// <summary>`cnn bench measure --model NAME ...`: one model in this process; prints its BenchResult as JSON.</summary>
    static int Measure(string[] args, TextWriter log)
    {
        var o = Options.Parse(args, valued: ["--model", "--threads", "--batch-size", "--batches", "--repeats"]);
        var model = BenchModel.Find(o.Get("--model") ?? throw new UsageException("bench measure needs --model"));
        var result = ModelMeasurement.Run(model, o.GetInt("--threads", Environment.ProcessorCount), o.GetInt("--batch-size", 128), o.GetInt("--batches", 30), o.GetInt("--repeats", 3));
        log.WriteLine(JsonSerializer.Serialize(result, BenchReport.Json));
        return 0;
    }

    static BenchResult MeasureInChild(BenchModel model, int threads, int batches, int repeats)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { typeof(BenchCommand).Assembly.Location, "bench", "measure", "--model", model.Name, "--threads", threads.ToString(),
                     "--batches", batches.ToString(), "--repeats", repeats.ToString() })
            start.ArgumentList.Add(a);
        return JsonSerializer.Deserialize<BenchResult>(LastLine(RunChild(start)), BenchReport.Json)!;
    }

    static BenchResult MeasurePeer(BenchModel model, string side, string libraryPath, int threads, int batches, int repeats)
    {
        var start = new ProcessStartInfo(PeerPython) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(CoursePaths.Root, "tests", "peer", "bench_pytorch.py"), "--model", model.PeerName!, "--threads", threads.ToString(),
                     "--batches", batches.ToString(), "--repeats", repeats.ToString() })
            start.ArgumentList.Add(a);
        start.Environment["LD_LIBRARY_PATH"] = libraryPath;
        start.Environment["OMP_NUM_THREADS"] = threads.ToString();
        start.Environment["OPENBLAS_NUM_THREADS"] = threads.ToString();
        using var peer = JsonDocument.Parse(LastLine(RunChild(start)));
        var r = peer.RootElement;
        return new BenchResult(model.Name, side, 0, r.GetProperty("threads").GetInt32(), r.GetProperty("batch_size").GetInt32(), r.GetProperty("parameters").GetInt64(),
            r.GetProperty("train_images_per_second").GetDouble(), r.GetProperty("inference_images_per_second").GetDouble(),
            r.GetProperty("peak_rss_mb").GetDouble(), $"torch {r.GetProperty("torch").GetString()}, {r.GetProperty("blas").GetString()}");
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

    static Dictionary<string, string> MachineFacts(int threads)
    {
        var facts = Benchmarks.MachineFacts.Current().Rows().ToDictionary(r => r.Fact, r => r.Value);
        facts["threads (both sides)"] = threads.ToString();
        return facts;
    }
}

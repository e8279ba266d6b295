using System.Text.Json.Nodes;
using CnnCourse.Benchmarks;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Benchmarks;

[Trait("Category", "unit")]
public class BenchReportTests
{
    /// <summary>A report like notebook 04's: training steps only, with the timed runs.</summary>
    static BenchReport Throughput(string machine, DateTimeOffset started) => new(
        "why-gpu",
        started,
        "quick",
        MachineFacts.Current() with { MachineName = machine },
        [new Measurement("small CNN", "CnnCourse", "cpu", 2, 32, 1234, 32 * 2 / 0.5, WarmupBatches: 1, TimedBatches: 2, RepeatSeconds: [0.5, 0.4, 0.6])]);

    /// <summary>A report like `cnn bench`'s: two rounds of CnnCourse and a peer, plus the loader and notebook timings.</summary>
    static BenchReport Bench(long peerParameters = 421_642) => new(
        "bench",
        new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
        "quick",
        MachineFacts.Current() with { MachineName = "lab", TorchThreads = 2 },
        [
            new("lecture-cnn", "CnnCourse", "cpu", 2, 128, 421_642, 2000, 8000, 400, Round: 1, Details: "TorchSharp"),
            new("lecture-cnn", "PyTorch (Debian, OpenBLAS)", "cpu", 2, 128, peerParameters, 1000, 3000, 300, Round: 1, Details: "torch 1.13"),
            new("lecture-cnn", "CnnCourse", "cpu", 2, 128, 421_642, 3000, 9000, 450, Round: 2, Details: "TorchSharp"),
            new("lecture-cnn", "PyTorch (Debian, OpenBLAS)", "cpu", 2, 128, peerParameters, 1000, 6000, 350, Round: 2, Details: "torch 1.13"),
        ],
        LoaderBatchesPerSecond: 500, LoaderData: "Fashion-MNIST", NotebookColdStartSeconds: 3.5, NotebookTotalSeconds: 15);

    [Fact]
    public void Saves_json_and_markdown_atomically_under_machine_and_time_and_reads_back()
    {
        using var temp = new TempDirectory();
        var report = Throughput("lab pc/1", new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var path = report.Save(temp.Path);
        Assert.Equal(temp.File("lab_pc_1-20250304-050607.json"), path);
        Assert.Equal([path, Path.ChangeExtension(path, ".md")], Directory.GetFiles(temp.Path).Order());   // no temporary file left behind
        Assert.Equal(report.ToMarkdown(), File.ReadAllText(Path.ChangeExtension(path, ".md")));
        var back = BenchReport.Load(path);
        Assert.Equal(report.Machine, back.Machine);
        Assert.Equal(report.Started, back.Started);
        Assert.Equal(report.Measurements[0].RepeatSeconds, back.Measurements.Single().RepeatSeconds);
        Assert.Equal(report.Measurements[0] with { RepeatSeconds = null }, back.Measurements.Single() with { RepeatSeconds = null });
        Assert.Null(back.LoaderBatchesPerSecond);
    }

    [Fact]
    public void The_json_is_snake_case_and_leaves_out_what_was_not_measured()
    {
        using var temp = new TempDirectory();
        var json = JsonNode.Parse(File.ReadAllText(Throughput("a", DateTimeOffset.UnixEpoch).Save(temp.Path)))!.AsObject();
        Assert.Equal(["benchmark", "started", "profile", "machine", "measurements"], json.Select(p => p.Key));
        Assert.Equal("why-gpu", (string)json["benchmark"]!);
        Assert.Equal("a", (string)json["machine"]!["machine_name"]!);
        var measurement = json["measurements"]![0]!.AsObject();
        Assert.Equal(["model", "side", "device", "threads", "batch_size", "parameters", "train_images_per_second", "round", "warmup_batches", "timed_batches", "repeat_seconds"],
            measurement.Select(p => p.Key));
        Assert.Equal(128.0, (double)measurement["train_images_per_second"]!);

        var bench = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Bench(), BenchReport.Json))!.AsObject();
        Assert.Equal(500.0, (double)bench["loader_batches_per_second"]!);
        Assert.Equal(15.0, (double)bench["notebook_total_seconds"]!);
        Assert.Equal(8000.0, (double)bench["measurements"]![0]!["inference_images_per_second"]!);
        Assert.Equal(400.0, (double)bench["measurements"]![0]!["peak_rss_mb"]!);
    }

    [Fact]
    public void Loads_every_report_of_a_folder_oldest_first_and_names_broken_ones()
    {
        using var temp = new TempDirectory();
        Throughput("b", new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)).Save(temp.Path);
        Throughput("a", new DateTimeOffset(2025, 1, 3, 0, 0, 0, TimeSpan.Zero)).Save(temp.Path, alsoAsLatest: true);
        File.WriteAllText(temp.File("broken.json"), "{ not json");
        // the PascalCase format notebook 04 wrote before: not this format, so skipped rather than read with holes
        File.WriteAllText(temp.File("old.json"), """{ "Benchmark": "why-gpu", "Started": "2025-01-01T00:00:00+00:00", "Profile": "quick", "Results": [] }""");
        var skipped = new List<string>();
        var reports = BenchReport.LoadAll(temp.Path, skipped);
        Assert.Equal(["b", "a"], reports.Select(r => r.Machine.MachineName));   // latest.json is a copy: read once
        Assert.Equal(2, skipped.Count);
        Assert.Contains(skipped, s => s.Contains("broken.json"));
        Assert.Contains(skipped, s => s.Contains("old.json") && s.Contains("not a benchmark report"));
        Assert.Empty(BenchReport.LoadAll(temp.File("absent")));
    }

    [Fact]
    public void Saving_as_latest_writes_the_same_report_twice()
    {
        using var temp = new TempDirectory();
        var path = Bench().Save(temp.Path, alsoAsLatest: true);
        Assert.Equal(temp.File("lab-20250304-050607.json"), path);
        Assert.Equal(File.ReadAllText(path), File.ReadAllText(temp.File("latest.json")));
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(path, ".md")), File.ReadAllText(temp.File("latest.md")));
        Assert.Equal(4, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void The_summary_takes_the_median_over_rounds_and_the_highest_peak_memory()
    {
        var summary = Bench().Summary().ToList();
        Assert.Equal(["CnnCourse", "PyTorch (Debian, OpenBLAS)"], summary.Select(s => s.Side));
        Assert.Equal(2500, summary[0].TrainImagesPerSecond);
        Assert.Equal(8500, summary[0].InferenceImagesPerSecond);
        Assert.Equal(450, summary[0].PeakRssMb);
        Assert.Equal(4500, summary[1].InferenceImagesPerSecond);
        Assert.Equal(0, summary[1].Round);
    }

    [Fact]
    public void The_markdown_gives_the_peer_ratio_and_the_loader_and_notebook_timings()
    {
        var markdown = Bench().ToMarkdown();
        Assert.Contains("# CnnCourse benchmark bench, 2025-03-04 05:06 UTC (quick)", markdown);
        Assert.Contains("- Machine: lab", markdown);
        Assert.Contains("| model | side | parameters | train img/s | inference img/s | peak RSS MB | CnnCourse / side, train | CnnCourse / side, inference |", markdown);
        Assert.Contains("| lecture-cnn | CnnCourse | 421,642 | 2,500 | 8,500 | 450 |  |  |", markdown);
        Assert.Contains("| lecture-cnn | PyTorch (Debian, OpenBLAS) | 421,642 | 1,000 | 4,500 | 350 | 2.50x | 1.89x |", markdown);
        Assert.Contains("Every row: device cpu, threads 2, batch 128.", markdown);
        Assert.Contains("Data loader: 500 batches/s (Fashion-MNIST), 26x what the fastest model's training consumes.", markdown);
        Assert.Contains("whole notebook 15.0 s", markdown);
        Assert.Contains("- lecture-cnn: the lecture's CNN", markdown);
        Assert.Contains("- PyTorch (Debian, OpenBLAS): torch 1.13", markdown);
        Assert.DoesNotContain("NOT the same model", markdown);
        Assert.Contains("| 421,000 (NOT the same model) |", Bench(peerParameters: 421_000).ToMarkdown());
    }

    [Fact]
    public void The_markdown_of_a_throughput_run_shows_only_what_it_measured()
    {
        var report = Throughput("lab", DateTimeOffset.UnixEpoch) with
        {
            Measurements = [.. Throughput("lab", DateTimeOffset.UnixEpoch).Measurements, new Measurement("small CNN", "CnnCourse", "cuda", 2, 32, 1234, 6400)],
        };
        var markdown = report.ToMarkdown();
        Assert.Contains("| model | side | parameters | device | train img/s |", markdown);
        Assert.Contains("| small CNN | CnnCourse | 1,234 | cuda | 6,400 |", markdown);
        Assert.Contains("Every row: threads 2, batch 32.", markdown);
        Assert.DoesNotContain("inference", markdown);
        Assert.DoesNotContain("Data loader", markdown);
    }

    [Fact]
    public void The_fastest_rounds_are_compared_beside_the_medians_over_every_peer_configuration()
    {
        // A second peer configuration whose median ties the first's but whose first round is the fastest of all.
        var report = Bench() with
        {
            Measurements =
            [
                .. Bench().Measurements,
                new("lecture-cnn", "PyTorch (Debian, OpenBLAS, channels-last)", "cpu", 2, 128, 421_642, 1600, 500, 300, Round: 1),
                new("lecture-cnn", "PyTorch (Debian, OpenBLAS, channels-last)", "cpu", 2, 128, 421_642, 400, 500, 300, Round: 2),
            ],
        };
        var comparison = report.Comparisons().Single();
        Assert.Equal(2, comparison.Rounds);
        Assert.Equal(3000.0 / 1600, comparison.BestRoundTrainRatio);
        Assert.Equal(9000.0 / 6000, comparison.BestRoundInferenceRatio);
        Assert.Equal(2500.0 / 1000, comparison.TrainRatio);   // the medians stay the headline
        Assert.Contains("| lecture-cnn | 2 | 2 | 1.88x | 1.50x |", report.ToMarkdown());
        // One round: nothing to add to the medians.
        Assert.DoesNotContain("fastest round", AgainstEveryPeer().ToMarkdown());
    }

    /// <summary>A `cnn bench` report with the peer in four configurations and CnnCourse at two thread counts.</summary>
    static BenchReport AgainstEveryPeer() => new(
        "bench",
        new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
        "full",
        MachineFacts.Current() with { MachineName = "lab", TorchThreads = 2 },
        [
            new("unet", "CnnCourse", "cpu", 2, 128, 121_069, 400, 1500, 700, Round: 1, Layout: "channels-last",
                BareTrainImagesPerSecond: 410, BareInferenceImagesPerSecond: 1500, ForwardFlopsPerImage: 100e6, TrainFlopsPerImage: 300e6, MatmulGflops: 60),
            new("unet", "PyTorch (Debian, reference BLAS, NCHW)", "cpu", 2, 128, 121_069, 200, 1600, 800, Round: 1, Layout: "nchw"),
            new("unet", "PyTorch (Debian, reference BLAS, channels-last)", "cpu", 2, 128, 121_069, 300, 1000, 750, Round: 1, Layout: "channels-last"),
            new("unet", "PyTorch (Debian, OpenBLAS, NCHW)", "cpu", 2, 128, 121_069, 250, 700, 740, Round: 1, Layout: "nchw"),
            new("unet", "PyTorch (Debian, OpenBLAS, channels-last)", "cpu", 2, 128, 121_069, 320, 1200, 760, Round: 1, Layout: "channels-last"),
            // one thread: its own comparison, never against the two-thread peers
            new("unet", "CnnCourse", "cpu", 1, 128, 121_069, 250, 900, 690, Round: 1, Layout: "channels-last"),
            new("unet", "PyTorch (Debian, OpenBLAS, channels-last)", "cpu", 1, 128, 121_069, 200, 1000, 700, Round: 1, Layout: "channels-last"),
        ]);

    [Fact]
    public void Every_ratio_is_taken_against_the_fastest_peer_configuration_and_names_it()
    {
        var comparisons = AgainstEveryPeer().Comparisons();
        var two = comparisons.Single(c => c.Ours.Threads == 2);
        Assert.Equal("PyTorch (Debian, OpenBLAS, channels-last)", two.BestTrain.Side);
        Assert.Equal(400.0 / 320, two.TrainRatio);
        Assert.Equal("PyTorch (Debian, reference BLAS, NCHW)", two.BestInference!.Side);
        Assert.Equal(1500.0 / 1600, two.InferenceRatio);
        Assert.Equal(740, two.LowestPeerRssMb);
        var one = comparisons.Single(c => c.Ours.Threads == 1);
        Assert.Equal(250.0 / 200, one.TrainRatio);
        Assert.Equal(0.9, one.InferenceRatio);

        var markdown = AgainstEveryPeer().ToMarkdown();
        Assert.Contains("| unet | 2 | PyTorch (Debian, OpenBLAS, channels-last) | 1.25x | PyTorch (Debian, reference BLAS, NCHW) | 0.94x | 98 % | 100 % | 100.0 / 300.0 | 120.0 (200 %) | 150.0 (250 %) | 700 / 740 |", markdown);
        Assert.Contains("| unet | 1 | PyTorch (Debian, OpenBLAS, channels-last) | 1.25x | PyTorch (Debian, OpenBLAS, channels-last) | 0.90x |", markdown);
        Assert.Contains("60.0 GFLOP/s at 2 thread(s)", markdown);
    }
}

using System.Text.Json;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli;

/// <summary>`cnn bench --quick` writes a well-formed report (its speed is for the benchmark to say, not a test).</summary>
[Trait("Category", "bench")]
public class BenchCommandTests
{
    [Fact]
    public void Quick_bench_with_the_peer_writes_json_and_markdown()
    {
        using var temp = new TempDirectory();
        var result = CnnTool.Run(TimeSpan.FromMinutes(8), "bench", "--quick", "--peer", "--out", temp.Path);
        Assert.True(result.ExitCode == 0, result.Output);

        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("latest.json")));
        var root = report.RootElement;
        Assert.Equal("bench", root.GetProperty("benchmark").GetString());
        Assert.Equal("quick", root.GetProperty("profile").GetString());
        Assert.True(root.GetProperty("machine").GetProperty("torch_threads").GetInt32() > 0);   // the threads both sides ran with
        var measurements = root.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Contains(measurements, m => m.GetProperty("side").GetString() == "CnnCourse");
        Assert.Contains(measurements, m => m.GetProperty("side").GetString()!.StartsWith("PyTorch"));
        Assert.All(measurements, m =>
        {
            Assert.True(m.GetProperty("train_images_per_second").GetDouble() > 0);
            Assert.True(m.GetProperty("inference_images_per_second").GetDouble() > 0);
            Assert.True(m.GetProperty("peak_rss_mb").GetDouble() > 50);
            Assert.Equal(1, m.GetProperty("round").GetInt32());
        });
        var stamped = Directory.GetFiles(temp.Path, "*-*.json").Single();   // MACHINE-TIMESTAMP.json, of which latest.json is a copy
        Assert.Equal(File.ReadAllText(temp.File("latest.json")), File.ReadAllText(stamped));
        Assert.Equal(File.ReadAllText(temp.File("latest.md")), File.ReadAllText(Path.ChangeExtension(stamped, ".md")));
        Assert.True(root.GetProperty("loader_batches_per_second").GetDouble() > 0);
        Assert.False(root.TryGetProperty("notebook_total_seconds", out var notebook) && notebook.ValueKind != JsonValueKind.Null,
            "the quick bench ran a notebook: that is the full bench's work");

        var markdown = File.ReadAllText(temp.File("latest.md"));
        Assert.Contains("| lecture-cnn | CnnCourse |", markdown);
        Assert.Matches(@"\| lecture-cnn \| PyTorch \(Debian, reference BLAS, NCHW\) \| 421,642 \|.*\| \d+\.\d\dx \| \d+\.\d\dx \|", markdown);
        Assert.DoesNotContain("NOT the same model", markdown);

        // The peer runs in both layouts, and the headline ratio is against whichever configuration was fastest.
        var peers = measurements.Where(m => m.GetProperty("side").GetString()!.StartsWith("PyTorch")).ToList();
        Assert.Equal(["channels-last", "nchw"], peers.Select(m => m.GetProperty("layout").GetString()).Distinct().Order());
        var ours = measurements.Single(m => m.GetProperty("side").GetString() == "CnnCourse");
        var best = peers.MaxBy(m => m.GetProperty("train_images_per_second").GetDouble());
        double ratio = ours.GetProperty("train_images_per_second").GetDouble() / best.GetProperty("train_images_per_second").GetDouble();
        Assert.Contains($"| lecture-cnn | {ours.GetProperty("threads").GetInt32()} | {best.GetProperty("side").GetString()} | {ratio:F2}x |", markdown);
        // ... beside the bare loop, the FLOPs counted from the layers and the matrix multiply's GFLOP/s
        Assert.True(ours.GetProperty("bare_train_images_per_second").GetDouble() > 0);
        Assert.Equal(8_595_466, ours.GetProperty("forward_flops_per_image").GetDouble());
        Assert.True(ours.GetProperty("matmul_gflops").GetDouble() > 0);
        Assert.Matches(@"\| 8\.6 / 25\.2 \| \d+\.\d \(\d+ %\) \| \d+\.\d \(\d+ %\) \|", markdown);
    }

    /// <summary>A ratio only means something if the PyTorch twin is the same network: same parameter count, layer for layer.</summary>
    [Theory]
    [InlineData("lecture-cnn")]
    [InlineData("vgg-small")]
    [InlineData("small-resnet")]
    [InlineData("unet")]
    public void The_pytorch_twin_has_exactly_our_parameter_count(string name)
    {
        var model = CnnCourse.Benchmarks.BenchModel.Find(name);
        long ours;
        using (var module = model.Create()) ours = module.parameters().Sum(p => p.numel());
        var start = new System.Diagnostics.ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(CnnTool.Root, "tests", "peer", "bench_pytorch.py"), "--model", model.PeerName!, "--threads", "1", "--count-parameters" })
            start.ArgumentList.Add(a);
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(ours, long.Parse(result.Output.Trim()));
    }

    [Fact]
    public void Unknown_models_are_refused_with_the_known_ones()
    {
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "bench", "--models", "alexnet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown model 'alexnet'; models: lecture-cnn", result.Output);
    }
}

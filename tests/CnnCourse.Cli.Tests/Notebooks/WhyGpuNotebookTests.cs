using CnnCourse.Benchmarks;
using CnnCourse.Lecture;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class WhyGpuRun : NotebookRun
{
    public WhyGpuRun() : base("04-why-gpu.ipynb", TimeSpan.FromMinutes(10), output => new Dictionary<string, string?> { ["CNN_ARTIFACTS"] = output.File("artifacts") }) { }
    public string Artifacts => Output.File("artifacts");
}

/// <summary>04-why-gpu in the quick profile: what was measured on this machine, and nothing invented for a GPU it lacks.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("04-why-gpu.ipynb")]
public class WhyGpuNotebookTests(WhyGpuRun run) : IClassFixture<WhyGpuRun>
{
    [Fact]
    public void The_lectures_speedup_is_computed_from_its_figures()
    {
        Assert.Equal(734.0 / 27.0, LectureEpochTimes.SpeedUp, 12);
        Assert.Contains("Speed-up on the slide: 734 s / 27 s = 27.2x", File.ReadAllText(run.Output.File("04-why-gpu.html")));
    }

    [Fact]
    [Claim("Whether more threads help depends on the machine")]
    public void The_slides_model_is_timed_for_seconds_per_point_on_the_cpu_and_a_gpu_only_when_there_is_one()
    {
        bool cuda = TorchSharp.torch.cuda.is_available();
        Assert.Equal(cuda, run.Flag("gpu"));
        Assert.Equal(1_250_858, run.Whole("slideSummary.TotalParameters"));   // Keras's cifar10_cnn.py
        var pool2 = run.Get("slideSummary.Layers").AsArray().Single(l => (string)l!["Name"]! == "features.pool2");
        Assert.Equal([1L, 64, 6, 6], pool2!["OutputShape"]!.AsArray().Select(d => (long)d!));
        var results = run.Get("results").AsArray();
        Assert.Equal(cuda ? 6 : 3, results.Count);   // 3 batch sizes per device
        Assert.Equal(cuda ? 3 : 0, results.Count(r => (string)r!["Device"]! == "cuda"));
        // Real steps: every point is at least three runs of at least a second each (the first run's estimate may undershoot a little).
        Assert.All(results, r => Assert.True(r!["RepeatSeconds"]!.AsArray().Sum(x => (double)x!) >= 2.5, $"{r!["BatchSize"]}: {r["RepeatSeconds"]!.ToJsonString()}"));
        var speedUpNames = run.Get("speedUps").AsArray().Select(line => (string)line![0]!).ToList();   // (name, batch sizes, speed-ups)
        Assert.Single(speedUpNames);
        Assert.All(speedUpNames, name => Assert.Contains(cuda ? "GPU / CPU" : "CPU, batch b / batch 8", name));
        Assert.True(run.Number("threadSpeedUp") > 0);
        // The verdict printed under the thread comparison is the one the measured figures call for.
        double threads = run.Number("threadSpeedUp");
        // With one thread (one core, or OMP_NUM_THREADS=1) there is nothing to compare, and the notebook says so.
        Assert.Contains(run.Whole("allThreads.Threads") == 1 ? "torch uses one thread here"
            : threads >= 1.1 ? "more threads helped" : threads > 0.9 ? "no real difference" : "more threads were slower", run.Text("threadVerdict"));
    }

    [Fact]
    public void Every_bar_is_labelled_measured_or_extrapolated_and_like_stands_next_to_like()
    {
        bool cuda = TorchSharp.torch.cuda.is_available();
        var labels = run.Get("bars").AsArray().Select(b => (string)b![0]!).ToList();
        Assert.Equal(cuda ? 4 : 3, labels.Count);
        Assert.All(labels, l => Assert.True(l.Contains("(measured)") || l.Contains("(extrapolated)"), l));
        Assert.Equal("slide, CPU (measured)", labels[0]);
        Assert.Equal("this machine, CPU (extrapolated)", labels[1]);
        double cpuEpoch = run.Number("ourCpuEpoch");
        Assert.Equal(50_000 / run.Number("cpuAt32.TrainImagesPerSecond"), cpuEpoch, 6);
    }

    [Fact]
    public void The_two_cpus_are_compared_by_the_arithmetic_rate_they_sustained()
    {
        long flops = CnnCourse.Models.FlopCount.Of(new CnnCourse.Models.KerasCifar10Cnn(), 3, 32, 32).TrainPerImage;
        Assert.Equal(flops, run.Whole("slideFlops.TrainPerImage"));
        Assert.Equal(flops * (double)LectureEpochTimes.TrainImages / LectureEpochTimes.WithoutGpuSeconds / 1e9, run.Number("slideGflops"), 1e-9);   // the slide's CPU epoch
        Assert.Equal(flops * run.Number("cpuAt32.TrainImagesPerSecond") / 1e9, run.Number("ourGflops"), 1e-6);
        Assert.Contains(run.Text("vectorUnits")[..4], new[] { "AVX-", "AVX2", "not " });
    }

    [Fact]
    public void The_run_is_saved_as_json_and_markdown_with_the_machine_facts()
    {
        var path = Path.Combine(run.Artifacts, "why-gpu", Path.GetFileName(run.Text("path")));
        var report = BenchReport.Load(path);
        Assert.Equal("why-gpu", report.Benchmark);
        Assert.Equal("quick", report.Profile);
        Assert.Equal(run.Whole("machine.TorchThreads"), report.Machine.TorchThreads);
        Assert.Equal(MachineFacts.ReadCpuModel(), report.Machine.CpuModel);
        Assert.Equal(3, report.Measurements.Count(r => r.Device == "cpu"));
        Assert.All(report.Measurements, r => Assert.True(r.TrainImagesPerSecond > 0 && r.RepeatSeconds?.Length == 3));
        Assert.Equal(["Keras CIFAR-10 CNN"], report.Measurements.Select(r => r.Model).Distinct());
        Assert.Equal(report.ToMarkdown(), File.ReadAllText(Path.ChangeExtension(path, ".md")));   // the same report in Markdown beside it
    }

    [Fact]
    public void The_page_says_plainly_when_no_gpu_was_found_and_every_chart_draws()
    {
        var htmlPath = run.Output.File("04-why-gpu.html");
        var html = File.ReadAllText(htmlPath);
        if (!TorchSharp.torch.cuda.is_available())
        {
            Assert.Contains("No GPU was found", html);
            Assert.Contains("no GPU found: speed-up from batching on the CPU", html);
        }
        var dom = Chromium.RenderedDom(htmlPath);
        int charts = Chromium.Count(html, "class=\"cnn-chart\"");
        Assert.Equal(3, charts);
        Assert.Equal(charts, Chromium.Count(dom, "class=\"plot-container plotly\""));
    }

    [Fact]
    public void The_exercises_self_check_waits_for_the_students_answer()
    {
        // Shipped with zeros: the check asks for an answer instead of judging it (SelfCheckTests judge answers).
        foreach (var check in new[] { "slideConv1Check" })
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
        Assert.Contains("32 filters of 3×3 over 3 input channels", run.Text("slideConv1Check.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

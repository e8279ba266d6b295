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
    public void Both_models_are_timed_on_the_cpu_and_a_gpu_only_when_there_is_one()
    {
        bool cuda = TorchSharp.torch.cuda.is_available();
        Assert.Equal(cuda, run.Flag("gpu"));
        Assert.Equal(545_098, run.Whole("smallSummary.TotalParameters"));
        Assert.Equal(814_122, run.Whole("vggSummary.TotalParameters"));
        var devices = run.Get("results").AsArray().Select(r => (string)r!["Device"]!).ToList();
        Assert.Equal(cuda ? 12 : 6, devices.Count);   // 2 models x 3 batch sizes per device
        Assert.Equal(cuda ? 6 : 0, devices.Count(d => d == "cuda"));
        var speedUpNames = run.Get("speedUps").AsArray().Select(line => (string)line![0]!).ToList();   // (name, batch sizes, speed-ups)
        Assert.Equal(2, speedUpNames.Count);
        Assert.All(speedUpNames, name => Assert.Contains(cuda ? "GPU / CPU" : "CPU, batch b / batch 8", name));
        var cpuAtBatch32 = run.Get("atBatch32").AsArray().Where(r => (string)r!["Device"]! == "cpu").ToList();
        Assert.Equal(["small CNN", "VGG-style"], cpuAtBatch32.Select(r => (string)r!["Model"]!));
        Assert.All(cpuAtBatch32, r => Assert.True((double)r!["TrainImagesPerSecond"]! > 0));   // so its seconds per CIFAR-10 epoch are finite
        Assert.True(run.Number("threadSpeedUp") > 0);
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
        Assert.Equal(6, report.Measurements.Count(r => r.Device == "cpu"));
        Assert.All(report.Measurements, r => Assert.True(r.TrainImagesPerSecond > 0 && r.RepeatSeconds?.Length == 3));
        Assert.Equal(["small CNN", "VGG-style"], report.Measurements.Select(r => r.Model).Distinct());
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
}

using System.Text.Json.Nodes;
using CnnCourse.Benchmarks;
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
    JsonObject R => run.Results;

    [Fact]
    public void The_lectures_speedup_is_computed_from_its_figures()
    {
        Assert.Equal(734.0 / 27.0, (double)R["lecture_speedup"]!, 12);
    }

    [Fact]
    public void Both_models_are_timed_on_the_cpu_and_a_gpu_only_when_there_is_one()
    {
        bool cuda = TorchSharp.torch.cuda.is_available();
        Assert.Equal(cuda, (bool)R["gpu_found"]!);
        Assert.Equal(545_098, (long)R["small_cnn_parameters"]!);
        Assert.Equal(814_122, (long)R["vgg_style_parameters"]!);
        Assert.Equal(cuda ? 12 : 6, (int)R["results"]!);   // 2 models x 3 batch sizes per device
        Assert.Equal(cuda ? 6 : 0, (int)R["gpu_results"]!);
        Assert.Equal(cuda, R.ContainsKey("gpu_speedup_max"));
        Assert.True((double)R["cpu_epoch_seconds_small_cnn"]! > 0);
        Assert.True((double)R["cpu_epoch_seconds_vgg_style"]! > 0);
        Assert.True((double)R["thread_speedup"]! > 0);
    }

    [Fact]
    public void The_run_is_saved_as_json_and_markdown_with_the_machine_facts()
    {
        var path = Path.Combine(run.Artifacts, "why-gpu", (string)R["report_file"]!);
        var report = BenchReport.Load(path);
        Assert.Equal("why-gpu", report.Benchmark);
        Assert.Equal("quick", report.Profile);
        Assert.Equal((int)R["torch_threads"]!, report.Machine.TorchThreads);
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

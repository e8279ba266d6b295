using CnnCourse.Benchmarks;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Benchmarks;

[Trait("Category", "unit")]
public class ThroughputReportTests
{
    static ThroughputReport Sample(string machine, DateTimeOffset started) => new(
        "why-gpu",
        MachineFacts.Current() with { MachineName = machine },
        started,
        "quick",
        [new ThroughputResult("small CNN", 1234, "cpu", 2, 32, 1, 2, 3, [0.5, 0.4, 0.6])]);

    [Fact]
    public void Saves_atomically_under_machine_and_time_and_reads_back()
    {
        using var temp = new TempDirectory();
        var report = Sample("lab pc/1", new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero));
        var path = report.Save(temp.Path);
        Assert.Equal(temp.File("lab_pc_1-20250304-050607.json"), path);
        Assert.Equal([path], Directory.GetFiles(temp.Path));   // no temporary file left behind
        var back = ThroughputReport.Load(path);
        Assert.Equal(report.Machine, back.Machine);
        Assert.Equal(report.Started, back.Started);
        Assert.Equal(report.Results[0].RepeatSeconds, back.Results.Single().RepeatSeconds);
        Assert.Equal(report.Results[0].ImagesPerSecond, back.Results.Single().ImagesPerSecond);
    }

    [Fact]
    public void Loads_every_report_of_a_folder_oldest_first_and_names_broken_ones()
    {
        using var temp = new TempDirectory();
        Sample("b", new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)).Save(temp.Path);
        Sample("a", new DateTimeOffset(2025, 1, 3, 0, 0, 0, TimeSpan.Zero)).Save(temp.Path);
        File.WriteAllText(temp.File("broken.json"), "{ not json");
        var skipped = new List<string>();
        var reports = ThroughputReport.LoadAll(temp.Path, skipped);
        Assert.Equal(["b", "a"], reports.Select(r => r.Machine.MachineName));
        Assert.Contains(skipped, s => s.Contains("broken.json"));
        Assert.Empty(ThroughputReport.LoadAll(temp.File("absent")));
    }

    [Fact]
    public void Machine_facts_read_the_cpu_model_from_cpuinfo()
    {
        using var temp = new TempDirectory();
        var cpuinfo = temp.File("cpuinfo");
        File.WriteAllText(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Test CPU @ 2.00GHz\nflags\t\t: sse\n");
        Assert.Equal("Test CPU @ 2.00GHz", MachineFacts.ReadCpuModel(cpuinfo));
        var facts = MachineFacts.Current();
        Assert.True(facts.LogicalCores >= 1);
        Assert.True(facts.TorchThreads >= 1);
        Assert.Equal("0.107.0", facts.TorchSharpVersion);
        Assert.Equal(TorchSharp.torch.cuda.is_available(), facts.CudaAvailable);
    }
}

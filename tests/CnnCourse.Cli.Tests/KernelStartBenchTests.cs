using System.Diagnostics;
using System.Text.Json;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli;

/// <summary>
/// environment/kernel_start_bench.py, one round: the installed C# kernel and the Python twin of notebook 02 both run
/// through Jupyter's client, both show the lecture's 2,356 parameters (the script refuses a run that does not), and the
/// report holds each case's CPU-seconds and its ratio to Python. What the ratio is, is for the benchmark to say.
/// </summary>
[Trait("Category", "bench")]
public class KernelStartBenchTests
{
    [Fact]
    public void One_round_measures_the_csharp_kernel_against_the_python_twin()
    {
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        foreach (var arg in new[] { Path.Combine(CoursePaths.Root, "environment", "kernel_start_bench.py"), "--rounds", "1", "--settings", "", "--out", temp.File("kernel-start.json") })
            start.ArgumentList.Add(arg);
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"kernel_start_bench.py exited {result.ExitCode}:\n{result.Output}");

        using var report = JsonDocument.Parse(File.ReadAllText(temp.File("kernel-start.json")));
        var cases = report.RootElement.GetProperty("summary").EnumerateArray().ToDictionary(c => c.GetProperty("case").GetString()!);
        Assert.Equal(["python-02", "csharp-one-line", "csharp-setup", "csharp-02"], cases.Keys);
        Assert.Equal(1.0, cases["python-02"].GetProperty("cpu_ratio_to_python_02").GetDouble());
        foreach (var (name, c) in cases)
        {
            Assert.True(c.GetProperty("cpu_s").GetDouble() > 0, $"{name}: no CPU time read");
            Assert.True(c.GetProperty("end_s").GetDouble() >= c.GetProperty("first_cell_s").GetDouble(), $"{name}: ended before its first cell");
        }
        // The kernel's JIT is counted, and the whole notebook compiles more than its first cell.
        Assert.True(cases["csharp-02"].GetProperty("jit_methods").GetDouble() > cases["csharp-one-line"].GetProperty("jit_methods").GetDouble());
    }
}

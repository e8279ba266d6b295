using CnnCourse.Benchmarks;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Benchmarks;

[Trait("Category", "unit")]
public class MachineFactsTests
{
    [Fact]
    public void Machine_facts_read_the_cpu_model_from_cpuinfo()
    {
        using var temp = new TempDirectory();
        var cpuinfo = temp.File("cpuinfo");
        File.WriteAllText(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Test CPU @ 2.00GHz\nflags\t\t: sse\n");
        Assert.Equal("Test CPU @ 2.00GHz", MachineFacts.ReadCpuModel(cpuinfo));
        Assert.StartsWith("not read here", MachineFacts.ReadVectorUnits(cpuinfo));   // flags: sse only
        File.WriteAllText(cpuinfo, "flags\t\t: sse avx2 fma\n");
        Assert.StartsWith("AVX2 (8", MachineFacts.ReadVectorUnits(cpuinfo));
        File.WriteAllText(cpuinfo, "flags\t\t: sse avx2 avx512f\n");
        Assert.StartsWith("AVX-512 (16", MachineFacts.ReadVectorUnits(cpuinfo));
        var facts = MachineFacts.Current();
        Assert.True(facts.LogicalCores >= 1);
        Assert.True(facts.TorchThreads >= 1);
        Assert.Equal("0.107.0", facts.TorchSharpVersion);
        Assert.Equal(TorchSharp.torch.cuda.is_available(), facts.CudaAvailable);
    }

    [Fact]
    public void A_students_table_leaves_out_the_process_tuning_a_report_keeps()
    {
        var facts = MachineFacts.Current();
        var report = facts.Rows().Select(r => r.Fact).ToList();
        var student = facts.Rows(withTuning: false).Select(r => r.Fact).ToList();
        Assert.Contains("OpenMP threads waiting", report);
        Assert.Contains("glibc allocator", report);
        Assert.DoesNotContain("OpenMP threads waiting", student);
        Assert.DoesNotContain("glibc allocator", student);
        Assert.Equal(report.Take(student.Count), student);   // the hardware rows, in the same order
    }
}

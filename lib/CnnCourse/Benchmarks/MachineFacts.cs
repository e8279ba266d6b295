using System.Runtime.InteropServices;
using TorchSharp;

namespace CnnCourse.Benchmarks;

/// <summary>What a timing depends on besides the model: the CPU, how many threads torch uses, the library versions and the device.</summary>
public sealed record MachineFacts(
    string MachineName,
    string CpuModel,
    int LogicalCores,
    int TorchThreads,
    string TorchSharpVersion,
    string Backend,
    bool CudaAvailable,
    int CudaDevices,
    string Os,
    string DotNet,
    string ThreadWaiting = "unknown",
    bool AllocatorTuned = false)
{
    /// <summary>This machine now (the CPU model comes from /proc/cpuinfo on Linux).</summary>
    public static MachineFacts Current()
    {
        TorchRuntime.EnsureLoaded();
        bool cuda = torch.cuda.is_available();
        return new MachineFacts(
            Environment.MachineName,
            ReadCpuModel(),
            Environment.ProcessorCount,
            torch.get_num_threads(),
            typeof(torch).Assembly.GetName().Version?.ToString(3) ?? "unknown",
            TorchRuntime.BuildBackend,
            cuda,
            cuda ? torch.cuda.device_count() : 0,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            CpuTuning.ThreadWaiting,
            CpuTuning.AllocatorTuned);
    }

    /// <summary>
    /// The facts as rows of a table, for display. <paramref name="withTuning"/>: also the process tuning the kit applies
    /// (OpenMP waiting, glibc's allocator), which belongs in a benchmark report but not in a student's notebook.
    /// </summary>
    public IReadOnlyList<MachineFact> Rows(bool withTuning = true) => withTuning ? [.. Hardware(), .. Tuning()] : Hardware();

    IReadOnlyList<MachineFact> Hardware() =>
    [
        new("Machine", MachineName),
        new("CPU", CpuModel),
        new("Logical cores", LogicalCores.ToString()),
        new("Threads torch uses", TorchThreads.ToString()),
        new("GPU (CUDA)", CudaAvailable ? $"yes, {CudaDevices} device(s)" : "none found (torch.cuda.is_available() is false)"),
        new("TorchSharp", $"{TorchSharpVersion} (backend build: {Backend})"),
        new("OS", Os),
        new(".NET", DotNet),
    ];

    IReadOnlyList<MachineFact> Tuning() =>
    [
        new("OpenMP threads waiting", ThreadWaiting),
        new("glibc allocator", AllocatorTuned ? $"keeps freed activations (mmap threshold {CpuTuning.MmapThresholdBytes >> 20} MB, trim threshold {CpuTuning.TrimThresholdBytes >> 20} MB)" : "glibc's defaults (or the user's settings)"),
    ];

    /// <summary>
    /// The widest vector units the CPU offers for single-precision arithmetic, from the "flags" line of /proc/cpuinfo:
    /// AVX-512 (16 numbers per instruction), AVX2 (8), or a sentence saying it could not tell.
    /// </summary>
    public static string ReadVectorUnits(string cpuinfo = "/proc/cpuinfo")
    {
        var flags = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal)) ?? "" : "";
        var set = flags[(flags.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return set.Contains("avx512f") ? "AVX-512 (16 single-precision numbers per instruction)"
            : set.Contains("avx2") ? "AVX2 (8 single-precision numbers per instruction)"
            : "not read here (no /proc/cpuinfo, or neither AVX2 nor AVX-512)";
    }

    /// <summary>The "model name" line of /proc/cpuinfo, else the processor architecture.</summary>
    public static string ReadCpuModel(string cpuinfo = "/proc/cpuinfo")
    {
        if (File.Exists(cpuinfo))
        {
            foreach (var line in File.ReadLines(cpuinfo))
            {
                int colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim() == "model name") return line[(colon + 1)..].Trim();
            }
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}

/// <summary>One row of <see cref="MachineFacts.Rows"/>.</summary>
public sealed record MachineFact(string Fact, string Value);

using System.Runtime.InteropServices;

namespace CnnCourse;

/// <summary>
/// Two process-wide settings that make libtorch faster on the CPU, applied by <see cref="TorchRuntime"/> once,
/// before libtorch loads. The measurements behind both are in docs/platform-notes.md ("Busy cores", "Freed memory")
/// and docs/performance.md.
/// <list type="bullet">
/// <item><b>OpenMP threads spin briefly, then sleep</b> (GOMP_SPINCOUNT=<see cref="SpinCount"/>). libgomp's default
/// spins for milliseconds at every barrier: free on an idle machine, but when something else wants the cores (a second
/// notebook, a test run) the spinning threads starve the ones doing the work. Sleeping at once
/// (OMP_WAIT_POLICY=PASSIVE) fixes that but is slower alone, because a small model runs hundreds of short parallel
/// regions per batch and pays a wake-up for each. A short spin bridges the gap between two operators: alone it is
/// close to full spinning, under contention as good as PASSIVE.</item>
/// <item><b>glibc keeps freed activation memory</b> (mallopt: blocks up to <see cref="MmapThresholdBytes"/> come from
/// the heap, and up to <see cref="TrimThresholdBytes"/> of free heap stays mapped). libtorch's CPU allocator is plain
/// malloc: every batch frees and re-allocates the same multi-megabyte activations, and with glibc's defaults many
/// of them are returned to the kernel and faulted back in, page by zeroed page, the next batch. What is kept but
/// fragmented goes back to the system once it piles up (<see cref="NativeHeap.ReleaseFreePagesIfGrown"/>).</item>
/// </list>
/// Setting OMP_WAIT_POLICY or GOMP_SPINCOUNT yourself keeps your choice; so do MALLOC_* variables or glibc malloc
/// tunables. CNN_CPU_TUNING=off turns both settings off (to measure what they buy).
/// </summary>
public static class CpuTuning
{
    /// <summary>Spin iterations before an idle OpenMP thread sleeps (libgomp counts ~100,000 per millisecond).</summary>
    public const int SpinCount = 3000;

    /// <summary>Blocks this large or larger are mmapped by glibc (and unmapped when freed); smaller ones come from the heap.</summary>
    public const int MmapThresholdBytes = 32 << 20;

    /// <summary>Free memory at the top of a glibc heap beyond this is returned to the kernel.</summary>
    public const int TrimThresholdBytes = 256 << 20;

    const int M_TRIM_THRESHOLD = -1, M_MMAP_THRESHOLD = -3;

    /// <summary>What the OpenMP threads do while they wait, as applied (or as the user set it).</summary>
    public static string ThreadWaiting { get; private set; } = "not applied yet (libtorch not loaded)";

    /// <summary>Whether glibc's allocator was tuned (false when the user tuned it, turned tuning off, or this is not glibc).</summary>
    public static bool AllocatorTuned { get; private set; }

    static bool applied;

    /// <summary>Applies both settings, once; called by <see cref="TorchRuntime"/> before it loads libtorch.</summary>
    internal static void Apply()
    {
        if (applied) return;
        applied = true;
        bool off = Settings.CpuTuning.IsOff;
        ThreadWaiting = ApplySpinCount(off);
        AllocatorTuned = !off && ApplyAllocator();
    }

    static string ApplySpinCount(bool off)
    {
        var policy = Environment.GetEnvironmentVariable("OMP_WAIT_POLICY");
        var spin = Environment.GetEnvironmentVariable("GOMP_SPINCOUNT");
        if (!string.IsNullOrEmpty(policy) || !string.IsNullOrEmpty(spin))
            return string.Join(", ", new[] { ("OMP_WAIT_POLICY", policy), ("GOMP_SPINCOUNT", spin) }
                .Where(v => !string.IsNullOrEmpty(v.Item2)).Select(v => $"{v.Item1}={v.Item2}")) + " (set by the user)";
        if (off) return "libgomp's default (spin up to ~3 ms, then sleep)";
        // libgomp reads these from the process's native environment once, when it is loaded;
        // Environment.SetEnvironmentVariable does not reach that environment on Linux, libc's setenv does.
        if (OperatingSystem.IsLinux()) setenv("GOMP_SPINCOUNT", SpinCount.ToString(), 0);
        return $"GOMP_SPINCOUNT={SpinCount} (spin briefly, then sleep)";
    }

    static bool ApplyAllocator()
    {
        if (!OperatingSystem.IsLinux()) return false;
        var vars = Environment.GetEnvironmentVariables().Keys.Cast<string>();
        bool userTuned = vars.Any(k => k.StartsWith("MALLOC_", StringComparison.Ordinal))
                         || (Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "").Contains("glibc.malloc.", StringComparison.Ordinal);
        if (userTuned) return false;
        try
        {
            // Setting either threshold turns off glibc's own adjustment of both, so set both.
            return mallopt(M_MMAP_THRESHOLD, MmapThresholdBytes) == 1 && mallopt(M_TRIM_THRESHOLD, TrimThresholdBytes) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            return false;   // not glibc (e.g. musl): nothing to tune
        }
    }

    [DllImport("libc")]
    static extern int setenv(string name, string value, int overwrite);

    [DllImport("libc")]
    static extern int mallopt(int param, int value);
}

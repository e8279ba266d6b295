using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace CnnCourse;

/// <summary>
/// Loads TorchSharp's own native libraries by absolute path before the first torch call.
/// Without this, a libtorch installed system-wide (Debian's python3-torch puts libtorch 1.13 into
/// /usr/lib/x86_64-linux-gnu) can be picked up instead, and TorchSharp fails with
/// "undefined symbol: FLAGS_caffe2_log_level". Safe to call many times.
/// <para>
/// Before loading, it applies <see cref="CpuTuning"/> (how OpenMP threads wait, how glibc keeps freed memory).
/// </para>
/// </summary>
public static class TorchRuntime
{
    static readonly Lazy<string> nativeDirectory = new(LoadNatives, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder the native libtorch was loaded from.</summary>
    public static string NativeDirectory => nativeDirectory.Value;

    /// <summary>The backend this library was built for: "cpu" (default) or "cuda".</summary>
    public static string BuildBackend =>
        typeof(TorchRuntime).Assembly.GetCustomAttribute<BuildInfoAttribute>()?.Backend ?? "cpu";

    public static void EnsureLoaded() => _ = nativeDirectory.Value;

    static string LoadNatives()
    {
        if (!OperatingSystem.IsLinux()) return "";   // elsewhere TorchSharp's own loader is fine
        var candidates = new List<string>();
        foreach (var assembly in new[] { typeof(torch).Assembly, typeof(TorchRuntime).Assembly })
        {
            var dir = Path.GetDirectoryName(assembly.Location);
            if (string.IsNullOrEmpty(dir)) continue;
            candidates.Add(dir);
            candidates.Add(Path.Combine(dir, "runtimes", "linux-x64", "native"));
        }
        candidates.Add(AppContext.BaseDirectory);
        var found = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "libtorch.so")) && File.Exists(Path.Combine(d, "libLibTorchSharp.so")));
        if (found is null)
            throw new DllNotFoundException(
                "TorchSharp's native libraries (libtorch.so, libLibTorchSharp.so) were not found beside " +
                $"{typeof(torch).Assembly.Location}; looked in: {string.Join(", ", candidates.Distinct())}. Rebuild the course (dotnet build).");

        CpuTuning.Apply();   // before libtorch (and its libgomp) load: libgomp reads its settings once

        // Order matters: the dependencies first, each by absolute path, so that none comes from /usr/lib.
        foreach (var name in new[] { "libc10.so", "libtorch_cpu.so", "libc10_cuda.so", "libtorch_cuda.so", "libtorch.so", "libLibTorchSharp.so" })
        {
            var path = Path.Combine(found, name);
            if (File.Exists(path)) NativeLibrary.Load(path);
        }
        return found;
    }
}

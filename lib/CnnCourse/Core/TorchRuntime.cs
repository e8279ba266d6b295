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
/// Before loading, it also makes libtorch's OpenMP threads sleep rather than spin while they wait
/// (<see cref="WaitPolicy"/>), unless the user set OMP_WAIT_POLICY.
/// </para>
/// </summary>
public static class TorchRuntime
{
    /// <summary>
    /// The OpenMP wait policy set for libtorch when the environment does not set one. By default libgomp's
    /// threads spin for a while at every barrier. That is free on an otherwise idle machine, but when another
    /// process competes for the cores (a second notebook, a test run, a browser), spinning threads keep their
    /// cores from the threads doing the work. Measured here with two trainings at once on 2 cores: 62 images/s
    /// each with spinning, about 1,500 with PASSIVE. Alone on the machine, PASSIVE costs 10-30 % (small models
    /// suffer most); OMP_WAIT_POLICY=ACTIVE gets that back on a machine nothing else uses.
    /// </summary>
    public const string WaitPolicy = "PASSIVE";

    /// <summary>The policy in force: the user's OMP_WAIT_POLICY, else <see cref="WaitPolicy"/>.</summary>
    public static string EffectiveWaitPolicy =>
        Environment.GetEnvironmentVariable("OMP_WAIT_POLICY") is { Length: > 0 } user ? user : WaitPolicy;

    [DllImport("libc", EntryPoint = "setenv")]
    static extern int SetNativeEnvironmentVariable(string name, string value, int overwrite);

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

        // libgomp reads OMP_WAIT_POLICY from the process's native environment once, when it is loaded, and
        // Environment.SetEnvironmentVariable does not reach that environment on Linux; libc's setenv does.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OMP_WAIT_POLICY")))
            SetNativeEnvironmentVariable("OMP_WAIT_POLICY", WaitPolicy, overwrite: 0);

        // Order matters: the dependencies first, each by absolute path, so that none comes from /usr/lib.
        foreach (var name in new[] { "libc10.so", "libtorch_cpu.so", "libc10_cuda.so", "libtorch_cuda.so", "libtorch.so", "libLibTorchSharp.so" })
        {
            var path = Path.Combine(found, name);
            if (File.Exists(path)) NativeLibrary.Load(path);
        }
        return found;
    }
}

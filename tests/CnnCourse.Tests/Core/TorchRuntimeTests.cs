using TorchSharp;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class TorchRuntimeTests
{
    static IEnumerable<string> MappedLibraries(string fileName) =>
        File.ReadLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 6 && Path.GetFileName(p[5]) == fileName).Select(p => p[5]).Distinct();

    [Fact]
    public void Libtorch_comes_from_our_build_not_from_the_system()
    {
        // Debian's python3-torch puts libtorch 1.13 into /usr/lib/x86_64-linux-gnu (installed by
        // environment/setup.sh --test-extras, so CI checks this with the shadowing copy present).
        using var x = torch.ones(3).sum();
        Assert.Equal(3f, x.item<float>());
        foreach (var lib in new[] { "libtorch_cpu.so", "libc10.so", "libtorch.so", "libLibTorchSharp.so" })
        {
            var mapped = MappedLibraries(lib).ToList();
            Assert.True(mapped.Count == 1, $"{lib} mapped from: {string.Join(", ", mapped)}");
            Assert.StartsWith(TorchRuntime.NativeDirectory, mapped[0]);
            Assert.DoesNotContain("/usr/lib", mapped[0]);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getenv")]
    static extern IntPtr NativeGetEnvironmentVariable(string name);

    static string? NativeEnvironment(string name) =>
        System.Runtime.InteropServices.Marshal.PtrToStringAnsi(NativeGetEnvironmentVariable(name));

    [Fact]
    public void Libtorch_threads_spin_briefly_unless_the_user_chose_otherwise()
    {
        TorchRuntime.EnsureLoaded();
        // What libgomp saw when it was loaded: the native environment, not .NET's managed copy.
        bool userChose = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OMP_WAIT_POLICY"))
                         || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GOMP_SPINCOUNT"))
                         || Settings.CpuTuning.IsOff;
        if (userChose)
        {
            Assert.Equal(Environment.GetEnvironmentVariable("GOMP_SPINCOUNT"), NativeEnvironment("GOMP_SPINCOUNT"));
            Assert.DoesNotContain($"GOMP_SPINCOUNT={CpuTuning.SpinCount} (spin", CpuTuning.ThreadWaiting);
        }
        else
        {
            Assert.Equal(CpuTuning.SpinCount.ToString(), NativeEnvironment("GOMP_SPINCOUNT"));
            Assert.Null(NativeEnvironment("OMP_WAIT_POLICY"));
            Assert.StartsWith($"GOMP_SPINCOUNT={CpuTuning.SpinCount}", CpuTuning.ThreadWaiting);
        }
    }

    [Fact]
    public void Glibc_keeps_freed_activations_unless_the_user_tuned_malloc()
    {
        TorchRuntime.EnsureLoaded();
        bool userTuned = Environment.GetEnvironmentVariables().Keys.Cast<string>().Any(k => k.StartsWith("MALLOC_"))
                         || (Environment.GetEnvironmentVariable("GLIBC_TUNABLES") ?? "").Contains("glibc.malloc.")
                         || Settings.CpuTuning.IsOff;
        Assert.Equal(!userTuned, CpuTuning.AllocatorTuned);
    }

    [Fact]
    public void Only_linux_x64_natives_are_in_the_build_output()
    {
        var dir = TorchRuntime.NativeDirectory;
        Assert.Empty(Directory.GetFiles(dir, "*.dylib", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(dir, "LibTorchSharp.dll")), "Windows natives in the output");
        Assert.False(Directory.Exists(Path.Combine(dir, "runtimes", "osx-arm64")), "macOS natives in the output");
        Assert.False(Directory.Exists(Path.Combine(dir, "runtimes", "win-x64")), "Windows natives in the output");
        Assert.False(Directory.Exists(Path.Combine(dir, "cpu")), "TorchSharp's fallback loader copied natives into cpu/: the direct load failed");
    }

    [Fact]
    public void The_cpu_backend_is_the_default_build()
    {
        Assert.Equal("cpu", TorchRuntime.BuildBackend);
        Assert.Contains("CPU", Devices.Describe());
    }
}

using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>
/// The installed kernel starts on precompiled code: install-kernel.sh (and hub.sh through it) compiles the kernel tool's
/// assemblies with crossgen2 (environment/readytorun.sh). Without it every kernel start JIT-compiles Roslyn again
/// (environment/kernel_start_bench.py measures what that costs; compiling the kit's own build too did not pay).
/// </summary>
[Trait("Category", "notebook")]
public partial class KernelReadyToRunTests
{
    static readonly string[] KernelAssemblies =
    [
        "Microsoft.CodeAnalysis.dll", "Microsoft.CodeAnalysis.CSharp.dll", "Microsoft.CodeAnalysis.CSharp.Scripting.dll",
        "Microsoft.DotNet.Interactive.dll", "Microsoft.DotNet.Interactive.App.dll", "Microsoft.DotNet.Interactive.CSharp.dll",
        "Microsoft.DotNet.Interactive.Jupyter.dll", "Microsoft.DotNet.Interactive.Formatting.dll",
        "runtimes/unix/lib/net9.0/System.Management.Automation.dll",
    ];

    /// <summary>The folder of the kernel tool's assemblies, found from the kernelspec Jupyter uses.</summary>
    static string InstalledKernelFolder()
    {
        var spec = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".local/share/jupyter/kernels/.net-csharp/kernel.json");
        Assert.True(File.Exists(spec), $"{spec} is missing: run `bash environment/setup.sh --jupyter`");
        var tool = JsonNode.Parse(File.ReadAllText(spec))!["argv"]![0]!.GetValue<string>();
        var store = Path.Combine(Path.GetDirectoryName(tool)!, ".store", "microsoft.dotnet-interactive");
        var folder = Directory.GetFiles(store, "Microsoft.DotNet.Interactive.App.dll", SearchOption.AllDirectories).Select(Path.GetDirectoryName).Single();
        return folder!;
    }

    static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    [Fact]
    public void The_kernelspec_sets_the_runtime_settings_measured_to_pay_for_a_notebook()
    {
        var spec = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".local/share/jupyter/kernels/.net-csharp/kernel.json");
        Assert.True(File.Exists(spec), $"{spec} is missing: run `bash environment/setup.sh --jupyter`");
        var env = JsonNode.Parse(File.ReadAllText(spec))!["env"]!.AsObject();
        Assert.Equal("0", env["DOTNET_TieredPGO"]?.GetValue<string>());
        // Hexadecimal, as the runtime reads it: 3,000 ms. The image's kernelspec (environment/hub/k8s) says the same.
        Assert.Equal("0xBB8", env["DOTNET_TC_CallCountingDelayMs"]?.GetValue<string>());
        Assert.Equal(3000, Convert.ToInt32("0xBB8", 16));
        var image = JsonNode.Parse(File.ReadAllText(Path.Combine(CoursePaths.Root, "environment", "hub", "k8s", "kernel.json")))!["env"]!.AsObject();
        Assert.Equal(env.ToJsonString(), image.ToJsonString());
    }

    [Fact]
    public void The_installed_kernels_main_assemblies_are_ReadyToRun_images()
    {
        var kernel = InstalledKernelFolder();
        var il = KernelAssemblies.Select(a => Path.Combine(kernel, a)).Where(p => !IsReadyToRun(p)).ToList();
        Assert.True(il.Count == 0, $"IL only, JIT-compiled at every kernel start: {string.Join(", ", il)} (environment/readytorun.sh compiles them)");
        // And the check can tell the two apart: the runtime's own CoreLib is precompiled, this test assembly is not.
        var reference = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!), "System.Private.CoreLib.dll").Single();
        Assert.True(IsReadyToRun(reference), "System.Private.CoreLib should read as ReadyToRun");
        Assert.False(IsReadyToRun(typeof(KernelReadyToRunTests).Assembly.Location), "the test assembly itself is IL only and should read so");
    }

    /// <summary>
    /// The loader takes the precompiled code: a kernel started through Jupyter, asked to run one cell with the JIT
    /// listing every method it compiles, compiles none of Roslyn's C# compiler or the kernel's own non-generic methods
    /// (a rejected image would put thousands of them in the list). What the JIT still compiles is generic code
    /// instantiated across assemblies and the notebook's own cells.
    /// </summary>
    [Fact]
    public void The_kernel_runs_Roslyn_and_its_own_code_from_the_precompiled_images()
    {
        const string nbconvert = "/usr/bin/jupyter-nbconvert";
        Assert.True(File.Exists(nbconvert), $"{nbconvert} is missing: run `bash environment/setup.sh --jupyter`");
        using var temp = new TempDirectory();
        var notebook = temp.File("one-cell.ipynb");
        File.WriteAllText(notebook, """{"cells":[{"cell_type":"code","execution_count":null,"id":"a1","metadata":{},"outputs":[],"source":["var answer = 6 * 7;\nanswer"]}],"metadata":{"kernelspec":{"name":".net-csharp","display_name":".NET (C#)","language":"C#"}},"nbformat":4,"nbformat_minor":5}""");
        var jitted = temp.File("jit.txt");
        var start = new ProcessStartInfo(nbconvert) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = temp.Path };
        foreach (var arg in new[] { "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp", "--ExecutePreprocessor.timeout=300", "--output-dir", temp.Path, notebook })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_JitStdOutFile"] = jitted;
        start.Environment["DOTNET_JitDisasmSummary"] = "1";
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"nbconvert exited {result.ExitCode}:\n{result.Output}");
        var lines = File.ReadAllLines(jitted);
        Assert.True(lines.Length > 100, $"the JIT listed {lines.Length} methods: the listing did not work");

        var fromImages = lines.Select(l => JitLine().Match(l)).Where(m => m.Success)
            .Select(m => (Type: m.Groups["type"].Value, Method: m.Groups["method"].Value, Tier: m.Groups["tier"].Value))
            .Where(m => m.Tier.StartsWith("Tier0") || m.Tier is "FullOpts" or "MinOpts")   // first compilations, not tier-up
            .Where(m => Regex.IsMatch(m.Type, @"^Microsoft\.(CodeAnalysis\.CSharp|DotNet\.Interactive)\.[\w.+]+$") && !m.Method.Contains('[') && !m.Method.Contains('<'))
            .Select(m => $"{m.Type}:{m.Method}").ToList();
        Assert.True(fromImages.Count == 0, $"{fromImages.Count} methods that the ReadyToRun images hold were JIT-compiled, e.g. {string.Join("; ", fromImages.Take(5))}");
    }

    [GeneratedRegex(@"JIT compiled (?<type>[^:]+):(?<method>[^(]+)\(.*\[(?<tier>[^,\]]+)[^\]]*\]$")]
    private static partial Regex JitLine();
}

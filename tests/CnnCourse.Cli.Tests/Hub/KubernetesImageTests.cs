using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// The Zero to JupyterHub course image, built here (environment/hub/k8s/build-image.sh: a Debian 12 base made by
/// debootstrap, podman) and started the way the chart starts a student's pod with environment/hub/k8s/values.yaml:
/// as uid 1000, with the values' memory and CPU limits and environment, a home folder of its own, an address on a
/// network of its own with no route beyond it (so that a kernel listening on every address would show), and the
/// values' postStart hook (the course sync) run before anything else. Inside it, notebook 02 runs through Jupyter's
/// client with the course kernel (environment/hub/k8s/pod_check.py); its lecture arithmetic is checked, and every
/// socket the kernel listens on must be on loopback.
/// Its own tier (`bash environment/test.sh --image`): the first build takes minutes, more than the full run can spare.
/// </summary>
[Trait("Category", "image")]
public class KubernetesImageTests
{
    static readonly string K8s = Path.Combine(CoursePaths.Root, "environment", "hub", "k8s");
    const string Image = "localhost/cnncourse-singleuser:1";
    const string Network = "cnncourse-pods";

    /// <summary>Which condition podman needs here is missing, if any: said first, rather than a failure further on.</summary>
    static void RequireContainers()
    {
        Assert.True(Environment.UserName == "root", "the image test runs podman rootful: run it as root (CI does)");
        Assert.True(File.ReadAllText("/proc/filesystems").Contains("overlay"), "podman needs the kernel's overlay filesystem, which this kernel lacks (/proc/filesystems)");
        var cgroups = File.ReadAllText("/proc/self/cgroup");
        var v2 = File.Exists("/sys/fs/cgroup/cgroup.controllers");
        foreach (var controller in new[] { "memory", "cpu", "pids" })
        {
            var present = v2 ? File.ReadAllText("/sys/fs/cgroup/cgroup.controllers").Split(' ', '\n').Contains(controller)
                             : cgroups.Split('\n').Any(l => l.Split(':').ElementAtOrDefault(1)?.Split(',').Contains(controller) == true);
            Assert.True(present, $"the pod's limits need the cgroup {controller} controller, which this machine does not mount");
        }
    }

    static CnnTool.Result Run(TimeSpan timeout, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        start.Environment["CONTAINERS_CONF"] = Path.Combine(K8s, "containers.conf");   // runc and limits this machine allows
        foreach (var a in args) start.ArgumentList.Add(a);
        return CnnTool.Execute(start, timeout);
    }

    /// <summary>The pod's settings as the values file gives them (memory limit, CPU limit, environment, postStart command).</summary>
    static JsonObject PodSettings()
    {
        var result = Run(TimeSpan.FromMinutes(1), "/usr/bin/python3", "-s", "-c", """
            import json, sys, yaml
            single = yaml.safe_load(open(sys.argv[1]))["singleuser"]
            print(json.dumps({"memory": single["memory"]["limit"], "cpu": single["cpu"]["limit"], "env": single["extraEnv"],
                              "postStart": single["lifecycleHooks"]["postStart"]["exec"]["command"]}))
            """, Path.Combine(K8s, "values.yaml"));
        Assert.True(result.ExitCode == 0, $"reading values.yaml failed:\n{result.Output}");
        return JsonNode.Parse(result.Output.Trim())!.AsObject();
    }

    /// <summary>A Kubernetes memory quantity ("3G", "2Gi", "512M") in bytes.</summary>
    static long Bytes(string quantity)
    {
        var units = new (string Suffix, long Factor)[] { ("Ki", 1L << 10), ("Mi", 1L << 20), ("Gi", 1L << 30), ("K", 1_000), ("M", 1_000_000), ("G", 1_000_000_000) };
        foreach (var (suffix, factor) in units)
            if (quantity.EndsWith(suffix)) return long.Parse(quantity[..^suffix.Length]) * factor;
        return long.Parse(quantity);
    }

    [Fact]
    public void A_student_pod_of_the_image_runs_notebook_02_with_the_lecture_numbers_and_a_loopback_only_kernel()
    {
        RequireContainers();
        var build = Run(TimeSpan.FromMinutes(30), "bash", Path.Combine(K8s, "build-image.sh"));
        Assert.True(build.ExitCode == 0, $"build-image.sh exited {build.ExitCode}:\n{build.Output}");

        var pod = PodSettings();
        var memory = Bytes(pod["memory"]!.GetValue<string>());
        var cpus = pod["cpu"]!.GetValue<double>();
        using var home = new TempDirectory();
        Run(TimeSpan.FromSeconds(10), "chown", "1000:1000", home.Path);
        File.WriteAllText(home.File("probe.csx"), """
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new {
                total = summary.TotalParameters, asWritten, asAsked, identical,
                convolved = steps.Convolved.data<float>().ToArray(), pooled = steps.Pooled.data<float>().ToArray() }));
            """);
        // Like a pod: an address of its own (where a kernel listening on every address would be reached), and no way out.
        if (Run(TimeSpan.FromSeconds(30), "podman", "network", "exists", Network).ExitCode != 0)
        {
            var made = Run(TimeSpan.FromMinutes(1), "podman", "network", "create", "--internal", Network);
            Assert.True(made.ExitCode == 0, $"podman network create --internal {Network} exited {made.ExitCode}:\n{made.Output}");
        }
        var name = $"cnncourse-pod-test-{Environment.ProcessId}";
        var runArgs = new List<string> { "run", "-d", "--rm", "--name", name, "--network", Network, "--user", "1000:1000",
            "--memory", memory.ToString(), "--cpus", cpus.ToString(System.Globalization.CultureInfo.InvariantCulture), "--pids-limit", "2048",
            "-v", $"{home.Path}:/home/jovyan", "-v", $"{Path.Combine(K8s, "pod_check.py")}:/opt/check/pod_check.py:ro" };
        foreach (var (key, value) in pod["env"]!.AsObject()) runArgs.AddRange(["-e", $"{key}={value}"]);
        runArgs.AddRange([Image, "sleep", "infinity"]);
        var started = Run(TimeSpan.FromMinutes(2), "podman", [.. runArgs]);
        Assert.True(started.ExitCode == 0, $"podman run exited {started.ExitCode}:\n{started.Output}");
        try
        {
            // Kubernetes runs the postStart hook in the container as it starts: the course sync gives the student ~/course.
            var postStart = pod["postStart"]!.AsArray().Select(a => a!.GetValue<string>()).ToArray();
            var synced = Run(TimeSpan.FromMinutes(2), "podman", ["exec", name, .. postStart]);
            Assert.True(synced.ExitCode == 0, $"the postStart hook ({string.Join(' ', postStart)}) exited {synced.ExitCode}:\n{synced.Output}");

            var checkedRun = Run(TimeSpan.FromMinutes(10), "podman", "exec", name, "python3", "/opt/check/pod_check.py",
                "/home/jovyan/course/notebooks/02-numerical-example.ipynb", "--probe", "/home/jovyan/probe.csx");
            Assert.True(checkedRun.ExitCode == 0, $"pod_check.py exited {checkedRun.ExitCode}:\n{checkedRun.Output}");
            var report = JsonNode.Parse(checkedRun.Output.Split('\n').Last(l => l.StartsWith('{')))!.AsObject();

            Assert.Equal(1000, report["uid"]!.GetValue<int>());
            Assert.Equal(memory / 4096 * 4096, long.Parse(report["memory_limit"]!.GetValue<string>()));   // the kernel keeps whole pages
            Assert.Equal((long)(cpus * 100_000), long.Parse(report["cpu_quota"]!.GetValue<string>().Split(' ')[0]));
            Assert.False(report["default_route"]!.GetValue<bool>(), "the pod has a default route: it was meant to have no network beyond its own");
            Assert.True(report["error"] is null, $"notebook 02 failed in the pod: {report["error"]?.ToJsonString()}");

            var numbers = JsonNode.Parse(report["probe"]!.GetValue<string>().Trim())!.AsObject();
            Assert.Equal(2356, numbers["total"]!.GetValue<long>());
            Assert.Equal(8, numbers["asWritten"]!.GetValue<int>());
            Assert.Equal(4, numbers["asAsked"]!.GetValue<int>());
            Assert.True(numbers["identical"]!.GetValue<bool>());
            Assert.Equal([4.0f, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 2], numbers["convolved"]!.AsArray().Select(v => v!.GetValue<float>()));
            Assert.Equal([4.0f, 4, 2, 2], numbers["pooled"]!.AsArray().Select(v => v!.GetValue<float>()));

            var listening = report["listening"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            Assert.NotEmpty(listening);
            Assert.All(listening, socket => Assert.True(socket.StartsWith("127.0.0.1:") || socket.StartsWith("::1:"),
                $"the kernel listens on {socket}, not on loopback only: {string.Join(", ", listening)}"));
            Console.WriteLine($"pod: uid 1000, memory limit {memory} bytes, {cpus} CPUs; notebook 02: {numbers.ToJsonString()}; kernel listens on {string.Join(", ", listening)}");
        }
        finally
        {
            Run(TimeSpan.FromMinutes(1), "podman", "rm", "-f", "-t", "0", name);
        }
    }
}

using System.Text.RegularExpressions;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// What keeps students apart on the hub where file modes cannot (environment/hub/isolation.sh): the firewall rule
/// that closes the kernels' HTTP side channels to students, /proc with hidepid, and private temporary and runtime
/// files. Student B attacks student A's running kernel from a shell on the server, as a student's terminal could.
/// </summary>
public partial class CourseHubTests
{
    const string Secret = "answer to question 3 is 42";
    static string Isolation => Path.Combine(CoursePaths.Root, "environment", "hub", "isolation.sh");

    [Fact]
    public async Task Another_student_cannot_reach_a_running_kernel_while_its_owner_keeps_working()
    {
        await hub.StartServerAsync(hub.A);
        await using var kernel = await JupyterKernelClient.StartAsync(hub.Http, hub.ServerUrl(hub.A), hub.A.Token, "notebooks/Untitled.ipynb", ".net-csharp", CellTimeout);
        var answer = await kernel.ExecuteAsync($"var answer = \"{Secret}\";\n$\"pid={{System.Environment.ProcessId}}\"", CellTimeout);
        Assert.True(answer.Error is null, $"{hub.A.Name}'s kernel: {answer.Status} {answer.Error}");
        var pid = int.Parse(Regex.Match(answer.Output, @"pid=(\d+)").Groups[1].Value);
        // The worst case: the kernel's SignalR hub, which runs any code it is sent, switched on.
        var enable = await kernel.ExecuteAsync("#!enable-http", CellTimeout);
        Assert.True(enable.Error is null, $"#!enable-http: {enable.Status} {enable.Error}");

        var port = ListeningSockets.Of(pid).Where(ListeningSockets.IsLoopback)
            .Select(s => int.Parse(s[(s.LastIndexOf(':') + 1)..])).SingleOrDefault(p => p is >= 20000 and <= 31999);
        Assert.True(port != 0, $"{hub.A.Name}'s kernel (pid {pid}) listens on no port of the kernels' window 20000-31999: {string.Join(", ", ListeningSockets.Of(pid))}");

        // Root is outside the students' group: its requests show that these are the kernel's live endpoints.
        var control = CourseHub.Run("/usr/bin/python3", "-c", Probe, port.ToString());
        Assert.Contains($"variable 200 \"{Secret}\"", control.Output);
        Assert.Contains("negotiate 200", control.Output);

        var attack = CourseHub.Run("runuser", "-u", hub.B.Name, "--", "/usr/bin/python3", "-c", Probe, port.ToString());
        Assert.DoesNotContain(Secret, attack.Output);
        Assert.Matches(@"variable refused \[Errno 111\]", attack.Output);
        Assert.Matches(@"negotiate refused \[Errno 111\]", attack.Output);

        // A's kernel lives on and keeps its state.
        var after = await kernel.ExecuteAsync("$\"len={answer.Length}\"", CellTimeout);
        Assert.True(after.Error is null && after.Output.Contains($"len={Secret.Length}"), $"{hub.A.Name}'s kernel after the attempts: {after.Status} {after.Error} {after.Output}");

        // The rule is what refuses: without it B reads A's variable; put back, B is refused again, and applying twice
        // leaves one rule.
        try
        {
            Assert.Equal(0, CourseHub.Run("bash", Isolation, "remove").ExitCode);
            var open = CourseHub.Run("runuser", "-u", hub.B.Name, "--", "/usr/bin/python3", "-c", Probe, port.ToString());
            Assert.Contains($"variable 200 \"{Secret}\"", open.Output);
        }
        finally
        {
            var applied = CourseHub.Run("bash", Isolation, "apply");
            Assert.True(applied.ExitCode == 0, $"isolation.sh apply: {applied.Output}");
        }
        Assert.Equal(0, CourseHub.Run("bash", Isolation, "apply").ExitCode);
        foreach (var tool in new[] { "iptables", "ip6tables" })
        {
            var rules = CourseHub.Run(tool, "-S").Output;
            Assert.Single(Regex.Matches(rules, "^-A OUTPUT -j cnncourse-kernels$", RegexOptions.Multiline));
            Assert.Single(Regex.Matches(rules, @"^-A cnncourse-kernels -o lo -p tcp -m tcp --dport 20000:31999 -m owner --gid-owner \d+ --suppl-groups -j REJECT", RegexOptions.Multiline));
        }
        attack = CourseHub.Run("runuser", "-u", hub.B.Name, "--", "/usr/bin/python3", "-c", Probe, port.ToString());
        Assert.Matches(@"variable refused \[Errno 111\]", attack.Output);
    }

    /// <summary>Asks a kernel's side channel for A's variable and for a SignalR connection; one line per request.</summary>
    const string Probe = """
        import sys, urllib.request
        port = sys.argv[1]
        for name, request in (("variable", urllib.request.Request(f"http://127.0.0.1:{port}/variables/csharp/answer")),
                              ("negotiate", urllib.request.Request(f"http://127.0.0.1:{port}/kernelhub/negotiate?negotiateVersion=1", data=b"", method="POST"))):
            try:
                with urllib.request.urlopen(request, timeout=20) as r:
                    print(name, r.status, r.read().decode())
            except urllib.error.URLError as e:
                print(name, "refused", e.reason)
        """;

    [Fact]
    public async Task A_students_processes_kernel_files_and_temporary_files_are_hidden_from_the_others()
    {
        await hub.StartServerAsync(hub.A);
        await using var kernel = await JupyterKernelClient.StartAsync(hub.Http, hub.ServerUrl(hub.A), hub.A.Token, "notebooks/Untitled.ipynb", ".net-csharp", CellTimeout);
        var run = await kernel.ExecuteAsync("var t = System.IO.Path.GetTempPath(); System.IO.File.WriteAllText(System.IO.Path.Combine(t, \"scratch.txt\"), \"mine\"); $\"pid={System.Environment.ProcessId} temp={t}|\"", CellTimeout);
        Assert.True(run.Error is null, $"{hub.A.Name}'s kernel: {run.Status} {run.Error}");
        var found = Regex.Match(run.Output, @"pid=(\d+) temp=([^|]*)\|");
        Assert.True(found.Success, $"{hub.A.Name}'s kernel printed no pid and temporary folder: {run.Output}");
        var (pid, temp) = (int.Parse(found.Groups[1].Value), found.Groups[2].Value);

        // /proc: root sees A's kernel, B does not.
        Assert.True(Directory.Exists($"/proc/{pid}"));
        var look = CourseHub.Run("runuser", "-u", hub.B.Name, "--", "ls", $"/proc/{pid}/cmdline");
        Assert.True(look.ExitCode != 0, $"{hub.B.Name} sees {hub.A.Name}'s kernel in /proc: {look.Output}");

        // The kernel's connection file (the key to its Jupyter channels) is in A's private home.
        var connection = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0').Single(a => a.EndsWith(".json", StringComparison.Ordinal) && a.Contains("kernel-"));
        Assert.StartsWith(hub.Home(hub.A) + "/", connection);
        var read = CourseHub.Run("runuser", "-u", hub.B.Name, "--", "cat", connection);
        Assert.True(read.ExitCode != 0, $"{hub.B.Name} read {hub.A.Name}'s connection file: {read.Output}");

        // Temporary files go to A's own folder, and nothing of A's is left in the shared /tmp or /dev/shm.
        Assert.StartsWith(hub.Home(hub.A) + "/.cache/cnncourse-tmp", temp);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode($"{hub.Home(hub.A)}/.cache/cnncourse-tmp"));
        // Other tests create and delete their folders in /tmp meanwhile: find names those that vanish under it, which
        // says nothing about A's files.
        var shared = CourseHub.Run("find", "/tmp", "/dev/shm", "-xdev", "-user", hub.A.Name);
        var leftInShared = shared.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !(line.StartsWith("find: ", StringComparison.Ordinal) && line.EndsWith(": No such file or directory", StringComparison.Ordinal))).ToList();
        Assert.True(leftInShared.Count == 0, $"{hub.A.Name}'s files in the shared temporary folders: {string.Join("\n", leftInShared)}");
    }
}

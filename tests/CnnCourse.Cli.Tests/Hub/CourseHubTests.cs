using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// The course hub with three generated students (A, B, C), on 127.0.0.1, started by `environment/hub.sh --demo
/// --foreground`: logging in, the C# kernel offered to every student, a lecture notebook run in a student's own kernel
/// through the Jupyter server's API, the memory cap, private homes, course updates that keep students' edits, the idle
/// culler, a read-only course folder reported in one line, and a student working in the browser (CourseHubTests.Browser.cs).
/// </summary>
[Collection("hub")]   // one at a time: both run hub.sh, which writes the one configuration in /etc/cnncourse
[Trait("Category", "hub")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public partial class CourseHubTests(CourseHub hub, OfflineBrowser browser) : IClassFixture<CourseHub>, IClassFixture<OfflineBrowser>
{
    static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Students_log_in_with_their_password_and_see_the_csharp_kernel()
    {
        Assert.Null(await hub.LogInAsync(hub.A.Name, hub.A.Password + "x"));   // PAM checks the password
        Assert.Null(await hub.LogInAsync(hub.A.Name, hub.B.Password));
        await hub.StartServerAsync(hub.A);
        var (status, body) = await hub.SendAsync(HttpMethod.Get, $"/user/{hub.A.Name}/api/kernelspecs", hub.A);
        Assert.True(status == HttpStatusCode.OK, $"kernelspecs answered {(int)status}: {body}");
        var spec = JsonNode.Parse(body)!["kernelspecs"]![".net-csharp"];
        Assert.True(spec is not null, $"{hub.A.Name}'s server does not offer the C# kernel: {body}");
        Assert.Equal(".NET (C#)", spec!["spec"]!["display_name"]!.GetValue<string>());

        // A's token opens A's server only.
        (status, _) = await hub.SendAsync(HttpMethod.Get, $"/user/{hub.B.Name}/api/kernelspecs", hub.A);
        Assert.NotEqual(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_student_runs_notebook_02_while_another_students_20_GB_allocation_is_killed_by_the_cap()
    {
        await Task.WhenAll(hub.StartServerAsync(hub.A), hub.StartServerAsync(hub.B));
        var notebook = RunNotebookAsync(hub.A, "notebooks/02-numerical-example.ipynb");
        var allocation = AllocateAsync(hub.B, gigabytes: 20);

        var (died, record) = await allocation;
        Assert.True(died, $"{hub.B.Name}'s kernel allocated 20 GB under a {CourseHub.MemoryLimit} cap and lived: {record}");
        Assert.True(Regex.IsMatch(record, @"oom_kill [1-9]"), $"{hub.B.Name}'s kernel died, but not by its cgroup's OOM killer: {record}");

        var numbers = await notebook;
        // The lecture's worked example: 2,356 parameters in all; stride 2 gives the slide's 4x4 maps, stride 1 would give 8.
        Assert.Equal("2356 80 1168 1040 68 4 8", numbers);

        var (status, body) = await hub.SendAsync(HttpMethod.Get, "/hub/api/", hub.B);
        Assert.True(status == HttpStatusCode.OK, $"the hub stopped answering after the allocation: {(int)status} {body}");
    }

    /// <summary>Runs every code cell of the student's copy in a C# kernel of their server; returns the numbers the notebook computed.</summary>
    async Task<string> RunNotebookAsync(HubStudent student, string path)
    {
        var (status, body) = await hub.SendAsync(HttpMethod.Get, $"/user/{student.Name}/api/contents/{path}", student);
        Assert.True(status == HttpStatusCode.OK, $"{student.Name} cannot open {path}: {(int)status} {body}");
        var cells = JsonNode.Parse(body)!["content"]!["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(c => Source(c!["source"]!)).ToList();
        Assert.StartsWith("#r \"../lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll\"", cells[0]);

        await using var kernel = await JupyterKernelClient.StartAsync(hub.Http, hub.ServerUrl(student), student.Token, path, ".net-csharp", CellTimeout);
        for (int i = 0; i < cells.Count; i++)
        {
            var result = await kernel.ExecuteAsync(cells[i], CellTimeout);
            Assert.True(result.Status == "ok" && result.Error is null,
                $"{student.Name}'s {path}, code cell {i + 1}: {result.Status} {result.Error}\n{result.Output}");
        }
        var numbers = await kernel.ExecuteAsync(
            "$\"{summary.TotalParameters} {string.Join(\" \", new[] { \"conv1\", \"conv2\", \"fc1\", \"classifier\" }" +
            ".Select(n => summary.Layers.Single(l => l.Name == n).Parameters))} {asAsked} {asWritten}\"",
            CellTimeout);
        Assert.True(numbers.Error is null, $"reading the notebook's variables failed: {numbers.Error}");
        return numbers.Output.Trim().Trim('"');
    }

    /// <summary>
    /// Allocates native memory in 256 MB blocks and writes every page, as torch tensors do, in a C# kernel of the
    /// student's server; true when the kernel died. (Managed arrays would stop earlier with an OutOfMemoryException:
    /// .NET sizes its heap to the cgroup's cap. Native memory is what only the cap itself can stop.)
    /// </summary>
    async Task<(bool Died, string Record)> AllocateAsync(HubStudent student, int gigabytes)
    {
        await using var kernel = await JupyterKernelClient.StartAsync(hub.Http, hub.ServerUrl(student), student.Token, "notebooks/Untitled.ipynb", ".net-csharp", CellTimeout);
        var code = $$"""
            var ones = new byte[64 << 20];
            Array.Fill(ones, (byte)1);
            var hoard = new List<IntPtr>();
            for (int i = 0; i < {{gigabytes * 4}}; i++)
            {
                var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(256 << 20);
                for (int j = 0; j < 4; j++) System.Runtime.InteropServices.Marshal.Copy(ones, 0, block + (j << 26), ones.Length);
                hoard.Add(block);
            }
            $"allocated {hoard.Count * 256} MB"
            """;
        var result = await kernel.ExecuteAsync(code, CellTimeout);
        // Only the kernel goes: the student's server answers right after (asked at once, before the culler may stop it).
        var (status, body) = await hub.SendAsync(HttpMethod.Get, $"/user/{student.Name}/api/status", student);
        Assert.True(status == HttpStatusCode.OK, $"{student.Name}'s server went down with the kernel: {(int)status} {body}");
        // Read while the server (and so its cgroup) is certainly still there.
        var group = $"/sys/fs/cgroup/memory/cnncourse/{student.Name}";
        var record = string.Join(", ", new[] { "memory.failcnt", "memory.max_usage_in_bytes", "memory.oom_control" }
            .Select(f => Path.Combine(group, f)).Select(f => File.Exists(f) ? $"{Path.GetFileName(f)} {File.ReadAllText(f).Replace('\n', ' ').Trim()}" : $"{f} missing"));
        return (result.KernelDied, $"{result.Status} {result.Error} {result.Output.Trim()}; {record}");
    }

    static string Source(JsonNode source) =>
        source is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : source.GetValue<string>();

    [Fact]
    public async Task Students_cannot_read_each_others_homes()
    {
        await Task.WhenAll(hub.StartServerAsync(hub.A), hub.StartServerAsync(hub.B));
        var theirs = $"{hub.Home(hub.B)}/course/notebooks/02-numerical-example.ipynb";
        Assert.True(File.Exists(theirs), $"{hub.B.Name}'s course copy is missing: {theirs}");
        foreach (var student in new[] { hub.A, hub.B, hub.C })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(hub.Home(student)));
        var read = CourseHub.Run("runuser", "-u", hub.A.Name, "--", "cat", theirs);
        Assert.True(read.ExitCode != 0 && read.Output.Contains("Permission denied"), $"{hub.A.Name} read {hub.B.Name}'s notebook: exit {read.ExitCode} {read.Output}");
        var list = CourseHub.Run("runuser", "-u", hub.A.Name, "--", "ls", hub.Home(hub.B));
        Assert.True(list.ExitCode != 0, $"{hub.A.Name} listed {hub.B.Name}'s home: {list.Output}");
        // The kit is shared and read-only: a student can read it but not change it for the others.
        var write = CourseHub.Run("runuser", "-u", hub.A.Name, "--", "touch", $"{CourseHub.Kit}/notebooks/02-numerical-example.ipynb");
        Assert.True(write.ExitCode != 0, $"{hub.A.Name} could write into the shared kit");
    }

    [Fact]
    public async Task Updating_the_course_adds_notebooks_and_never_overwrites_a_students_edit()
    {
        await hub.StartServerAsync(hub.A);
        const string edited = "00-getting-started.ipynb", untouched = "01-convolution.ipynb", added = "99-course-update-check.ipynb";
        var folder = $"{hub.Home(hub.A)}/course/notebooks";
        // A edits notebook 00 through the Jupyter server (what saving in the browser does).
        var (status, body) = await hub.SendAsync(HttpMethod.Get, $"/user/{hub.A.Name}/api/contents/notebooks/{edited}", hub.A);
        Assert.True(status == HttpStatusCode.OK, $"{(int)status} {body}");
        var mine = JsonNode.Parse(body)!["content"]!.AsObject();
        mine["cells"]!.AsArray().Add(Markdown("My own notes on the first lecture."));
        (status, body) = await hub.SendAsync(HttpMethod.Put, $"/user/{hub.A.Name}/api/contents/notebooks/{edited}", hub.A,
            new JsonObject { ["type"] = "notebook", ["format"] = "json", ["content"] = mine.DeepClone() }.ToJsonString());
        Assert.True(status == HttpStatusCode.OK, $"saving {edited} answered {(int)status}: {body}");
        var studentCopy = File.ReadAllText($"{folder}/{edited}");
        Assert.Contains("My own notes", studentCopy);

        // The instructor updates the course: two lecture notebooks change and a new one arrives.
        var kit = $"{CourseHub.Kit}/notebooks";
        try
        {
            foreach (var name in new[] { edited, untouched })
            {
                var nb = JsonNode.Parse(File.ReadAllText($"{kit}/{name}"))!;
                nb["cells"]!.AsArray().Add(Markdown($"Added in the course update of {name}."));
                File.WriteAllText($"{kit}/{name}", nb.ToJsonString());
            }
            var fresh = JsonNode.Parse(File.ReadAllText($"{kit}/{untouched}"))!;
            fresh["cells"] = new JsonArray(Markdown("A notebook added to the course."));
            File.WriteAllText($"{kit}/{added}", fresh.ToJsonString());

            await hub.StopServerAsync(hub.A);
            await hub.StartServerAsync(hub.A);
        }
        finally
        {
            // Put the kit back as hub.sh installed it from this checkout.
            foreach (var name in new[] { edited, untouched })
                File.Copy(Path.Combine(CoursePaths.Root, "notebooks", name), $"{kit}/{name}", overwrite: true);
            File.Delete($"{kit}/{added}");
        }

        Assert.Equal(studentCopy, File.ReadAllText($"{folder}/{edited}"));
        var beside = Directory.GetFiles(folder, "00-getting-started.course-update-*.ipynb");
        Assert.True(beside.Length == 1, $"expected the new 00 beside the student's, found: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))}");
        Assert.Contains($"Added in the course update of {edited}", File.ReadAllText(beside[0]));
        Assert.DoesNotContain("My own notes", File.ReadAllText(beside[0]));
        Assert.Contains($"Added in the course update of {untouched}", File.ReadAllText($"{folder}/{untouched}"));   // unedited: replaced
        Assert.True(File.Exists($"{folder}/{added}"), $"{added} did not arrive in {folder}");
    }

    [Fact]
    public async Task An_idle_server_is_stopped_by_the_culler()
    {
        await WaitUntilCulledAsync(hub.C);
        var stop = Regex.Match(hub.Log, $@"idle culler: stopping {hub.C.Name}'s server, idle (\d+) s");
        Assert.True(stop.Success, $"{hub.C.Name}'s server stopped, but not by the idle culler:\n{hub.Log}");
        var idle = int.Parse(stop.Groups[1].Value);
        Assert.True(idle >= CourseHub.CullSeconds, $"the culler stopped {hub.C.Name}'s server after {idle} s idle, before its {CourseHub.CullSeconds} s limit");
    }

    /// <summary>Waits until the student's server, started with the hub and unused since, is gone.</summary>
    async Task WaitUntilCulledAsync(HubStudent student)
    {
        var deadline = hub.CStartedAt.AddSeconds(CourseHub.CullSeconds * 3);
        while (await hub.ServerAsync(student) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"{student.Name}'s server is still running {(DateTime.UtcNow - hub.CStartedAt).TotalSeconds:F0} s after it started, with a {CourseHub.CullSeconds} s idle limit");
            await Task.Delay(1000);
        }
    }

    [Fact]
    public async Task A_read_only_course_folder_stops_the_start_with_one_line_naming_it()
    {
        var student = hub.C;   // C's folder exists from its first start; its server is culled (or stopped) before this one
        await WaitUntilCulledAsync(student);
        var notebooks = $"{hub.Home(student)}/course/notebooks";
        File.SetUnixFileMode(notebooks, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (status, _) = await hub.SendAsync(HttpMethod.Post, $"/hub/api/users/{student.Name}/server", student);
            Assert.NotEqual(HttpStatusCode.Created, status);
            var progress = await hub.SpawnProgressAsync(student);
            Assert.Contains($"course sync: {notebooks} is read-only for {student.Name}: make it writable again (chmod u+w '{notebooks}')", progress);
        }
        finally
        {
            File.SetUnixFileMode(notebooks, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        await hub.StartServerAsync(student);   // repaired: the next start works
        await hub.StopServerAsync(student);
    }

    static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = text };
}

using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CnnCourse.Assignments;
using CnnCourse.Exchange;
using CnnCourse.Tests.Support;
using Xunit.Abstractions;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// Assignment 1's whole loop on the course hub (a hub of its own: CourseHubTests' culler test measures student C's idle
/// time from its hub's start, and this test restarts C), with its three generated students: release and distribute; A completes the notebook (full), B half of it (partial, submitted
/// twice), C nothing (submitted after the deadline), each in their own kernel, handing in with the notebook's last
/// cell, Course.Submit; collect; grade; return; each student reads only their own feedback page, which holds no
/// hidden test code; the Canvas export has the expected rows, scores and defused names. A student "added later" (C,
/// whose copy and inbox are taken away) gets both back when their server starts.
/// </summary>
[Collection("hub")]
[Trait("Category", "hub")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class AssignmentLoopTests(CourseHub hub, ITestOutputHelper output) : IClassFixture<CourseHub>
{
    const string Assignment = "01-convolution-from-scratch";
    const string NotebookPath = $"assignments/{Assignment}.ipynb";
    const string Exchange = "/var/lib/cnncourse-exchange";
    static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(3);
    static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Distribute_submit_collect_grade_return_and_export_for_three_students()
    {
        using var temp = new TempDirectory();
        var kitCopy = Path.Combine(CourseHub.Kit, "assignments", Assignment + ".ipynb");
        bool exchangeWasThere = Directory.Exists(Exchange), kitCopyWasThere = File.Exists(kitCopy);
        var clock = Stopwatch.StartNew();
        try
        {
            var release = temp.File("release");
            Tool("assign", "release", Submissions.SourcePath(Assignment), "--out", release);
            Tool("assign", "distribute", Assignment, "--release", release, "--deadline", DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            foreach (var student in hub.Students)
            {
                var copy = Path.Combine(hub.Home(student), "course", NotebookPath);
                Assert.True(File.Exists(copy), $"distribute did not hand {Assignment} to {student.Name}");
                Assert.Equal(UnixAccount.Find(student.Name)!.Uid, UnixAccount.OwnerOf(copy));
                Assert.Contains("#r \\\"../lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll\\\"", File.ReadAllText(copy));
                Assert.Equal(UnixAccount.Find(student.Name)!.Uid, UnixAccount.OwnerOf($"{Exchange}/{Assignment}/inbox/{student.Name}"));
            }

            // C was "added later": no copy, no inbox. Their server's start gives them both, as at a first login.
            File.Delete(Path.Combine(hub.Home(hub.C), "course", NotebookPath));
            Directory.Delete($"{Exchange}/{Assignment}/inbox/{hub.C.Name}", recursive: true);
            await hub.StopServerAsync(hub.C);
            await Task.WhenAll(hub.StartServerAsync(hub.A), hub.StartServerAsync(hub.B), hub.StartServerAsync(hub.C));
            Assert.True(File.Exists(Path.Combine(hub.Home(hub.C), "course", NotebookPath)), $"{hub.C.Name}'s server started without {Assignment}");
            Assert.True(Directory.Exists($"{Exchange}/{Assignment}/inbox/{hub.C.Name}"), $"{hub.C.Name}'s server started without an inbox");

            // The students work and hand in, in their own kernels. A and B at the same time.
            var solution = Submissions.Solution(Assignment);
            var full = await CompleteAsync(hub.A, solution, answers: int.MaxValue);
            var partial = await CompleteAsync(hub.B, solution, answers: 2);
            await Task.WhenAll(WorkAndSubmitAsync(hub.A, full), WorkAndSubmitAsync(hub.B, partial));
            await WorkAndSubmitAsync(hub.B, partial);   // B hands in again: both are kept
            Assert.Equal(4, Directory.GetFiles($"{Exchange}/{Assignment}/inbox/{hub.B.Name}").Length);

            // The deadline passes (moved by distributing again, which leaves every student's copy alone), then C hands in.
            var aBefore = File.ReadAllText(Path.Combine(hub.Home(hub.A), "course", NotebookPath));
            Tool("assign", "distribute", Assignment, "--release", release, "--deadline", DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
            Assert.Equal(aBefore, File.ReadAllText(Path.Combine(hub.Home(hub.A), "course", NotebookPath)));
            var untouched = await ReadAsync(hub.C);
            var late = await WorkAndSubmitAsync(hub.C, untouched);
            Assert.Contains("LATE", late);

            var submissions = temp.File("submissions");
            var collected = Tool("assign", "collect", Assignment, "--out", submissions);
            var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(submissions, Collector.ManifestFolder, Assignment + ".json")))!;
            JsonNode Of(HubStudent s) => manifest["students"]!.AsArray().Single(n => n!["student"]!.GetValue<string>() == s.Name)!;
            Assert.False(Of(hub.A)["taken"]!["late"]!.GetValue<bool>());
            Assert.Equal(2, Of(hub.B)["submissions"]!.GetValue<int>());
            Assert.True(Of(hub.C)["taken"]!["late"]!.GetValue<bool>(), collected);

            var grades = temp.File("grade");
            Tool("assign", "grade", submissions, "--release", release, "--out", grades, "--jobs", "2");
            var totals = Csv.Read(Path.Combine(grades, Gradebook.TotalsFileName)).ToDictionary(r => r["student"], r => r["points"]);
            Assert.Equal(("10", "4", "0"), (totals[hub.A.Name], totals[hub.B.Name], totals[hub.C.Name]));

            Tool("assign", "return", Assignment, "--grades", grades);
            var hidden = HiddenTestLines();
            foreach (var student in hub.Students)
            {
                var page = Path.Combine(hub.Home(student), "course", "feedback", Assignment + ".html");
                Assert.Equal(UnixAccount.Find(student.Name)!.Uid, UnixAccount.OwnerOf(page));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(page));
                var asStudent = CourseHub.Run("runuser", "-u", student.Name, "--", "cat", page);
                Assert.True(asStudent.ExitCode == 0, $"{student.Name} cannot read their own feedback: {asStudent.Output}");
                Assert.Contains($"Score: <b>{totals[student.Name]} / 10</b>", asStudent.Output);
                var decoded = WebUtility.HtmlDecode(asStudent.Output);
                foreach (var line in hidden) Assert.DoesNotContain(line, decoded);
                await hub.StartServerAsync(student);   // culled while the grader ran
                var (own, ownBody) = await hub.SendAsync(HttpMethod.Get, $"/user/{student.Name}/api/contents/feedback/{Assignment}.html", student);
                Assert.True(own == HttpStatusCode.OK, $"{student.Name} cannot open their feedback in Jupyter: {(int)own} {ownBody}");
                foreach (var other in hub.Students.Where(o => o != student))
                {
                    Assert.NotEqual(0, CourseHub.Run("runuser", "-u", other.Name, "--", "cat", page).ExitCode);
                    var (status, _) = await hub.SendAsync(HttpMethod.Get, $"/user/{student.Name}/api/contents/feedback/{Assignment}.html", other);
                    Assert.NotEqual(HttpStatusCode.OK, status);
                }
            }

            var roster = temp.File("canvas-roster.csv");
            File.WriteAllText(roster, "Student,ID,SIS User ID,SIS Login ID,Section\n    Points Possible,,,,\n" +
                $"\"=HYPERLINK(\"\"x\"\",\"\"y\"\")\",1,s1,{hub.A.Name},CNN\n<script>alert(1)</script>,2,s2,{hub.B.Name},CNN\nC Student,3,s3,{hub.C.Name},CNN\n");
            Tool("assign", "export", "--canvas", roster, "--grades", grades, "--out", temp.File("export"));
            var canvas = CsvText.Read(File.ReadAllText(temp.File($"export/{CanvasExport.CanvasFileName}")), "canvas");
            Assert.Equal(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", Assignment], canvas[0]);
            Assert.Equal(["Points Possible", "", "", "", "", "10.00"], canvas[1]);
            Assert.Equal(["'=HYPERLINK(\"x\",\"y\")", "1", "s1", hub.A.Name, "CNN", "10.00"], canvas[2]);
            Assert.Equal(["<script>alert(1)</script>", "2", "s2", hub.B.Name, "CNN", "4.00"], canvas[3]);
            Assert.Equal(["C Student", "3", "s3", hub.C.Name, "CNN", "0.00"], canvas[4]);

            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine($"the full loop for three students took {seconds:F0} s");
            Directory.CreateDirectory(Path.Combine(CoursePaths.Root, "artifacts", "hub-tests"));
            File.WriteAllText(Path.Combine(CoursePaths.Root, "artifacts", "hub-tests", "assignment-loop.txt"), $"full loop, three students: {seconds:F1} s\n");
        }
        finally
        {
            if (!exchangeWasThere && Directory.Exists(Exchange)) Directory.Delete(Exchange, recursive: true);
            else if (Directory.Exists(Exchange))
                foreach (var student in hub.Students)
                    if (Directory.Exists($"{Exchange}/{Assignment}/inbox/{student.Name}")) Directory.Delete($"{Exchange}/{Assignment}/inbox/{student.Name}", recursive: true);
            if (!kitCopyWasThere)
            {
                File.Delete(kitCopy);
                if (Directory.Exists(Path.GetDirectoryName(kitCopy)) && !Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(kitCopy)!).Any())
                    Directory.Delete(Path.GetDirectoryName(kitCopy)!);   // the other hub tests see the kit as it was
            }
        }
    }

    static string Tool(params string[] args)
    {
        var result = CnnTool.Run(ToolTimeout, args);
        Assert.True(result.ExitCode == 0, $"cnn {string.Join(' ', args)} exited {result.ExitCode}:\n{result.Output}");
        return result.Output;
    }

    /// <summary>The student's copy as their server has it.</summary>
    async Task<JsonObject> ReadAsync(HubStudent student)
    {
        await hub.StartServerAsync(student);   // the hub's idle culler (40 s in these tests) may have stopped it meanwhile
        var (status, body) = await hub.SendAsync(HttpMethod.Get, $"/user/{student.Name}/api/contents/{NotebookPath}", student);
        Assert.True(status == HttpStatusCode.OK, $"{student.Name} cannot open {NotebookPath}: {(int)status} {body}");
        return JsonNode.Parse(body)!["content"]!.AsObject();
    }

    /// <summary>The student's copy with the first <paramref name="answers"/> answer cells written as the solution does.</summary>
    async Task<JsonObject> CompleteAsync(HubStudent student, Ipynb solution, int answers)
    {
        var notebook = await ReadAsync(student);
        var cells = notebook["cells"]!.AsArray();
        var solved = solution.NumberedCells().Select(c => c.Cell).ToList();
        int written = 0;
        for (int i = 1; i < cells.Count && written < answers; i++)   // cell 0 is markdown, the first code cell is the #r
        {
            var cell = cells[i]!.AsObject();
            if (cell["cell_type"]!.GetValue<string>() != "code" || cell["metadata"]?["cnncourse"] is not null || !Source(cell).Contains("your code here")) continue;
            cell["source"] = solved[i]["source"]!.DeepClone();
            written++;
        }
        return notebook;
    }

    /// <summary>Saves the notebook as the browser does, runs each code cell in the student's kernel; the last one, Course.Submit, hands it in.</summary>
    async Task<string> WorkAndSubmitAsync(HubStudent student, JsonObject notebook)
    {
        await hub.StartServerAsync(student);
        var save = new JsonObject { ["type"] = "notebook", ["format"] = "json", ["content"] = notebook.DeepClone() };
        var (status, body) = await hub.SendAsync(HttpMethod.Put, $"/user/{student.Name}/api/contents/{NotebookPath}", student, save.ToJsonString());
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{student.Name} could not save: {(int)status} {body}");
        var code = notebook["cells"]!.AsArray().Select(c => c!.AsObject()).Where(c => c["cell_type"]!.GetValue<string>() == "code").Select(Source).ToList();
        Assert.StartsWith("Course.Submit(", code[^1]);
        await using var kernel = await JupyterKernelClient.StartAsync(hub.Http, hub.ServerUrl(student), student.Token, NotebookPath, ".net-csharp", CellTimeout);
        KernelExecution? last = null;
        foreach (var cell in code) last = await kernel.ExecuteAsync(cell, CellTimeout);   // unfinished answers fail their cells, as for a student
        Assert.True(last!.Status == "ok" && last.Error is null, $"{student.Name}'s Course.Submit cell: {last.Status} {last.Error}\n{last.Output}");
        Assert.Contains($"Submitted {Assignment} for {student.Name}", WebUtility.HtmlDecode(last.Output));
        return last.Output;
    }

    static string Source(JsonObject cell) =>
        cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : cell["source"]!.GetValue<string>();

    /// <summary>Lines of code from the instructor's hidden tests (long enough to be unmistakable).</summary>
    static List<string> HiddenTestLines()
    {
        var lines = new List<string>();
        foreach (var (_, cell) in Submissions.Source(Assignment).Notebook.NumberedCells())
        {
            var text = Ipynb.Source(cell);
            var start = text.IndexOf(AssignmentRegions.BeginHiddenTests, StringComparison.Ordinal);
            var end = text.IndexOf(AssignmentRegions.EndHiddenTests, StringComparison.Ordinal);
            if (start < 0 || end < start) continue;
            lines.AddRange(text[(start + AssignmentRegions.BeginHiddenTests.Length)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 20));
        }
        Assert.NotEmpty(lines);
        return lines;
    }
}

using System.Diagnostics;
using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// Grading again reuses what is unchanged; a grader killed mid-run leaves no gradebook, no children, and resumes. Its
/// graders mostly wait (one job, a looping cell), so it runs beside other test classes rather than in the "grading"
/// collection, whose attack and containment fixtures need the machine to themselves.
/// </summary>
[Trait("Category", "grading")]
[Collection("grading resume")]
public class GradingResumeTests : IDisposable
{
    const string Name = "01-convolution-from-scratch";
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    string Release()
    {
        var release = temp.File("release");
        var result = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", Submissions.SourcePath(Name), "--out", release);
        Assert.True(result.ExitCode == 0, result.Output);
        return release;
    }

    /// <summary>Grades with 2 jobs and 30 s per cell unless <paramref name="extra"/> says otherwise (an option may be given once).</summary>
    CnnTool.Result Grade(string submissions, string release, string output, params string[] extra) =>
        CnnTool.Run(TimeSpan.FromMinutes(8), ["assign", "grade", submissions, "--release", release, "--out", output,
            .. extra.Contains("--jobs") ? Array.Empty<string>() : ["--jobs", "2"], "--cell-timeout", "30", .. extra]);

    [Fact]
    public void A_second_run_reuses_unchanged_results_and_regrades_a_changed_submission()
    {
        var release = Release();
        var submissions = temp.File("submissions");
        var output = temp.File("grade");
        Submissions.Solution(Name).Save(submissions, "ada", Name);
        Submissions.Released(Name).Save(submissions, "bob", Name);

        var first = Grade(submissions, release, output);
        Assert.True(first.ExitCode == 0, first.Output);
        var gradebook = File.ReadAllText(Path.Combine(output, Gradebook.FileName));
        Assert.DoesNotContain("reused", first.Output);

        var second = Grade(submissions, release, output);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(2, Chromium.Count(second.Output, "result reused"));
        Assert.Equal(gradebook, File.ReadAllText(Path.Combine(output, Gradebook.FileName)));

        Submissions.Released(Name).ReplaceAnswer("long ConvParameters", "long ConvParameters(int k, int c, int n) => ((long)k * k * c + 1) * n;").Save(submissions, "bob", Name);
        var third = Grade(submissions, release, output);
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Contains("ada 01-convolution-from-scratch: 10/10 graded (unchanged since the last run: result reused)", third.Output);
        Assert.Contains("bob 01-convolution-from-scratch: 2/10 graded (", third.Output);
        Assert.Equal("2", Csv.Read(Path.Combine(output, Gradebook.TotalsFileName)).Single(r => r["student"] == "bob")["points"]);

        // --regrade grades the named students again although nothing changed; the others are reused.
        var fourth = Grade(submissions, release, output, "--regrade", "ada");
        Assert.True(fourth.ExitCode == 0, fourth.Output);
        Assert.Contains("ada 01-convolution-from-scratch: 10/10 graded (", fourth.Output);
        Assert.Contains("bob 01-convolution-from-scratch: 2/10 graded (unchanged since the last run: result reused)", fourth.Output);
        var unknown = Grade(submissions, release, output, "--regrade", "nobody-here");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--regrade nobody-here: no student folder of that name", unknown.Output);
    }

    [Fact]
    public void A_killed_grader_leaves_no_gradebook_and_no_children_and_resumes()
    {
        var release = Release();
        var submissions = temp.File("submissions");
        var output = temp.File("grade");
        Submissions.Solution(Name).Save(submissions, "ada", Name);
        Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", "long ConvParameters(int k, int c, int n) { while (true) { } }").Save(submissions, "cal", Name);

        // One job at a time: ada's result is saved while cal's child is still busy.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CnnTool.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "cnn.dll"), "assign", "grade", submissions, "--release", release, "--out", output, "--jobs", "1", "--cell-timeout", "30" })
            start.ArgumentList.Add(arg);
        start.Environment["CNN_PROFILE"] = "quick";   // as CnnTool runs the second grader: the profile is part of what a saved result depends on
        using var grader = Process.Start(start)!;
        _ = grader.StandardOutput.ReadToEndAsync();
        _ = grader.StandardError.ReadToEndAsync();
        var adaResult = Path.Combine(output, "results", "ada", Name + ".json");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(adaResult) && clock.Elapsed < TimeSpan.FromMinutes(4) && !grader.HasExited) Thread.Sleep(200);
        Assert.True(File.Exists(adaResult), "ada's result was not saved");
        Thread.Sleep(3000);   // cal's child is starting or running by now
        var children = Descendants(grader.Id);
        Assert.NotEmpty(children);
        grader.Kill();   // SIGKILL: no chance to clean up
        grader.WaitForExit();

        // The children notice their standard input closing and exit on their own.
        clock.Restart();
        while (children.Any(Alive) && clock.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(200);
        var survivors = children.Where(Alive).Select(Describe).ToList();
        foreach (var pid in children.Where(Alive)) KillQuietly(pid);   // leave nothing running for the next test
        Assert.True(survivors.Count == 0, "children alive 30 s after their grader was killed:\n" + string.Join("\n", survivors));
        Assert.False(File.Exists(Path.Combine(output, Gradebook.FileName)));
        Assert.False(File.Exists(Path.Combine(output, "results", "cal", Name + ".json")));

        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(output, ".scratch")));   // the killed run could not tidy up

        var resumed = Grade(submissions, release, output, "--jobs", "1");
        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Contains("removing the working folders an interrupted run left", resumed.Output);
        Assert.False(Directory.Exists(Path.Combine(output, ".scratch")));
        Assert.True(resumed.Output.Contains("ada 01-convolution-from-scratch: 10/10 graded (unchanged since the last run: result reused)"), resumed.Output);
        Assert.Contains("cal 01-convolution-from-scratch: 8/10 graded", resumed.Output);
        Assert.Equal(2, Csv.Read(Path.Combine(output, Gradebook.TotalsFileName)).Count);
    }

    static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
            }
            catch (IOException) { }
        }
        var tree = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.Count > 0)
        {
            var pid = frontier.Dequeue();
            foreach (var (child, parent) in parents)
                if (parent == pid) { tree.Add(child); frontier.Enqueue(child); }
        }
        return tree;
    }

    /// <summary>Pid, state, kernel wait channel and command line: what a hung child was doing.</summary>
    static string Describe(int pid)
    {
        string Read(string file) { try { return File.ReadAllText($"/proc/{pid}/{file}"); } catch (IOException) { return "?"; } }
        var stat = Read("stat");
        var state = stat.Length > 2 && stat.LastIndexOf(')') is var close and > 0 ? stat[close + 2].ToString() : "?";
        return $"{pid} state {state} wchan {Read("wchan")} threads {Read("status").Split('\n').FirstOrDefault(l => l.StartsWith("Threads:"))?[8..].Trim()}: {string.Concat(Read("cmdline").Replace('\0', ' ').Trim().Take(160))}";
    }

    static void KillQuietly(int pid)
    {
        try { Process.GetProcessById(pid).Kill(); } catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    static bool Alive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException) { return false; }
    }
}

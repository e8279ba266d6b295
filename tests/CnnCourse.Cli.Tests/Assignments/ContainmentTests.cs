using System.Diagnostics;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// Grades assignment 1 the way an instructor does, from a terminal (a pseudo-terminal made by `script`) and with a
/// descriptor the shell left open (fd 7, appending to a file), two at a time: controls with the full solution
/// beside submissions that attack the grader's terminal, its process group, the machine's memory and CPU, the
/// grading channel and the inherited descriptor. The checks on symbols refuse every one of them before it runs (the
/// test scores zero), but a refused cell still runs: containment is the second wall, for whatever gets past the
/// first. Each attack reports how it went the one way it still can, by how its process ends: exit code 3 when the
/// attack worked, 4 when it was held; the grader's notes on the run say which.
/// </summary>
public sealed class ContainmentGrading : IDisposable
{
    public const string Name = "01-convolution-from-scratch";
    const string Params = "long ConvParameters(int kernelSize, int inChannels, int filters)";
    const string Correct = "((long)kernelSize * kernelSize * inChannels + 1) * filters";
    const string Libc = "static class Libc\n{\n" +
        "    [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int kill(int pid, int signal);\n" +
        "    [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int memfd_create(string name, uint flags);\n" +
        "    [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int ioctl(int fd, ulong request, ref byte c);\n}\n";
    public const string FakeProgress = "[9/9] everyone: 10/10 graded";

    public static readonly string[] Controls = ["a-control", "c-control", "e-control", "g-control", "i-control", "k-control"];

    public TempDirectory Temp { get; } = new();
    public string Output => Temp.File("grade");
    public string Inherited => Temp.File("fd7.txt");
    public string Injected => Temp.File("injected.txt");
    public CnnTool.Result Result { get; }
    public List<Dictionary<string, string>> Gradebook { get; } = [];
    public List<Dictionary<string, string>> Totals { get; } = [];

    public ContainmentGrading()
    {
        var release = Temp.File("release");
        var made = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", Support.Submissions.SourcePath(Name), "--out", release);
        Assert.True(made.ExitCode == 0, made.Output);
        var submissions = Temp.File("submissions");
        foreach (var control in Controls) Support.Submissions.Solution(Name).Save(submissions, control, Name);
        void Attack(string student, string code) => Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", code).Save(submissions, student, Name);

        // Writes a fake progress line to the instructor's terminal, then pushes a command into its input (TIOCSTI).
        Attack("b-terminal", Libc + $$"""
            {{Params}}
            {
                System.IO.FileStream tty;
                try { tty = new System.IO.FileStream("/dev/tty", System.IO.FileMode.Open, System.IO.FileAccess.ReadWrite); }
                catch (Exception) { Environment.Exit(4); return 0; }
                tty.Write(System.Text.Encoding.ASCII.GetBytes("\u001b[2J{{FakeProgress}}\n"));
                tty.Flush();
                int fd = (int)tty.SafeFileHandle.DangerousGetHandle();
                foreach (char c in "echo injected\n") { byte b = (byte)c; if (Libc.ioctl(fd, 0x5412, ref b) != 0) Environment.Exit(4); }
                Environment.Exit(3);
                return 0;
            }
            """);
        // Signals its whole process group: the grader's, if it shares it.
        Attack("d-kill-group", Libc + $"{Params}\n{{\n    Libc.kill(0, 14);\n    System.Threading.Thread.Sleep(3000);\n    return {Correct};\n}}");
        // Signals every process it may signal: nobody else may lose any points.
        Attack("f-kill-all", Libc + $"{Params}\n{{\n    Libc.kill(-1, 9);\n    Environment.Exit(4);\n    return 0;\n}}");
        // 8 GiB in a memfd: memory that no process's resident size shows.
        Attack("h-memfd", Libc + $$"""
            {{Params}}
            {
                int fd = Libc.memfd_create("hoard", 0);
                using var hoard = new System.IO.FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle((System.IntPtr)fd, true), System.IO.FileAccess.Write);
                var chunk = new byte[64 << 20];
                Array.Fill(chunk, (byte)1);
                for (int i = 0; i < 128; i++) hoard.Write(chunk);
                Environment.Exit(3);
                return 0;
            }
            """);
        // 200 threads spinning for 40 s, and the next student in line, graded beside it, measuring for 8 s how much CPU
        // its one busy thread gets: with an equal share per child, about a core; shared per thread, a 200th of the machine.
        Attack("j1-cpu-starver", $$"""
            {{Params}}
            {
                // Every thread waits until all exist, then they spin together (starting threads beside spinning ones is slow).
                var go = new System.Threading.ManualResetEventSlim();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                for (int i = 0; i < 200; i++)
                    new System.Threading.Thread(() => { go.Wait(); while (clock.Elapsed.TotalSeconds < 40) { } }) { IsBackground = true }.Start();
                go.Set();
                System.Threading.Thread.Sleep(41_000);
                Environment.Exit(4);
                return 0;
            }
            """);
        Attack("j2-cpu-neighbour", $$"""
            {{Params}}
            {
                var process = System.Diagnostics.Process.GetCurrentProcess();
                process.Refresh();
                var before = process.TotalProcessorTime;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                while (clock.Elapsed.TotalSeconds < 8) { }
                process.Refresh();
                double cores = (process.TotalProcessorTime - before).TotalSeconds / clock.Elapsed.TotalSeconds;
                Environment.Exit(cores >= 0.6 ? 4 : 3);
                return 0;
            }
            """);
        // Two million forged records, each numbered and naming a cell of its own: the grader must not keep them.
        Attack("l-flood", $$"""
            {{Params}}
            {
                var raw = Console.OpenStandardOutput();
                var padding = new string('x', 500);
                for (int i = 0; i < 2_000_000; i++)
                    raw.Write(System.Text.Encoding.UTF8.GetBytes("#cnn-grade# {\"event\":\"end\",\"cell\":" + (i + 100) + ",\"ok\":true,\"seq\":" + (i + 1000) + ",\"pad\":\"" + padding + "\"}\n"));
                return {{Correct}};
            }
            """);
        // Writes into any descriptor it holds that leads to the file the instructor's shell left open.
        Attack("m-descriptor", $$"""
            {{Params}}
            {
                var leaked = System.IO.Directory.GetFiles("/proc/self/fd")
                    .Where(f => new System.IO.FileInfo(f).LinkTarget?.EndsWith("fd7.txt") == true)
                    .Select(f => int.Parse(System.IO.Path.GetFileName(f))).ToList();
                if (leaked.Count == 0) Environment.Exit(4);
                using var inherited = new System.IO.FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle((System.IntPtr)leaked[0], false), System.IO.FileAccess.Write);
                inherited.Write(System.Text.Encoding.ASCII.GetBytes("planted by a submission\n"));
                inherited.Flush();
                Environment.Exit(3);
                return 0;
            }
            """);

        // The instructor's shell: fd 7 open, the grader run in a terminal, then a line read from that terminal, as
        // the shell's next prompt would (with a 2 s timeout: nobody types in a test).
        string grade = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "cnn.dll"), "assign", "grade", submissions, "--release", release,
            "--out", Output, "--jobs", "2", "--timeout", "240", "--cell-timeout", "60", "--memory-mb", "3000" }.Select(Quote));
        string shell = $"exec 7>>{Quote(Inherited)}; {grade}; status=$?; if read -t 2 -r line; then printf '%s' \"$line\" > {Quote(Injected)}; fi; exit $status";
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = CnnTool.Root };
        foreach (var arg in new[] { "--quiet", "--flush", "--return", "--command", $"bash -c {Quote(shell)}", "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["CNN_PROFILE"] = "quick";
        Result = CnnTool.Execute(start, TimeSpan.FromMinutes(20));
        var gradebook = Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName);
        if (File.Exists(gradebook))
        {
            Gradebook = Csv.Read(gradebook);
            Totals = Csv.Read(Path.Combine(Output, CnnCourse.Assignments.Gradebook.TotalsFileName));
        }
    }

    static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    public double Points(string student) => double.Parse(Totals.Single(r => r["student"] == student)["points"], System.Globalization.CultureInfo.InvariantCulture);

    public Dictionary<string, string> Row(string student, string test) => Gradebook.Single(r => r["student"] == student && r["test"] == test);

    /// <summary>The grader's saved result for <paramref name="student"/>: its notes say where and why each run was stopped.</summary>
    public string Saved(string student)
    {
        var path = Path.Combine(Output, "results", student, Name + ".json");
        return File.Exists(path) ? File.ReadAllText(path) : $"(no result saved for {student})";
    }

    public void Dispose() => Temp.Dispose();
}

[Trait("Category", "grading")]
[Collection("grading")]
public class ContainmentTests(ContainmentGrading grading) : IClassFixture<ContainmentGrading>
{
    /// <summary>The attack was refused before it ran, then stopped or held while it ran, as <paramref name="reason"/> says.</summary>
    void Held(string student, string reason)
    {
        Assert.True(grading.Totals.Count > 0, "no gradebook was written:\n" + grading.Result.Output);
        var row = grading.Row(student, "conv-parameters");
        Assert.True(row["points"] == "0" && row["result"] == "rejected", $"{student}: {row["result"]}, {row["points"]} points, {row["reason"]}");
        var saved = grading.Saved(student);
        Assert.DoesNotContain("exited with code 3", saved);   // the attack worked
        Assert.True(saved.Contains(reason), $"{student}: expected \"{reason}\" in the grader's notes:\n{saved}");
    }

    [Fact]
    public void Grading_finishes_and_every_control_beside_an_attack_keeps_full_marks()
    {
        Assert.True(grading.Result.ExitCode == 0, grading.Result.Output);
        Assert.All(ContainmentGrading.Controls, c => Assert.Equal(10, grading.Points(c)));
        Assert.DoesNotContain(grading.Totals, r => r["status"] == "grader error");
        Assert.Contains("containment: each child in a session of its own", grading.Result.Output);
    }

    [Fact]
    public void A_submission_cannot_write_to_the_instructors_terminal_or_push_input_into_it()
    {
        Held("b-terminal", "exited with code 4");
        Assert.DoesNotContain(ContainmentGrading.FakeProgress, grading.Result.Output);
        Assert.False(File.Exists(grading.Injected), $"the terminal's next read got: {(File.Exists(grading.Injected) ? File.ReadAllText(grading.Injected) : "")}");
    }

    [Fact]
    public void Signalling_its_process_group_ends_only_the_submission_and_signalling_everyone_reaches_nobody()
    {
        Held("d-kill-group", "it was ended by signal 14");
        Held("f-kill-all", "exited with code 4");   // it ran on after its kill(-1), which reached nothing of the grader's
    }

    [Fact]
    public void Memory_in_a_memfd_is_stopped_at_the_memory_limit() => Held("h-memfd", "more than the memory limit (3000 MB");

    [Fact]
    public void A_neighbour_of_two_hundred_spinning_threads_still_gets_its_share_of_the_cpu()
    {
        Held("j2-cpu-neighbour", "exited with code 4");
        Assert.All(ContainmentGrading.Controls, c => Assert.Equal(10, grading.Points(c)));
    }

    [Fact]
    public void A_flood_of_forged_records_is_stopped_with_a_reason() => Held("l-flood", "flooded the grading channel with forged records");

    [Fact]
    public void A_descriptor_the_grader_inherited_does_not_reach_the_submission()
    {
        Held("m-descriptor", "exited with code 4");
        Assert.Equal("", File.ReadAllText(grading.Inherited));
    }
}

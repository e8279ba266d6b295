using System.Runtime.InteropServices;

namespace CnnCourse.Cli;
using CnnCourse.Assignments;

/// <summary>`cnn assign release|grade` (and the hidden `execute-one` that grading children run).</summary>
public static class AssignCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter log)
    {
        if (args.Length == 0) throw new UsageException("assign needs a subcommand: release or grade");
        return args[0] switch
        {
            "release" => Release(args[1..], log),
            "grade" => await Grade(args[1..], log),
            "execute-one" => await GradingChild.RunAsync(),
            _ => throw new UsageException($"unknown assign subcommand '{args[0]}' (expected release or grade)"),
        };
    }

    static string DefaultReleaseDirectory => Path.Combine(CnnCourse.CoursePaths.Artifacts, "assign", "release");

    static int Release(string[] args, TextWriter log)
    {
        var options = Options.Parse(args, valued: ["--out"]);
        var sources = options.Positional.Count > 0 ? options.Positional.Select(Path.GetFullPath).ToList() : Releaser.DefaultSources();
        if (sources.Count == 0) throw new UsageException($"no assignment sources: none given and none in {Path.Combine(CnnCourse.CoursePaths.Notebooks, "assignments")}");
        foreach (var source in sources)
            if (!File.Exists(source)) throw new UsageException($"{source}: assignment source not found");
        var outDir = Path.GetFullPath(options.Get("--out") ?? DefaultReleaseDirectory);
        try
        {
            Releaser.Release(sources, outDir, log);
            return 0;
        }
        catch (Exception e) when (e is AssignmentFormatException or InvalidDataException)
        {
            Console.Error.WriteLine($"cnn assign release: {e.Message}");
            return 1;
        }
    }

    static async Task<int> Grade(string[] args, TextWriter log)
    {
        var options = Options.Parse(args, valued: ["--out", "--release", "--jobs", "--timeout", "--cell-timeout", "--memory-mb", "--isolation"]);
        if (options.Positional.Count != 1) throw new UsageException("assign grade needs exactly one SUBMISSIONS folder (one folder per student inside)");
        int jobs = options.GetInt("--jobs", 1);
        int timeout = options.GetInt("--timeout", 600);
        var limits = new GradingLimits(
            TimeSpan.FromSeconds(timeout),
            TimeSpan.FromSeconds(Math.Min(options.GetInt("--cell-timeout", 300), timeout)),
            options.GetInt("--memory-mb", 4096),
            Math.Max(1, Environment.ProcessorCount / jobs));
        if (limits.MemoryMegabytes < 1024) throw new UsageException($"--memory-mb {limits.MemoryMegabytes}: a grading child needs at least 1024 MB (the C# kernel and libtorch alone take about 1.2 GB)");
        var gradeOptions = new GradeOptions(
            Path.GetFullPath(options.Positional[0]),
            Path.GetFullPath(options.Get("--release") ?? DefaultReleaseDirectory),
            Path.GetFullPath(options.Get("--out") ?? Path.Combine(CnnCourse.CoursePaths.Artifacts, "assign", "grade")),
            jobs, limits, options.Get("--isolation") ?? "auto");

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; cancel.Cancel(); });
        try
        {
            var results = await new Grader(gradeOptions, log).RunAsync(cancel.Token);
            log.WriteLine();
            log.WriteLine($"{"Student",-24} {"Assignment",-34} {"Points",10}  Status");
            log.WriteLine(new string('-', 80));
            foreach (var r in results) log.WriteLine($"{r.Student,-24} {r.Assignment,-34} {$"{r.Points:0.##}/{r.MaxPoints:0.##}",10}  {r.Status}");
            log.WriteLine($"Gradebook: {Path.Combine(gradeOptions.OutputDirectory, Gradebook.FileName)} (totals: {Gradebook.TotalsFileName}; feedback pages in feedback/)");
            return results.Any(r => r.Status == "grader error") ? 1 : 0;
        }
        catch (OperationCanceledException)
        {
            log.WriteLine("Interrupted: finished submissions are saved under results/; run the same command again to resume. No gradebook was written.");
            return 130;
        }
        catch (Exception e) when (e is AssignmentFormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"cnn assign grade: {e.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

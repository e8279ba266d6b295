using System.CommandLine;
using System.Runtime.InteropServices;
using CnnCourse.Assignments;

namespace CnnCourse.Cli;

/// <summary>`cnn assign release|grade` (the hub's distribute, submit, collect, return and export are in AssignExchangeCommands), and the hidden `execute-one` that each grading child runs.</summary>
static class AssignCommand
{
    static string DefaultReleaseFolder => Path.Combine(CoursePaths.Artifacts, "assign", "release");

    public static Command Create()
    {
        var child = new Command("execute-one", "Runs one submission inside the grading sandbox (started by the grader).") { Hidden = true };
        child.SetAction(_ => GradingChild.RunAsync());
        return new Command("assign", "Release assignments, hand them out on the hub, take submissions, collect, grade, return feedback, export scores.")
        {
            Release(), AssignExchangeCommands.Distribute(), AssignExchangeCommands.Submit(), AssignExchangeCommands.Collect(), Grade(),
            AssignExchangeCommands.Return(), AssignExchangeCommands.Export(), child,
        };
    }

    static Command Release()
    {
        var sources = new Argument<string[]>("sources") { Description = "Instructor source notebooks (default: notebooks/assignments/*.ipynb)", Arity = ArgumentArity.ZeroOrMore };
        var output = Arguments.OutputFolder(() => DefaultReleaseFolder, "Where the student versions and manifest.json go");
        var command = new Command("release", "Write the student version of each source: solutions stubbed, hidden tests removed, outputs cleared, and manifest.json with the SHA-256 of every test cell.")
            { sources, output };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(sources) is { Length: > 0 } named ? Arguments.ExistingFiles(named, "assignment source") : Releaser.DefaultSources();
            if (given.Count == 0) throw new CommandLineException($"no assignment sources: none given and none in {Path.Combine(CoursePaths.Notebooks, "assignments")}");
            Releaser.Release(given, Path.GetFullPath(parse.GetValue(output)!), Console.Out);
            return 0;
        });
        return command;
    }

    static Command Grade()
    {
        var submissions = new Argument<string>("submissions") { Description = "A folder with one folder per student, each holding NN-name.ipynb files" };
        var release = new Option<string>("--release") { Description = "The release to grade against (default artifacts/assign/release)", DefaultValueFactory = _ => DefaultReleaseFolder, HelpName = "DIR" };
        var output = Arguments.OutputFolder(() => Path.Combine(CoursePaths.Artifacts, "assign", "grade"), "Where gradebook.csv, totals.csv, feedback/ and results/ go");
        var jobs = Arguments.Positive("--jobs", 1, "Notebooks graded at a time");
        var timeout = Arguments.Positive("--timeout", 600, "Seconds one notebook may run");
        var cellTimeout = Arguments.Positive("--cell-timeout", 300, "Seconds one cell may run");
        var memory = Arguments.Positive("--memory-mb", 4096, "Memory one grading child may use, in MB (at least 1024)");
        memory.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is > 0 and < 1024)
                result.AddError($"--memory-mb {result.GetValueOrDefault<int>()}: a grading child needs at least 1024 MB (the C# kernel and libtorch alone take about 1.2 GB)");
        });
        var isolation = new Option<string>("--isolation") { Description = "auto (the strongest that works here), required (fail without namespaces) or none", DefaultValueFactory = _ => "auto" };
        isolation.AcceptOnlyFromAmong("auto", "required", "none");
        var regrade = new Option<string[]>("--regrade")
        {
            Description = "Students to grade again even where a saved result is unchanged (results of other students are reused as usual)",
            AllowMultipleArgumentsPerToken = true, HelpName = "STUDENT",
        };
        var command = new Command("grade", "Grade every submission against the release, each notebook in its own sandboxed process; writes the gradebook and feedback pages. An interrupted run resumes.")
            { submissions, release, output, jobs, timeout, cellTimeout, memory, isolation, regrade };
        command.SetAction((parse, cancel) =>
        {
            int notebookSeconds = parse.GetValue(timeout);
            var limits = new GradingLimits(
                TimeSpan.FromSeconds(notebookSeconds),
                TimeSpan.FromSeconds(Math.Min(parse.GetValue(cellTimeout), notebookSeconds)),
                parse.GetValue(memory),
                Math.Max(1, Environment.ProcessorCount / parse.GetValue(jobs)));
            return GradeAsync(new GradeOptions(
                Path.GetFullPath(parse.GetValue(submissions)!),
                Path.GetFullPath(parse.GetValue(release)!),
                Path.GetFullPath(parse.GetValue(output)!),
                parse.GetValue(jobs), limits, parse.GetValue(isolation)!, parse.GetValue(regrade) ?? []), cancel);
        });
        return command;
    }

    static async Task<int> GradeAsync(GradeOptions options, CancellationToken cancelled)
    {
        // Student names are folder names: their control characters are escaped before they reach the terminal.
        var log = new ControlEscapingWriter(Console.Out);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancelled);
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; cancel.Cancel(); });
        try
        {
            var results = await new Grader(options, log).RunAsync(cancel.Token);
            log.WriteLine();
            log.WriteLine($"{"Student",-24} {"Assignment",-34} {"Points",10}  Status");
            log.WriteLine(new string('-', 80));
            foreach (var r in results) log.WriteLine($"{r.Student,-24} {r.Assignment,-34} {$"{r.Points:0.##}/{r.MaxPoints:0.##}",10}  {r.Status}");
            log.WriteLine($"Gradebook: {Path.Combine(options.OutputDirectory, Gradebook.FileName)} (totals: {Gradebook.TotalsFileName}; feedback pages in feedback/)");
            return results.Any(r => r.Status == "grader error") ? 1 : 0;
        }
        catch (OperationCanceledException)
        {
            log.WriteLine("Interrupted: finished submissions are saved under results/; run the same command again to resume. No gradebook was written.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

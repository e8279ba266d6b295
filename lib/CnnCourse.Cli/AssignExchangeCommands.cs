using System.CommandLine;
using CnnCourse.Assignments;
using CnnCourse.Exchange;

namespace CnnCourse.Cli;

/// <summary>The hub's assignment loop: `cnn assign distribute|submit|collect|return|export` (grading is `assign grade`).</summary>
static class AssignExchangeCommands
{
    static string DefaultRelease => Path.Combine(CoursePaths.Artifacts, "assign", "release");
    static string DefaultSubmissions => Path.Combine(CoursePaths.Artifacts, "assign", "submissions");
    static string DefaultGrades => Path.Combine(CoursePaths.Artifacts, "assign", "grade");

    static Option<string> ExchangeOption() => new("--exchange") { Description = "The exchange folder (default: CNN_EXCHANGE, else /var/lib/cnncourse-exchange)", HelpName = "DIR" };

    static ExchangeFolder ExchangeOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? new ExchangeFolder(given) : ExchangeFolder.Default;

    static Option<string> DeadlineOption(string description) => new("--deadline") { Description = description, HelpName = "ISO-8601" };

    static DateTimeOffset? DeadlineOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) is { Length: > 0 } text ? ExchangeAssignment.ParseDeadline(text, "--deadline") : null;

    public static Command Distribute()
    {
        var names = new Argument<string[]>("assignments") { Description = "Released assignments to hand out (default: all in the release)", Arity = ArgumentArity.ZeroOrMore };
        var release = new Option<string>("--release") { Description = "The release folder (default artifacts/assign/release)", DefaultValueFactory = _ => DefaultRelease, HelpName = "DIR" };
        var roster = new Option<string>("--roster") { Description = "The hub's roster", DefaultValueFactory = _ => HubRoster.DefaultPath, HelpName = "CSV" };
        var kit = new Option<string>("--kit") { Description = "The hub's course kit", DefaultValueFactory = _ => "/opt/cnncourse/kit", HelpName = "DIR" };
        var modules = new Option<string>("--hub-modules") { Description = "The hub's modules (course_sync.py)", DefaultValueFactory = _ => "/opt/cnncourse/hub", HelpName = "DIR" };
        var exchange = ExchangeOption();
        var deadline = DeadlineOption("The deadline of these assignments, e.g. 2027-01-15T23:59:00+01:00 (kept from an earlier distribution when not given)");
        var command = new Command("distribute", "On the hub server, as root: put released assignments into every rostered student's ~/course/assignments/ (never over their copy), open an inbox per student in the exchange, and into the kit for students added later.")
            { names, release, roster, kit, modules, exchange, deadline };
        command.SetAction(parse =>
        {
            var options = new DistributeOptions(Path.GetFullPath(parse.GetValue(release)!), (parse.GetValue(names) ?? []).Select(ExchangeFolder.CheckAssignmentName).ToList(),
                Path.GetFullPath(parse.GetValue(roster)!), Path.GetFullPath(parse.GetValue(kit)!), Path.GetFullPath(parse.GetValue(modules)!),
                ExchangeOf(parse, exchange), DeadlineOf(parse, deadline));
            Distributor.Run(options, Console.Out);
            return 0;
        });
        return command;
    }

    public static Command Submit()
    {
        var notebook = new Argument<string>("notebook") { Description = "Your saved assignment notebook, e.g. 01-convolution-from-scratch.ipynb" };
        var exchange = ExchangeOption();
        var command = new Command("submit", "Hand in an assignment notebook (as the student): copied into your inbox with its time and SHA-256; every submission is kept.") { notebook, exchange };
        command.SetAction(parse =>
        {
            var receipt = NotebookSubmitter.Submit(ExchangeOf(parse, exchange), parse.GetValue(notebook)!, UnixAccount.Current.Name, DateTimeOffset.UtcNow);
            Console.WriteLine(receipt.Describe());
            var history = NotebookSubmitter.History(ExchangeOf(parse, exchange), receipt.Assignment, receipt.Student);
            Console.WriteLine($"Your submissions of {receipt.Assignment}: {history.Count} (all kept).");
            return 0;
        });
        return command;
    }

    public static Command Collect()
    {
        var name = new Argument<string>("assignment") { Description = "The assignment, e.g. 01-convolution-from-scratch" };
        var output = Arguments.OutputFolder(() => DefaultSubmissions, "The SUBMISSIONS folder the grader reads (STUDENT/NN-name.ipynb), and .collect/NN-name.json");
        var deadline = DeadlineOption("The deadline (default: the one given at distribution); later submissions are late");
        var policy = new Option<string>("--late-policy") { Description = "latest (take the latest, marked late after the deadline), on-time (the latest before it; none if only late ones), on-time-else-latest", DefaultValueFactory = _ => "latest" };
        policy.AcceptOnlyFromAmong("latest", "on-time", "on-time-else-latest");
        var exchange = ExchangeOption();
        var command = new Command("collect", "Gather each student's submission of one assignment into the layout the grader reads, with a manifest of what was taken from where.") { name, output, deadline, policy, exchange };
        command.SetAction(parse =>
        {
            var late = parse.GetValue(policy) switch { "on-time" => LatePolicy.OnTime, "on-time-else-latest" => LatePolicy.OnTimeElseLatest, _ => LatePolicy.Latest };
            var assignment = ExchangeFolder.CheckAssignmentName(parse.GetValue(name)!);
            var deadlineValue = DeadlineOf(parse, deadline);
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var manifest = Collector.Collect(ExchangeOf(parse, exchange), assignment, folder, deadlineValue, late, DateTimeOffset.UtcNow);
            var log = new ControlEscapingWriter(Console.Out);
            foreach (var s in manifest.Students)
            {
                var taken = s.Taken is { } t ? $"{t.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, SHA-256 {t.Sha256[..12]}…{(t.Late ? ", LATE" : "")}" : "nothing to grade";
                log.WriteLine($"{s.Student,-24} {s.Submissions,3} submission(s)  {taken}");
                foreach (var skipped in s.Skipped) log.WriteLine($"{"",-24} skipped {skipped}");
            }
            log.WriteLine($"Collected {manifest.Students.Count(s => s.Taken is not null)} of {manifest.Students.Count} students into {folder} " +
                          $"(deadline {(manifest.Deadline is { } d ? d.ToString("yyyy-MM-dd HH:mm zzz") : "none")}, late policy {manifest.LatePolicy}); manifest {Path.Combine(folder, Collector.ManifestFolder, assignment + ".json")}");
            return 0;
        });
        return command;
    }

    public static Command Return()
    {
        var name = new Argument<string>("assignment") { Description = "The assignment, e.g. 01-convolution-from-scratch" };
        var grades = new Option<string>("--grades") { Description = "The grading output (default artifacts/assign/grade)", DefaultValueFactory = _ => DefaultGrades, HelpName = "DIR" };
        var command = new Command("return", "On the hub server, as root: give each student their feedback page, ~/course/feedback/NN-name.html (in their Jupyter tree), readable by them only.") { name, grades };
        command.SetAction(parse =>
        {
            var returned = FeedbackReturner.Return(Path.GetFullPath(parse.GetValue(grades)!), parse.GetValue(name)!, new ControlEscapingWriter(Console.Out));
            Console.WriteLine($"Returned {returned.Count} feedback page(s).");
            return 0;
        });
        return command;
    }

    public static Command Export()
    {
        var canvas = new Option<string>("--canvas") { Description = "The gradebook CSV exported from Canvas (Student, ID, SIS User ID, SIS Login ID, Section, ...); students are matched by SIS Login ID", HelpName = "ROSTER.csv", Required = true };
        var grades = new Option<string>("--grades") { Description = "The grading output holding totals.csv (default artifacts/assign/grade)", DefaultValueFactory = _ => DefaultGrades, HelpName = "DIR" };
        var output = Arguments.OutputFolder(() => DefaultGrades, $"Where {CanvasExport.CanvasFileName} and {CanvasExport.StudentTotalsFileName} go (default: the grading output)");
        var noPoints = new Option<bool>("--no-points-possible") { Description = "Leave out the \"Points Possible\" row under the header" };
        var command = new Command("export", "Write the scores as a CSV for Canvas's gradebook import, and the plain per-student totals.") { canvas, grades, output, noPoints };
        command.SetAction(parse =>
        {
            var gradesFolder = Path.GetFullPath(parse.GetValue(grades)!);
            var written = CanvasExport.Export(Path.Combine(gradesFolder, Gradebook.TotalsFileName), Path.GetFullPath(parse.GetValue(canvas)!), Path.GetFullPath(parse.GetValue(output)!), !parse.GetValue(noPoints));
            Console.WriteLine($"Canvas import: {written.CanvasFile} ({written.Students} students, {written.Assignments} assignment(s)); per-student totals: {written.StudentTotalsFile}");
            return 0;
        });
        return command;
    }
}

using System.Diagnostics;
using CnnCourse.Exchange;

namespace CnnCourse.Assignments;

/// <summary>What `cnn assign distribute` hands out, and where from and to.</summary>
public sealed record DistributeOptions(string ReleaseDirectory, IReadOnlyList<string> Assignments, string RosterPath, string Kit, string HubModules, ExchangeFolder Exchange, DateTimeOffset? Deadline);

/// <summary>
/// `cnn assign distribute` (root, on the hub server): puts each released assignment into the kit's assignments/ folder,
/// opens its exchange folder with an inbox for every rostered student, and hands it to every student's
/// ~/course/assignments/ by running the hub's course sync as that student (the same step that runs when a student's
/// server starts, which is how a student added later gets it at first login). A student's existing copy is never
/// overwritten.
/// </summary>
public static class Distributor
{
    /// <summary>The released notebook loads the library two folders up; on the hub it sits in ~/course/assignments, one below ~/course/lib.</summary>
    public static string HubCopy(string releasedJson) =>
        releasedJson.Replace("#r \\\"../../lib/CnnCourse.Notebooks/bin/", "#r \\\"../lib/CnnCourse.Notebooks/bin/", StringComparison.Ordinal);

    public static void Run(DistributeOptions options, TextWriter log)
    {
        if (!UnixAccount.IsRoot) throw new UnauthorizedAccessException("cnn assign distribute: run as root on the hub server (it creates each student's inbox and hands out the notebooks as each student)");
        var manifest = ReleaseManifest.Read(options.ReleaseDirectory);
        var names = options.Assignments.Count > 0 ? options.Assignments : manifest.Assignments.Select(a => a.Name).ToList();
        var released = names.Select(n => manifest.Find(n)
            ?? throw new ArgumentException($"{n}: not in the release {Path.Combine(options.ReleaseDirectory, ReleaseManifest.FileName)} (released: {string.Join(", ", manifest.Assignments.Select(a => a.Name))})")).ToList();
        var roster = HubRoster.Read(options.RosterPath);
        var accounts = roster.Select(s => UnixAccount.Find(s.Username)
            ?? throw new InvalidDataException($"{options.RosterPath}: {s.Username} has no Linux account; run environment/hub.sh again to create the roster's accounts")).ToList();
        var sync = Path.Combine(options.HubModules, "course_sync.py");
        if (!File.Exists(sync)) throw new FileNotFoundException($"{sync} is missing: set up the hub first (environment/hub.sh)", sync);
        if (!Directory.Exists(Path.Combine(options.Kit, "lib"))) throw new DirectoryNotFoundException($"{options.Kit}: no course kit here; set up the hub first (environment/hub.sh)");

        var kitAssignments = Path.Combine(options.Kit, "assignments");
        MakeFolder(kitAssignments, ReadableByAll);
        foreach (var assignment in released)
        {
            var notebook = Path.Combine(options.ReleaseDirectory, assignment.Name + ".ipynb");
            if (!File.Exists(notebook)) throw new FileNotFoundException($"{notebook}: the released notebook is missing; run `cnn assign release` again", notebook);
            var target = Path.Combine(kitAssignments, assignment.Name + ".ipynb");
            AtomicFile.WriteAllText(target, HubCopy(File.ReadAllText(notebook)));
            SetMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var infoPath = options.Exchange.InfoFile(assignment.Name);
            var deadline = options.Deadline ?? (File.Exists(infoPath) ? ExchangeAssignment.Read(infoPath).Deadline : null);
            OpenAssignment(options.Exchange, new ExchangeAssignment(assignment.Name, assignment.Tests.Select(t => t.GradeId).ToList(), deadline), accounts);
            log.WriteLine($"{assignment.Name}: in {target}; exchange {options.Exchange.AssignmentFolder(assignment.Name)}" +
                          (deadline is { } d ? $", deadline {d:yyyy-MM-dd HH:mm zzz}" : ", no deadline"));
        }
        foreach (var account in accounts) log.WriteLine($"{account.Name}: {HandOut(sync, options.Kit, account)}");
    }

    /// <summary>The assignment's exchange folder: assignment.json (readable by all), the inbox (0711) and an inbox of each student's own.</summary>
    public static void OpenAssignment(ExchangeFolder exchange, ExchangeAssignment info, IEnumerable<UnixAccount> students)
    {
        MakeFolder(exchange.Root, ReadableByAll);
        MakeFolder(exchange.AssignmentFolder(info.Name), ReadableByAll);
        var infoPath = exchange.InfoFile(info.Name);
        AtomicFile.WriteAllText(infoPath, info.ToJson());
        SetMode(infoPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        // Students may pass through the inbox to their own folder, but not list it.
        MakeFolder(exchange.Inbox(info.Name), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        foreach (var student in students) OpenInbox(exchange, info.Name, student);
    }

    /// <summary>The student's own inbox folder: created by root, then given to the student with mode 0700.</summary>
    public static void OpenInbox(ExchangeFolder exchange, string assignment, UnixAccount student)
    {
        var inbox = exchange.StudentInbox(assignment, student.Name);
        if (new DirectoryInfo(inbox).LinkTarget is not null) throw new IOException($"{inbox} is a symbolic link, not the student's inbox: remove it and distribute again");
        Directory.CreateDirectory(inbox);
        student.Own(inbox);
        SetMode(inbox, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    const UnixFileMode ReadableByAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                       UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(path, mode);   // the hub runs on Linux; elsewhere Run stops at the root check
    }

    static void MakeFolder(string path, UnixFileMode mode)
    {
        Directory.CreateDirectory(path);
        SetMode(path, mode);
    }

    /// <summary>Runs the course sync as the student (root never writes into a folder a student controls); returns what it did.</summary>
    static string HandOut(string sync, string kit, UnixAccount student)
    {
        var start = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-u", student.Name, "--", "/usr/bin/python3", sync, "--kit", kit, "--home", student.Home }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var text = (output.Result + errors).Trim();
        if (process.ExitCode != 0) throw new IOException($"handing out to {student.Name} failed: {text.Split('\n')[^1]}");
        return text.Length > 0 ? text.Replace("\n", "; ") : "up to date";
    }
}

using System.Diagnostics;
using CnnCourse.Assignments;
using CnnCourse.Exchange;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Exchange;

/// <summary>
/// The exchange without the hub: submit (receipts, resubmission, late marks, bad input that leaves the inbox as it was),
/// the inbox permissions with real accounts (as root: nobody and daemon stand in for two students), and collect.
/// </summary>
[Trait("Category", "unit")]
public sealed class ExchangeTests : IDisposable
{
    const string Assignment = "01-convolution-from-scratch";
    static readonly DateTimeOffset Deadline = new(2027, 1, 15, 22, 0, 0, TimeSpan.Zero);

    readonly TempDirectory temp = new();
    readonly ExchangeFolder exchange;
    readonly string released;

    public ExchangeTests()
    {
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(temp.Path, (UnixFileMode)0b111_101_101);   // others must reach the exchange inside
        exchange = new ExchangeFolder(temp.File("exchange"));
        var gradeIds = Submissions.Released(Assignment).NumberedCells().Select(c => CellGrading.GradeIdOf(c.Cell)).OfType<string>().ToList();
        Distributor.OpenAssignment(exchange, new ExchangeAssignment(Assignment, gradeIds, Deadline), []);
        Directory.CreateDirectory(exchange.StudentInbox(Assignment, "alice"));
        released = Submissions.Released(Assignment).Save(temp.File("work"), "alice", Assignment);
    }

    public void Dispose() => temp.Dispose();

    string[] InboxFiles(string student = "alice") => Directory.GetFiles(exchange.StudentInbox(Assignment, student)).Select(Path.GetFileName).Order().ToArray()!;

    [Fact]
    public void Every_submission_is_kept_with_its_receipt_and_one_after_the_deadline_is_marked_late()
    {
        var first = NotebookSubmitter.Submit(exchange, released, "alice", Deadline.AddHours(-2));
        File.WriteAllText(released, Submissions.Solution(Assignment).ToJson());
        var second = NotebookSubmitter.Submit(exchange, released, "alice", Deadline.AddMinutes(5));

        Assert.False(first.Late);
        Assert.True(second.Late);
        Assert.NotEqual(first.Sha256, second.Sha256);
        Assert.Equal(4, InboxFiles().Length);   // two notebooks, two receipts: the first is still there
        var history = NotebookSubmitter.History(exchange, Assignment, "alice");
        Assert.Equal([first.Sha256, second.Sha256], history.Select(r => r.Sha256));
        Assert.Equal(File.ReadAllBytes(released), File.ReadAllBytes(Path.Combine(exchange.StudentInbox(Assignment, "alice"), second.Notebook)));
        Assert.Contains("LATE", second.Describe());
        Assert.Contains("2027-01-15 20:00:00 UTC", first.Describe());
    }

    [Fact]
    public void Bad_submissions_are_refused_with_a_clear_reason_and_the_inbox_stays_as_it_was()
    {
        NotebookSubmitter.Submit(exchange, released, "alice", Deadline.AddDays(-1));
        var before = InboxFiles();

        var other = Submissions.Released("02-numerical-example").Save(temp.File("work"), "alice", "02-numerical-example");
        AssertRefused(other, "not an assignment of this course: expected one of 01-convolution-from-scratch.ipynb");
        var renamed = temp.File($"work/alice/renamed/{Assignment}.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(renamed)!);
        File.Copy(other, renamed);
        AssertRefused(renamed, $"is not assignment {Assignment}: none of its test cells");
        File.WriteAllText(renamed, "{\"cells\": [ {\"cell_type\": ");
        AssertRefused(renamed, "is not a valid notebook: its JSON is malformed");
        File.WriteAllText(renamed, "[1, 2, 3]");
        AssertRefused(renamed, "is not a notebook: expected a JSON object");
        using (var big = File.Create(renamed)) big.SetLength(NotebookSubmitter.MaxBytes + 1);
        AssertRefused(renamed, "over the 50 MB limit");
        File.Delete(renamed);
        File.CreateSymbolicLink(renamed, released);
        AssertRefused(renamed, "is a symbolic link");
        AssertRefused(temp.File("work/alice/nothing-here.ipynb"), "no such notebook");

        var noInbox = Assert.Throws<DirectoryNotFoundException>(() => NotebookSubmitter.Submit(exchange, released, "bob", Deadline));
        Assert.Contains("you (bob) have no inbox", noInbox.Message);
        Assert.Equal(before, InboxFiles());
    }

    void AssertRefused(string path, string reason)
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookSubmitter.Submit(exchange, path, "alice", Deadline.AddDays(-1)));
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Collect_takes_the_latest_or_the_latest_on_time_and_writes_what_it_took_from_where()
    {
        var early = NotebookSubmitter.Submit(exchange, released, "alice", Deadline.AddHours(-3));
        File.WriteAllText(released, Submissions.Solution(Assignment).ToJson());
        var late = NotebookSubmitter.Submit(exchange, released, "alice", Deadline.AddHours(1));
        Directory.CreateDirectory(exchange.StudentInbox(Assignment, "carol"));   // opened, never submitted
        var submissions = temp.File("submissions");

        var latest = Collector.Collect(exchange, Assignment, submissions, null, LatePolicy.Latest, DateTimeOffset.UtcNow);
        var alice = latest.Students.Single(s => s.Student == "alice");
        Assert.Equal(late.Sha256, alice.Taken!.Sha256);
        Assert.True(alice.Taken.Late);
        Assert.Equal(2, alice.Submissions);
        Assert.Equal(Deadline, latest.Deadline);   // from the exchange, as distributed
        Assert.Equal(File.ReadAllBytes(released), File.ReadAllBytes(Path.Combine(submissions, "alice", Assignment + ".ipynb")));
        Assert.Null(latest.Students.Single(s => s.Student == "carol").Taken);
        Assert.True(Directory.Exists(Path.Combine(submissions, "carol")));   // graded as not submitted
        var manifest = File.ReadAllText(Path.Combine(submissions, Collector.ManifestFolder, Assignment + ".json"));
        Assert.Contains(late.Sha256, manifest);
        Assert.Contains(exchange.StudentInbox(Assignment, "alice"), manifest);

        var onTime = Collector.Collect(exchange, Assignment, submissions, null, LatePolicy.OnTime, DateTimeOffset.UtcNow);
        Assert.Equal(early.Sha256, onTime.Students.Single(s => s.Student == "alice").Taken!.Sha256);
        Assert.False(onTime.Students.Single(s => s.Student == "alice").Taken!.Late);

        // A later deadline on the command line makes the late one on time; a tampered notebook is left out, with the reason.
        var extended = Collector.Collect(exchange, Assignment, submissions, Deadline.AddDays(1), LatePolicy.OnTime, DateTimeOffset.UtcNow);
        Assert.Equal(late.Sha256, extended.Students.Single(s => s.Student == "alice").Taken!.Sha256);
        File.AppendAllText(Path.Combine(exchange.StudentInbox(Assignment, "alice"), late.Notebook), " ");
        var tampered = Collector.Collect(exchange, Assignment, submissions, null, LatePolicy.Latest, DateTimeOffset.UtcNow);
        Assert.Equal(early.Sha256, tampered.Students.Single(s => s.Student == "alice").Taken!.Sha256);
        Assert.Contains(tampered.Students.Single(s => s.Student == "alice").Skipped, s => s.Contains("does not match its receipt"));
    }

    [Fact]
    public void A_receipt_backdated_before_the_deadline_counts_from_when_its_file_arrived()
    {
        var deadline = DateTimeOffset.UtcNow.AddHours(-1);   // passed an hour ago, for the file system's clock too
        var info = ExchangeAssignment.Read(exchange.InfoFile(Assignment)) with { Deadline = deadline };
        Distributor.OpenAssignment(exchange, info, []);
        var forged = NotebookSubmitter.Submit(exchange, released, "alice", deadline.AddHours(-1));   // a clock set back by two hours
        Assert.False(forged.Late);

        var collected = Collector.Collect(exchange, Assignment, temp.File("submissions"), null, LatePolicy.Latest, DateTimeOffset.UtcNow).Students.Single();
        Assert.True(collected.Taken!.Late);
        Assert.True(collected.Taken.SubmittedAt > deadline);
        Assert.Contains(collected.Skipped, s => s.Contains("the arrival counts"));
    }

    [Fact]
    public void Collect_with_a_deadline_in_the_wrong_format_is_one_line_and_writes_nothing()
    {
        var submissions = temp.File("submissions");
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "assign", "collect", Assignment, "--deadline", "15.01.2027 23:59", "--exchange", exchange.Root, "--out", submissions);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cnn: --deadline '15.01.2027 23:59': expected an ISO 8601 time with its UTC offset, like 2027-01-15T23:59:00+01:00 or 2027-01-15T22:59:00Z", result.Output.Trim());
        Assert.False(Directory.Exists(submissions));
        Assert.Equal(DateTimeOffset.Parse("2027-01-15T23:59:00+01:00"), ExchangeAssignment.ParseDeadline("2027-01-15T23:59:00+01:00", "--deadline"));
        Assert.Throws<ArgumentException>(() => ExchangeAssignment.ParseDeadline("2027-01-15T23:59:00", "--deadline"));   // no offset: whose midnight?
    }

    /// <summary>Real accounts: nobody submits with the cnn tool as itself; daemon can neither read, list nor write nobody's inbox.</summary>
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_student_writes_only_their_own_inbox_and_reads_no_one_elses()
    {
        Assert.True(UnixAccount.IsRoot, "this test needs root to act as two accounts (CI runs as root)");
        var nobody = UnixAccount.Find("nobody")!;
        var daemon = UnixAccount.Find("daemon")!;
        Distributor.OpenAssignment(exchange, ExchangeAssignment.Read(exchange.InfoFile(Assignment)), [nobody, daemon]);
        var work = temp.File("nobody-work");
        Directory.CreateDirectory(work);
        File.Copy(released, Path.Combine(work, Assignment + ".ipynb"));
        nobody.Own(work);
        nobody.Own(Path.Combine(work, Assignment + ".ipynb"));

        var submitted = As("nobody", "dotnet", Path.Combine(AppContext.BaseDirectory, "cnn.dll"), "assign", "submit", Path.Combine(work, Assignment + ".ipynb"), "--exchange", exchange.Root);
        Assert.True(submitted.ExitCode == 0, submitted.Output);
        Assert.Contains($"Submitted {Assignment} for nobody", submitted.Output);
        var inbox = exchange.StudentInbox(Assignment, "nobody");
        var notebook = Directory.GetFiles(inbox, "*.ipynb").Single();
        Assert.Equal(nobody.Uid, UnixAccount.OwnerOf(inbox));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(inbox));

        Assert.NotEqual(0, As("daemon", "cat", notebook).ExitCode);
        Assert.NotEqual(0, As("daemon", "ls", inbox).ExitCode);
        Assert.NotEqual(0, As("daemon", "ls", exchange.Inbox(Assignment)).ExitCode);   // nor who else has an inbox
        Assert.NotEqual(0, As("daemon", "touch", Path.Combine(inbox, "planted.ipynb")).ExitCode);
        Assert.NotEqual(0, As("daemon", "mkdir", Path.Combine(exchange.Inbox(Assignment), "eve")).ExitCode);
        Assert.NotEqual(0, As("nobody", "touch", exchange.InfoFile(Assignment)).ExitCode);
        Assert.Equal(0, As("daemon", "cat", exchange.InfoFile(Assignment)).ExitCode);   // what submit checks against is public
        Assert.Equal(0, As("nobody", "cat", notebook).ExitCode);
        Assert.Equal(2, Directory.GetFiles(inbox).Length);
    }

    static CnnTool.Result As(string user, params string[] command)
    {
        var start = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in new[] { "-u", user, "--", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", "DOTNET_NOLOGO=1" }.Concat(command)) start.ArgumentList.Add(a);
        return CnnTool.Execute(start, TimeSpan.FromMinutes(1));
    }
}

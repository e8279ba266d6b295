using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CnnCourse.Assignments;

/// <summary>Options of `cnn assign grade`.</summary>
/// <param name="Regrade">Students whose saved results are not reused (`--regrade`).</param>
public sealed record GradeOptions(string SubmissionsDirectory, string ReleaseDirectory, string OutputDirectory, int Jobs, GradingLimits Limits, string Isolation, IReadOnlyList<string>? Regrade = null);

/// <summary>
/// `cnn assign grade`: every student folder × every released assignment. Submissions are read once, up
/// front (so nothing a child does to the folders later changes what is graded), checked, run in separate
/// processes (<see cref="Jobs"/> at a time), and each result is saved as soon as it is known, so a run
/// that is interrupted resumes where it stopped. The gradebook is written at the end, whole.
/// </summary>
public sealed class Grader(GradeOptions options, TextWriter log)
{
    /// <summary>Bumped when grading changes in a way that makes saved results stale.</summary>
    const string GraderVersion = "cnn-grade-3";   // 3: children contained by session and cgroups; results of earlier graders are not reused
    const long MaxNotebookBytes = 50L << 20;

    // Everything logged goes through here, so a student's folder name cannot send escape sequences to the terminal.
    readonly TextWriter log = new ControlEscapingWriter(log);

    static readonly JsonSerializerOptions resultJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    sealed record Work(string Student, ReleasedAssignment Assignment, AssignmentSource Source, string Path, byte[]? Content, string? Problem);

    public int Jobs => options.Jobs;

    public async Task<IReadOnlyList<SubmissionResult>> RunAsync(CancellationToken cancel)
    {
        var manifest = ReleaseManifest.Read(options.ReleaseDirectory);
        if (manifest.Assignments.Count == 0) throw new InvalidDataException($"{options.ReleaseDirectory}: the manifest lists no assignments");
        var sources = new Dictionary<string, AssignmentSource>();
        foreach (var assignment in manifest.Assignments)
        {
            var source = AssignmentSource.Read(Releaser.ResolveSource(assignment));
            if (source.Sha256 != assignment.SourceSha256)
                log.WriteLine($"note: {source.Path} changed since the release; hidden tests come from the current source, test checksums from the release");
            sources[assignment.Name] = source;
        }

        if (!Directory.Exists(options.SubmissionsDirectory)) throw new DirectoryNotFoundException($"{options.SubmissionsDirectory}: submissions folder not found (expected one folder per student)");
        if (IsInside(options.OutputDirectory, options.SubmissionsDirectory))
            throw new InvalidDataException($"--out {options.OutputDirectory} is inside the submissions folder {options.SubmissionsDirectory}; put it elsewhere (its folders would look like students)");
        var students = new DirectoryInfo(options.SubmissionsDirectory).EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.')).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        foreach (var link in students.Where(d => d.LinkTarget is not null)) log.WriteLine($"skipped {link.FullName}: a symbolic link, not a student folder");
        students.RemoveAll(d => d.LinkTarget is not null);
        if (students.Count == 0) throw new InvalidDataException($"{options.SubmissionsDirectory}: no student folders (expected SUBMISSIONS/STUDENT/NN-name.ipynb)");
        var regrade = (options.Regrade ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var name in regrade.Where(n => students.All(s => s.Name != n)))
            throw new ArgumentException($"--regrade {name}: no student folder of that name in {options.SubmissionsDirectory}");

        // Read every submission now: children run later and must not be able to change what is graded.
        var work = new List<Work>();
        foreach (var student in students)
        {
            var expected = manifest.Assignments.Select(a => a.Name + ".ipynb").ToHashSet();
            foreach (var extra in student.EnumerateFiles("*.ipynb").Where(f => !expected.Contains(f.Name)))
                log.WriteLine($"note: {extra.FullName} is not a released assignment; ignored");
            foreach (var assignment in manifest.Assignments)
                work.Add(Snapshot(student, assignment, sources[assignment.Name]));
        }

        var sandbox = Sandbox.Choose(options.Isolation);
        // A submission that can take all the memory or CPU hurts every student graded beside it: without caps per
        // child, grading stops here unless the instructor has said the notebooks are trusted (--isolation none).
        if (ChildCgroup.Unavailable is { } noCaps && sandbox.Mode != IsolationMode.None)
            throw new InvalidDataException($"cannot cap each grading child's memory, CPU and processes here: {noCaps}. " +
                                                "Grade as root on Linux with cgroup v1's memory, cpu and pids controllers, or pass --isolation none for notebooks you trust");
        var runner = new ChildRunner(sandbox, options.Limits, Path.Combine(options.OutputDirectory, ".scratch"));
        log.WriteLine($"Grading {students.Count} student(s) × {manifest.Assignments.Count} assignment(s), {options.Jobs} at a time; isolation: {sandbox.Description}");
        log.WriteLine($"containment: {runner.ContainmentDescription}");
        if (sandbox.Mode == IsolationMode.None) log.WriteLine("warning: without namespaces a submission can read the instructor sources and write the user's files (see docs/assignments.md, section Isolation)");

        Directory.CreateDirectory(options.OutputDirectory);
        // Children's private folders live here; a grader that was killed leaves its own behind, removed now.
        var scratch = Path.Combine(options.OutputDirectory, ".scratch");
        if (Directory.Exists(scratch) && Directory.EnumerateFileSystemEntries(scratch).Any())
        {
            log.WriteLine($"removing the working folders an interrupted run left in {scratch}");
            Directory.Delete(scratch, recursive: true);
        }
        Directory.CreateDirectory(scratch);
        var grader = new SubmissionGrader(runner);

        // The expected values: the instructor's solution run in children of its own, before any submission runs. It is
        // trusted and has one attempt, so a cell of it may take up to the notebook's limit (a busy machine slows the first cell most).
        var referenceRunner = new ChildRunner(sandbox, options.Limits with { CellTimeout = options.Limits.NotebookTimeout }, scratch);
        // The solutions against their code policies: the first compile warms Roslyn up (seconds), so it runs while the
        // reference runs' children work, and grading waits for it.
        var policyChecks = Task.Run(() => { foreach (var source in sources.Values) source.CheckSolutionAgainstPolicy(); }, cancel);
        var references = new System.Collections.Concurrent.ConcurrentDictionary<string, ReferenceRun>();
        await Parallel.ForEachAsync(manifest.Assignments, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancel }, async (assignment, token) =>
        {
            var source = sources[assignment.Name];
            var key = ReferenceRun.KeyFor(GraderVersion, source, sandbox.Mode);
            var (reference, reused) = await ReferenceRun.ObtainAsync(source, referenceRunner, options.OutputDirectory, key, log, token);
            references[assignment.Name] = reference;
            lock (log) log.WriteLine($"reference run of {assignment.Name}: {reference.Tests.Count(t => t.Ok)} of {reference.Tests.Count} tests passed" +
                                     (reused ? " (saved by an earlier run: reused)" : $" ({reference.Seconds:F1} s)"));
        });
        await policyChecks;
        var results = new SubmissionResult?[work.Count];
        int finished = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, work.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancel }, async (i, token) =>
        {
            var item = work[i];
            var reference = references[item.Assignment.Name];
            var key = Key(item, sandbox, reference);
            var saved = ResultPath(item.Student, item.Assignment.Name);
            // A grader error is the grader's fault, not the submission's: running the command again grades it again.
            var result = !regrade.Contains(item.Student) && Load(saved, key) is { Status: not "grader error" } earlier ? earlier : null;
            bool reused = result is not null;
            try
            {
                result ??= await Grade(item, key, sandbox, grader, reference, token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One submission the grader cannot handle must not stop the others.
                result = new SubmissionResult(item.Student, item.Assignment.Name, key, "grader error",
                    item.Assignment.Tests.Select(t => TestVerdict.Zero(t, TestOutcome.GraderError, $"grader error: {e.GetType().Name}: {e.Message}")).ToList(),
                    [], [$"{e.GetType().Name}: {e.Message}"], 0, 0, sandbox.Description);
                // The stack trace is for the instructor's log; the student's feedback page gets the one-line reason.
                lock (log) log.WriteLine($"grader error for {item.Student} {item.Assignment.Name}: {e}");
            }
            if (!reused) CnnCourse.AtomicFile.WriteAllText(saved, JsonSerializer.Serialize(result, resultJson) + "\n");
            CnnCourse.AtomicFile.WriteAllText(FeedbackPath(item.Student, item.Assignment.Name), FeedbackPage.Render(result));
            results[i] = result;
            int n = Interlocked.Increment(ref finished);
            lock (log) log.WriteLine($"[{n}/{work.Count}] {item.Student} {item.Assignment.Name}: {result.Points:0.##}/{result.MaxPoints:0.##} {result.Status}" +
                                     (reused ? " (unchanged since the last run: result reused)" : $" ({result.Seconds:F1} s, {result.Attempts} run(s))"));
        });

        var all = results.Select(r => r!).ToList();
        Gradebook.Write(options.OutputDirectory, all);
        try { Directory.Delete(scratch); } catch (IOException) { }   // empty unless a child's folder could not be removed
        return all;
    }

    Work Snapshot(DirectoryInfo student, ReleasedAssignment assignment, AssignmentSource source)
    {
        var path = Path.Combine(student.FullName, assignment.Name + ".ipynb");
        var file = new FileInfo(path);
        if (!file.Exists) return new Work(student.Name, assignment, source, path, null, null);
        if (file.LinkTarget is not null) return new Work(student.Name, assignment, source, path, null, $"{file.Name} is a symbolic link; hand in the notebook file itself");
        if (file.Length > MaxNotebookBytes) return new Work(student.Name, assignment, source, path, null, $"{file.Name} is {file.Length / (1 << 20)} MB; a notebook over {MaxNotebookBytes >> 20} MB is not graded (clear its outputs)");
        return new Work(student.Name, assignment, source, path, File.ReadAllBytes(path), null);
    }

    async Task<SubmissionResult> Grade(Work item, string key, Sandbox sandbox, SubmissionGrader grader, ReferenceRun reference, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var tests = item.Assignment.Tests;
        if (item.Content is null && item.Problem is null)
            return new SubmissionResult(item.Student, item.Assignment.Name, key, "not submitted",
                tests.Select(t => TestVerdict.Zero(t, TestOutcome.NotSubmitted, $"no {item.Assignment.Name}.ipynb in the student's folder")).ToList(), [], [], 0, 0, sandbox.Description);
        if (item.Problem is not null)
            return Invalid(item, key, sandbox, item.Problem);

        var plan = GradingPlan.For(Encoding.UTF8.GetString(item.Content!), Path.GetFileName(item.Path), item.Source, item.Assignment);   // the name only: the reason goes on the student's page
        if (plan.Invalid is not null) return Invalid(item, key, sandbox, plan.Invalid);
        var outcome = await grader.GradeAsync(plan, item.Assignment, reference, cancel);
        var status = outcome.Tests.Any(t => t.Outcome == TestOutcome.GraderError) ? "grader error" : "graded";
        return new SubmissionResult(item.Student, item.Assignment.Name, key, status, outcome.Tests, outcome.Problems, outcome.Notes, outcome.Attempts, Math.Round(clock.Elapsed.TotalSeconds, 1), sandbox.Description);
    }

    static SubmissionResult Invalid(Work item, string key, Sandbox sandbox, string reason) =>
        new(item.Student, item.Assignment.Name, key, "invalid",
            item.Assignment.Tests.Select(t => TestVerdict.Zero(t, TestOutcome.Invalid, reason)).ToList(), [], [reason], 0, 0, sandbox.Description);

    /// <summary>What a saved result depends on: the submission's bytes, the release entry, the source, the limits, the isolation and the reference it was compared with.</summary>
    string Key(Work item, Sandbox sandbox, ReferenceRun reference)
    {
        var text = new StringBuilder()
            .AppendLine(GraderVersion)
            .AppendLine(item.Content is null ? "absent:" + item.Problem : Convert.ToHexString(SHA256.HashData(item.Content)))
            .AppendLine(JsonSerializer.Serialize(item.Assignment))
            .AppendLine(item.Source.Sha256)
            .AppendLine(options.Limits.Fingerprint)
            .AppendLine(sandbox.Mode.ToString())
            .AppendLine(reference.Key);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    static SubmissionResult? Load(string path, string key)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var saved = JsonSerializer.Deserialize<SubmissionResult>(File.ReadAllText(path), resultJson);
            return saved?.Key == key && saved.Tests is not null ? saved : null;
        }
        catch (JsonException)
        {
            return null;   // unreadable: grade again
        }
    }

    static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..") && !Path.IsPathRooted(relative));
    }

    string ResultPath(string student, string assignment) => Path.Combine(options.OutputDirectory, "results", student, assignment + ".json");
    string FeedbackPath(string student, string assignment) => Path.Combine(options.OutputDirectory, "feedback", student, assignment + ".html");
}

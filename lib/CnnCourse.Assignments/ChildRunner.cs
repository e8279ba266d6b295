using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>How one cell ended in a child, as the child reported it: the test cell's observations travel with it (null for other cells).</summary>
public sealed record CellEnd(bool Ok, string? Error, string Output, double Seconds, JsonArray? Observations = null);

/// <summary>
/// One run of a child: the cells it reported, the cells whose records came out of order (<see cref="Tampered"/>:
/// cell id -> why; their reports do not count), the cell it was in when it stopped, whether it finished, and
/// if not, why it stopped.
/// </summary>
/// <param name="CellSeconds">How long the cell it was stopped in had been running when the grader stopped it (0 when it was not stopped by the grader).</param>
/// <param name="KillSeconds">From the grader's kill to the child's exit, everything it started included (null when it was not killed).</param>
public sealed record AttemptResult(IReadOnlyDictionary<int, CellEnd> Ended, bool Ready, int? RunningCell, bool Completed, string? StopReason, int? ExitCode, string StandardErrorTail, double Seconds,
    IReadOnlyDictionary<int, string>? TamperedCells = null, double CellSeconds = 0, double? KillSeconds = null)
{
    public IReadOnlyDictionary<int, string> Tampered => TamperedCells ?? new Dictionary<int, string>();
}

/// <summary>
/// Starts `cnn assign execute-one` as a separate process (in the sandbox when there is one), sends it the
/// job, and watches it. The child runs in a session of its own (no controlling terminal; its signals to its
/// process group reach only itself), with none of the grader's inherited descriptors, and in cgroups of its
/// own that cap its processes, memory and CPU (<see cref="ChildCgroup"/>). It is killed, with everything it
/// started, when the notebook or a cell runs past its time limit, when a cap is hit, or when it floods the
/// grading channel. Without cgroups (<c>--isolation none</c> where they are unavailable) the tree's resident
/// memory is polled from /proc every 100 ms instead.
/// </summary>
/// <param name="scratchRoot">Where each child's private folder is made (the grading output's .scratch/, so a killed run's leftovers are found and removed next time).</param>
public sealed class ChildRunner(Sandbox sandbox, GradingLimits limits, string? scratchRoot = null)
{
    static readonly TimeSpan poll = TimeSpan.FromMilliseconds(100);

    /// <summary>Processes and threads one child may have (its pids cgroup); the .NET runtime, the kernel and torch need well under 200.</summary>
    public const int MaxTasks = 512;

    /// <summary>Records out of turn a child may send before it is stopped: a few are a submission printing what it should not; thousands are a flood.</summary>
    public const int MaxForgedRecords = 1000;

    ChildCaps Caps => new(MaxTasks, limits.MemoryBytes);

    /// <summary>One line for the log: how each child is contained and capped here.</summary>
    public string ContainmentDescription => ChildCgroup.Unavailable is null
        ? $"each child in a session of its own with no terminal, in cgroups of its own: {MaxTasks} processes and threads, {limits.MemoryMegabytes} MB of memory of every kind (memfd, shared memory and page cache count), and an equal share of the CPU however many threads it runs; killed all at once"
        : $"no per-child cgroup ({ChildCgroup.Unavailable}): only the resident memory of each child is watched, and its processes and CPU are not capped";

    public async Task<AttemptResult> RunAsync(IReadOnlyList<JobCell> cells, CancellationToken cancel)
    {
        using var scratch = new ScratchDirectory(scratchRoot);
        var (program, courseRoot, work) = sandbox.ChildPaths(scratch.Path);
        var job = GradingJob.Create(work, cells);
        using var cgroup = ChildCgroup.TryCreate(Caps);
        var start = sandbox.Start(
            [Path.Combine(Sandbox.DotnetRoot, "dotnet"), Path.Combine(program, "cnn.dll"), "assign", "execute-one"],
            scratch.Path, ChildEnvironment(courseRoot, work));
        if (cgroup is not null) start = cgroup.Wrap(start);
        start = ChildSession.Detach(start);
        ChildSession.KeepInheritedDescriptorsFromChildren();
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        var ended = new Dictionary<int, CellEnd>();
        var tampered = new Dictionary<int, string>();
        int? limitHitIn = null;
        double cellSeconds = 0;
        Stopwatch? killClock = null;
        long nextSequence = 0;
        int forged = 0;
        bool flooded = false;
        var cellIds = cells.Select(c => c.Id).ToHashSet();
        var gate = new object();
        int? running = null;
        var runningSince = Stopwatch.StartNew();
        bool ready = false, completed = false;
        string? stopReason = null;
        var clock = Stopwatch.StartNew();

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new AttemptResult(new Dictionary<int, CellEnd>(), false, null, false, $"{start.FileName} could not be started: {e.Message}", null, "", 0);
        }
        var stdin = process.StandardInput.BaseStream;
        try
        {
            await stdin.WriteAsync(Encoding.UTF8.GetBytes(job.ToLine() + "\n"), cancel);
            await stdin.FlushAsync(cancel);
        }
        catch (IOException)
        {
            // The child died before reading its job; what it printed to standard error says why.
        }
        // stdin stays open: the child exits when it closes, so a grader that dies takes its children with it.

        var reader = Task.Run(async () =>
        {
            await foreach (var line in new BoundedLineReader(process.StandardOutput.BaseStream).ReadLinesAsync())
            {
                var record = GradingProtocol.Parse(line);
                if (record is null) continue;   // anything the submission printed
                lock (gate)
                {
                    if (limitHitIn is not null) continue;   // the child is being killed; what it says now changes nothing
                    // The child numbers its records 0, 1, 2, ...; a record the submission wrote itself shows up as a
                    // number out of turn or repeated, or as a second end. The cells such a record names, and the
                    // cell running at the time, lose their reports: their tests score zero with this reason.
                    var sequence = record["seq"] is JsonValue q && q.TryGetValue<long>(out var n) ? n : -1;
                    int? cell = record["cell"] is JsonValue c && c.TryGetValue<int>(out var id) ? id : null;
                    string? anomaly = null;
                    // Only the next number is accepted, so nothing about earlier records needs keeping: the grader's
                    // memory stays flat however many records a child sends.
                    if (sequence != nextSequence) anomaly = $"record {sequence} arrived when {nextSequence} was due";
                    else if (Get<string>(record, "event") == "end" && (cell is null || cell != running || ended.ContainsKey(cell.Value)))
                        anomaly = $"an end of cell {cell} while cell {running?.ToString() ?? "none"} was running";
                    if (sequence >= nextSequence && sequence < long.MaxValue) nextSequence = sequence + 1;
                    if (anomaly is not null)
                    {
                        // Blame is kept for the notebook's own cells only (a forged record may name any number).
                        foreach (var blamed in new[] { cell, running }.OfType<int>().Distinct().Where(cellIds.Contains))
                            tampered.TryAdd(blamed, $"the grading channel carried a forged, repeated or out-of-order record ({anomaly})");
                        if (++forged > MaxForgedRecords) flooded = true;
                        continue;
                    }
                    switch (Get<string>(record, "event"))
                    {
                        case "ready": ready = true; break;
                        case "start":
                            running = cell;
                            runningSince.Restart();
                            break;
                        case "end" when cell is { } endedCell:
                            // A cell that hit the process cap usually fails fast and ends before the next poll; checked at
                            // its end, the cap is blamed on the cell that hit it (it stays "running"), not on a later one.
                            if (cgroup is { ProcessLimitHit: true })
                            {
                                limitHitIn = endedCell;
                                break;
                            }
                            ended[endedCell] = new CellEnd(Get<bool>(record, "ok"), Get<string>(record, "error"), Get<string>(record, "output") ?? "", Get<double>(record, "seconds"),
                                record["observations"] as JsonArray);
                            running = null;
                            break;
                        case "done": completed = true; break;
                    }
                }
            }
        });
        var errorTail = new TailBuffer(8192);
        var errors = Task.Run(async () =>
        {
            var buffer = new byte[8192];
            int read;
            while ((read = await process.StandardError.BaseStream.ReadAsync(buffer)) > 0) errorTail.Append(buffer, read);
        });

        var doneSince = (Stopwatch?)null;
        try
        {
            while (!process.HasExited)
            {
                await Task.Delay(poll, cancel);
                string? kill = null;
                lock (gate)
                {
                    if (completed) doneSince ??= Stopwatch.StartNew();
                    else if (clock.Elapsed > limits.NotebookTimeout) kill = $"the notebook ran past its time limit ({limits.NotebookTimeout.TotalSeconds:0} s)";
                    else if (running is not null && runningSince.Elapsed > limits.CellTimeout) kill = $"the cell ran past its time limit ({limits.CellTimeout.TotalSeconds:0} s): an endless loop, or too slow";
                }
                bool limitHit, flood;
                lock (gate) (limitHit, flood) = (limitHitIn is not null, flooded);
                if (kill is null && (limitHit || cgroup is { ProcessLimitHit: true }))
                    kill = $"it started more processes and threads than a grading child may have ({MaxTasks}, its pids cgroup): a fork bomb?";
                if (kill is null && cgroup is { MemoryLimitHit: true }) kill = MemoryStop(cgroup);
                if (kill is null && flood)
                    kill = $"it flooded the grading channel with forged records (more than {MaxForgedRecords})";
                if (kill is null && !completed && cgroup is null)
                {
                    long resident = ProcessTree.ResidentBytes(process.Id);
                    if (resident > limits.MemoryBytes)
                        kill = $"it used more than the memory limit ({limits.MemoryMegabytes} MB; {resident / (1024 * 1024)} MB resident when stopped)";
                }
                if (doneSince is { Elapsed.TotalSeconds: > 10 }) kill = "";   // finished but did not exit
                if (kill is not null)
                {
                    lock (gate) cellSeconds = running is null ? 0 : runningSince.Elapsed.TotalSeconds;
                    if (kill.Length > 0) stopReason = kill;
                    killClock = Stopwatch.StartNew();
                    Kill(process, cgroup);
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Kill(process, cgroup);
            throw;
        }
        finally
        {
            await process.WaitForExitAsync(CancellationToken.None);
            killClock?.Stop();
            stdin.Dispose();
        }
        await Task.WhenAny(Task.WhenAll(reader, errors), Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None));

        lock (gate)
        {
            int exitCode = process.ExitCode;
            // The OOM killer may end the child between two polls: its exit is then a SIGKILL the cgroup explains.
            if (!completed && stopReason is null && cgroup is { MemoryLimitHit: true }) stopReason = MemoryStop(cgroup);
            if (!completed && stopReason is null) stopReason = DescribeExit(exitCode, errorTail.ToString());
            return new AttemptResult(new Dictionary<int, CellEnd>(ended), ready, running, completed, completed ? null : stopReason, exitCode, errorTail.ToString(), clock.Elapsed.TotalSeconds,
                new Dictionary<int, string>(tampered), cellSeconds, killClock?.Elapsed.TotalSeconds);
        }
    }

    string MemoryStop(ChildCgroup cgroup) =>
        $"it used more than the memory limit ({limits.MemoryMegabytes} MB of every kind, its memory cgroup; stopped by the kernel at {cgroup.PeakMemoryBytes / (1024 * 1024)} MB)";

    /// <summary>A field of a record, or the default when it is absent or of another type (records are not trusted to be well-formed).</summary>
    static T? Get<T>(JsonObject record, string name) => record[name] is JsonValue v && v.TryGetValue<T>(out var value) ? value : default;

    Dictionary<string, string> ChildEnvironment(string courseRoot, string work)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin:/bin",
            ["HOME"] = work,
            ["TMPDIR"] = sandbox.Mode == IsolationMode.None ? work : "/tmp",
            ["LANG"] = "C.UTF-8",
            ["DOTNET_ROOT"] = Sandbox.DotnetRoot,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // No debugger, profiler or diagnostics IPC: the submission cannot attach to its own process that way.
            ["DOTNET_EnableDiagnostics"] = "0",
            // The managed heap stops at the limit with an OutOfMemoryException; native memory is watched from outside.
            ["DOTNET_GCHeapHardLimit"] = "0x" + limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture),
            // The course kernel's runtime settings (environment/install-kernel.sh, measured in docs/performance.md): a
            // grading child compiles a new cell every few moments, and re-compiling the last cells' methods for speed
            // they will not be called enough to repay costs a short notebook a third of its CPU time.
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_TC_CallCountingDelayMs"] = "0xBB8",
            ["OMP_NUM_THREADS"] = limits.Threads.ToString(CultureInfo.InvariantCulture),
            ["MKL_NUM_THREADS"] = limits.Threads.ToString(CultureInfo.InvariantCulture),
        };
        // The settings marked for the grading child pass through (profile, device, assignment budgets); nothing else does.
        foreach (var setting in Settings.All.Where(s => s.ForGradingChild))
            if (setting.Value is { } value) environment[setting.Name] = value;
        environment[Settings.CourseRoot.Name] = courseRoot;
        environment[Settings.Artifacts.Name] = Path.Combine(work, "artifacts");
        environment[Settings.Offline.Name] = "1";
        return environment;
    }

    /// <summary>
    /// Ends the child and everything it started, at once: every process of its cgroup gets SIGKILL; in a sandbox
    /// the child is unshare --kill-child, whose death kills the PID namespace's first process and with it the
    /// whole namespace. Walking a process tree (Process.Kill(entireProcessTree)) is the last resort: with
    /// thousands of processes it takes minutes.
    /// </summary>
    void Kill(Process process, ChildCgroup? cgroup)
    {
        cgroup?.KillAll();
        try
        {
            if (cgroup is not null || sandbox.Mode != IsolationMode.None) process.Kill();
            else process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }   // already gone
    }

    static string DescribeExit(int exitCode, string standardError)
    {
        if (standardError.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)) return "it crashed with a stack overflow (endless recursion?)";
        if (standardError.Contains("OutOfMemory", StringComparison.Ordinal)) return "it ran out of memory";
        return exitCode switch
        {
            0 => "the process exited (exit code 0) before the notebook finished: the code ended it (Environment.Exit?)",
            GradingChild.ExitParentGone => "the child lost its connection to the grader (it closed or read standard input)",
            134 => "it crashed (aborted, SIGABRT)",
            137 => "it was killed (SIGKILL, e.g. by the system for memory)",
            139 => "it crashed (segmentation fault)",
            > 128 and < 160 => $"it was ended by signal {exitCode - 128}",
            _ => $"the process exited with code {exitCode} before the notebook finished (Environment.Exit?)",
        };
    }

    /// <summary>Keeps the first and the last bytes written to it (a crash report starts with its cause, e.g. "Stack overflow.", then repeats frames).</summary>
    sealed class TailBuffer(int capacity)
    {
        readonly MemoryStream head = new();
        readonly Queue<byte> tail = new();
        bool skipped;

        public void Append(byte[] buffer, int count)
        {
            lock (tail)
            {
                for (int i = 0; i < count; i++)
                {
                    if (head.Length < capacity / 2) { head.WriteByte(buffer[i]); continue; }
                    tail.Enqueue(buffer[i]);
                    if (tail.Count > capacity) { tail.Dequeue(); skipped = true; }
                }
            }
        }

        public override string ToString()
        {
            lock (tail) return Encoding.UTF8.GetString(head.ToArray()) + (skipped ? "\n…\n" : "") + Encoding.UTF8.GetString(tail.ToArray());
        }
    }

}

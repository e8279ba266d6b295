using System.Globalization;
using System.Runtime.InteropServices;

namespace CnnCourse.Assignments;

/// <summary>What one grading child may use, counted for that child alone.</summary>
/// <param name="MaxTasks">Processes and threads (pids cgroup).</param>
/// <param name="MemoryBytes">Memory of every kind the child's processes charge: heap, memfd, shared memory, tmpfs files, page cache (memory cgroup).</param>
/// <remarks>
/// CPU is shared, not capped: every child's cpu cgroup has the same weight (cpu.shares), so when the cores are
/// contended each child gets an equal part of them however many threads it runs, and an idle machine is used in full.
/// </remarks>
public sealed record ChildCaps(int MaxTasks, long MemoryBytes);

/// <summary>
/// The cgroups (v1: /sys/fs/cgroup/pids, memory and cpu) of one grading child. A cap per user would be shared
/// by every child running as nobody, and a poll of resident memory misses a memfd or a tmpfs file; a cgroup
/// counts what the kernel charges to the child, and stops it at the moment it passes the cap. The child joins
/// all three before it starts (see <see cref="Wrap"/>), so nothing it forks escapes, and everything in it can
/// be killed at once. Null from <see cref="TryCreate"/> where the cgroups are not writable (not root, a
/// controller missing, cgroup v2 only): see <see cref="Unavailable"/>.
/// </summary>
public sealed class ChildCgroup : IDisposable
{
    public const string Root = "/sys/fs/cgroup";
    static readonly string[] controllers = ["pids", "memory", "cpu"];
    const string Parent = "cnn-grade";
    static int counter;
    static readonly Lazy<string?> unavailable = new(Probe);

    readonly Dictionary<string, string> paths;

    ChildCgroup(Dictionary<string, string> paths, ChildCaps caps) => (this.paths, Caps) = (paths, caps);

    public ChildCaps Caps { get; }

    /// <summary>Null when per-child cgroups work here, else why not (for the grader's log and its refusal).</summary>
    public static string? Unavailable => unavailable.Value;

    public static ChildCgroup? TryCreate(ChildCaps caps)
    {
        if (Unavailable is not null) return null;
        var name = $"{Environment.ProcessId}-{Interlocked.Increment(ref counter)}";
        var paths = controllers.ToDictionary(c => c, c => Path.Combine(Root, c, Parent, name));
        var group = new ChildCgroup(paths, caps);
        try
        {
            foreach (var path in paths.Values) Directory.CreateDirectory(path);
            group.Write("pids", "pids.max", caps.MaxTasks);
            group.Write("memory", "memory.limit_in_bytes", caps.MemoryBytes);
            // Memory and swap together, where swap is accounted: the child cannot go past the cap by being swapped out.
            if (File.Exists(Path.Combine(paths["memory"], "memory.memsw.limit_in_bytes")))
                group.Write("memory", "memory.memsw.limit_in_bytes", caps.MemoryBytes);
            group.Write("cpu", "cpu.shares", 1024);
            return group;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            group.Dispose();
            return null;
        }
    }

    void Write(string controller, string file, long value) =>
        File.WriteAllText(Path.Combine(paths[controller], file), value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// <paramref name="start"/> run through /bin/sh, which first moves itself into the cgroups and then execs the
    /// original command: the child is inside from its first instruction, with no window for a fork outside.
    /// </summary>
    public System.Diagnostics.ProcessStartInfo Wrap(System.Diagnostics.ProcessStartInfo start)
    {
        string[] join = ["-c", "for p in \"$@\"; do [ \"$p\" = -- ] && break; echo $$ > \"$p\" || exit 125; shift; done; shift; exec \"$@\"", "cnn-cgroup",
            .. paths.Values.Select(path => Path.Combine(path, "cgroup.procs")), "--"];
        return CommandPrefix.Prefix(start, "/bin/sh", join);
    }

    /// <summary>True once a fork or thread creation in the cgroup failed because of <see cref="ChildCaps.MaxTasks"/> (pids.events, "max N").</summary>
    public bool ProcessLimitHit => Counter("pids", "pids.events", "max ") > 0;

    /// <summary>True once the kernel's OOM killer ended a process of the child for passing <see cref="ChildCaps.MemoryBytes"/> (memory.oom_control, "oom_kill N").</summary>
    public bool MemoryLimitHit => Counter("memory", "memory.oom_control", "oom_kill ") > 0;

    /// <summary>The most memory the child's processes held at once, page cache included (memory.max_usage_in_bytes).</summary>
    public long PeakMemoryBytes
    {
        get
        {
            try { return long.Parse(File.ReadAllText(Path.Combine(paths["memory"], "memory.max_usage_in_bytes")).Trim(), CultureInfo.InvariantCulture); }
            catch (Exception e) when (e is IOException or FormatException) { return 0; }
        }
    }

    long Counter(string controller, string file, string prefix)
    {
        try
        {
            var line = File.ReadLines(Path.Combine(paths[controller], file)).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            return line is not null && long.TryParse(line[prefix.Length..], out var n) ? n : 0;
        }
        catch (IOException) { return 0; }
    }

    /// <summary>SIGKILL to every process in the cgroup, repeated until it is empty (a process forking meanwhile is caught on the next pass); at most 2 s.</summary>
    public void KillAll()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            var pids = Members();
            if (pids.Count == 0) return;
            foreach (var pid in pids) Kill(pid, 9);
            Thread.Sleep(10);
        }
    }

    List<int> Members()
    {
        try
        {
            return File.ReadAllLines(Path.Combine(paths["pids"], "cgroup.procs")).Select(l => int.TryParse(l, out var pid) ? pid : 0).Where(p => p > 0).ToList();
        }
        catch (IOException) { return []; }
    }

    public void Dispose()
    {
        KillAll();
        // The kernel removes a cgroup only once its last process is reaped; give it a moment.
        foreach (var path in paths.Values)
            for (int attempt = 0; attempt < 50 && Directory.Exists(path); attempt++)
            {
                try { Directory.Delete(path); }
                catch (IOException) { Thread.Sleep(20); }
                catch (UnauthorizedAccessException) { break; }
            }
    }

    static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux";
        foreach (var controller in controllers)
        {
            var root = Path.Combine(Root, controller);
            if (!File.Exists(Path.Combine(root, "cgroup.procs")))
                return $"no cgroup v1 {controller} controller at {root}" + (File.Exists(Path.Combine(Root, "cgroup.controllers")) ? " (this machine has cgroup v2 only, which the grader does not drive yet)" : "");
            try
            {
                var parent = Path.Combine(root, Parent);
                Directory.CreateDirectory(parent);
                // Leftovers of graders that were killed (named after their grader's pid, which no longer runs): empty
                // cgroups can be removed, busy ones stay. A running grader's groups are its own, even empty ones: it may be
                // about to move a child into one.
                foreach (var old in Directory.EnumerateDirectories(parent))
                    if (int.TryParse(Path.GetFileName(old).Split('-')[0], out var grader) && !Directory.Exists($"/proc/{grader}"))
                        try { Directory.Delete(old); } catch (IOException) { }
                var probe = Path.Combine(parent, $"probe-{Environment.ProcessId}");
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"{root} is not writable here ({e.Message.TrimEnd('.')}; run the grader as root)";
            }
        }
        return null;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);
}

using System.Globalization;
using System.Runtime.InteropServices;

namespace CnnCourse.Assignments;

/// <summary>
/// A pids cgroup (cgroup v1, /sys/fs/cgroup/pids) of one grading child: at most <see cref="MaxTasks"/> processes
/// and threads in it, counted for that child alone (a cap per user would be shared by every child running as
/// nobody), a way to tell that the cap was hit, and a way to kill everything in it at once. The child joins it
/// before it starts (see <see cref="Wrap"/>), so nothing it forks escapes. Null from <see cref="TryCreate"/> where
/// cgroups are not writable (not root, no pids controller, cgroup v2 only): see <see cref="Unavailable"/>.
/// </summary>
public sealed class ChildCgroup : IDisposable
{
    public const string PidsRoot = "/sys/fs/cgroup/pids";
    const string Parent = "cnn-grade";
    static int counter;
    static readonly Lazy<string?> unavailable = new(Probe);

    readonly string path;

    ChildCgroup(string path, int maxTasks) => (this.path, MaxTasks) = (path, maxTasks);

    public int MaxTasks { get; }

    /// <summary>Null when per-child cgroups work here, else why not (for the grader's log).</summary>
    public static string? Unavailable => unavailable.Value;

    public static ChildCgroup? TryCreate(int maxTasks)
    {
        if (Unavailable is not null) return null;
        var path = Path.Combine(PidsRoot, Parent, $"{Environment.ProcessId}-{Interlocked.Increment(ref counter)}");
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "pids.max"), maxTasks.ToString(CultureInfo.InvariantCulture));
            return new ChildCgroup(path, maxTasks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// <paramref name="start"/> run through /bin/sh, which first moves itself into the cgroup and then execs the
    /// original command: the child is inside from its first instruction, with no window for a fork outside.
    /// </summary>
    public System.Diagnostics.ProcessStartInfo Wrap(System.Diagnostics.ProcessStartInfo start)
    {
        var wrapped = new System.Diagnostics.ProcessStartInfo("/bin/sh") { WorkingDirectory = start.WorkingDirectory };
        foreach (var arg in new[] { "-c", "echo $$ > \"$1\" && shift && exec \"$@\"", "cnn-cgroup", Path.Combine(path, "cgroup.procs"), start.FileName })
            wrapped.ArgumentList.Add(arg);
        foreach (var arg in start.ArgumentList) wrapped.ArgumentList.Add(arg);
        wrapped.Environment.Clear();
        foreach (var (key, value) in start.Environment) wrapped.Environment[key] = value;
        return wrapped;
    }

    /// <summary>True once a fork or thread creation in the cgroup failed because of <see cref="MaxTasks"/> (pids.events, "max N").</summary>
    public bool LimitHit
    {
        get
        {
            try
            {
                var line = File.ReadLines(Path.Combine(path, "pids.events")).FirstOrDefault(l => l.StartsWith("max ", StringComparison.Ordinal));
                return line is not null && long.TryParse(line[4..], out var failures) && failures > 0;
            }
            catch (IOException) { return false; }
        }
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
            return File.ReadAllLines(Path.Combine(path, "cgroup.procs")).Select(l => int.TryParse(l, out var pid) ? pid : 0).Where(p => p > 0).ToList();
        }
        catch (IOException) { return []; }
    }

    public void Dispose()
    {
        KillAll();
        // The kernel removes a cgroup only once its last process is reaped; give it a moment.
        for (int attempt = 0; attempt < 50; attempt++)
        {
            try { Directory.Delete(path); return; }
            catch (IOException) { Thread.Sleep(20); }
            catch (UnauthorizedAccessException) { return; }
        }
    }

    static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux";
        if (!File.Exists(Path.Combine(PidsRoot, "cgroup.procs"))) return $"no cgroup v1 pids controller at {PidsRoot}";
        try
        {
            var parent = Path.Combine(PidsRoot, Parent);
            Directory.CreateDirectory(parent);
            // Leftovers of graders that were killed: empty cgroups can be removed, busy ones stay.
            foreach (var old in Directory.EnumerateDirectories(parent))
                try { Directory.Delete(old); } catch (IOException) { }
            var probe = Path.Combine(parent, $"probe-{Environment.ProcessId}");
            Directory.CreateDirectory(probe);
            File.WriteAllText(Path.Combine(probe, "pids.max"), "8");
            Directory.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{PidsRoot} is not writable here ({e.Message})";
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);
}

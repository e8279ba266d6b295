using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CnnCourse.Assignments;

/// <summary>How grading children are isolated (docs/assignments.md, "Isolation: what is and is not guaranteed").</summary>
public enum IsolationMode
{
    /// <summary>A plain child process: own working folder and environment, nothing else hidden.</summary>
    None,
    /// <summary>New user, mount, PID, network and IPC namespaces as the same user, with every capability dropped.</summary>
    UserNamespace,
    /// <summary>New mount, PID, network and IPC namespaces, entered as root, then run as the unprivileged user nobody (65534).</summary>
    RootNamespace,
}

/// <summary>
/// Builds the command that starts a grading child. With namespaces (Linux `unshare`, `chroot`, `setpriv`)
/// the child sees a minimal file system: /usr, /etc and the other system folders read-only, the cnn
/// program folder read-only at /grading/cnn, the course's datasets/ read-only, and empty private
/// /grading/work, /tmp and /dev/shm; no network; its own /proc with only its own processes. The
/// instructor sources, the release, the submissions and the grading output do not exist in that view.
/// </summary>
public sealed class Sandbox
{
    public const string ChildProgramDirectory = "/grading/cnn";
    public const string ChildWorkDirectory = "/grading/work";
    public const string ChildCourseRoot = "/grading/course";

    // Runs as root inside the new namespaces: builds the sandbox's root under $CNN_SB_ROOT, then runs "$@"
    // there as the unprivileged user (or, in a user namespace, as the same user with no capabilities).
    // The shell stays PID 1 of the namespace (no exec), so the program's own crash signals behave normally.
    const string Script = """
        set -eu
        R="$CNN_SB_ROOT"
        mount -t tmpfs -o mode=0755,size=16m cnn-sandbox "$R"
        bind_ro() { mkdir -p "$R$2"; mount --bind "$1" "$R$2"; mount -o remount,bind,ro "$R$2"; }
        for d in /usr /bin /sbin /lib /lib32 /lib64 /libx32 /etc; do
          if [ -L "$d" ]; then ln -s "$(readlink "$d")" "$R$d"
          elif [ -d "$d" ]; then mkdir -p "$R$d"; mount --rbind "$d" "$R$d"; mount -o remount,bind,ro "$R$d"
          fi
        done
        [ -x "$R$CNN_SB_DOTNET/dotnet" ] || bind_ro "$CNN_SB_DOTNET" "$CNN_SB_DOTNET"
        bind_ro "$CNN_SB_BIN" /grading/cnn
        mkdir -p "$R/grading/course" "$R/grading/work" "$R/tmp" "$R/proc" "$R/dev"
        : > "$R/grading/course/CnnCourse.sln"
        if [ -d "$CNN_SB_DATASETS" ]; then bind_ro "$CNN_SB_DATASETS" /grading/course/datasets; fi
        mount -t tmpfs -o mode=0777,size=512m work "$R/grading/work"
        mount -t tmpfs -o mode=1777,size=256m tmp "$R/tmp"
        mount -t proc -o nosuid,nodev,noexec proc "$R/proc"
        mount -t tmpfs -o mode=0755,size=1m dev "$R/dev"
        for n in null zero full random urandom; do
          if [ -e "/dev/$n" ]; then : > "$R/dev/$n"; mount --bind "/dev/$n" "$R/dev/$n"; fi
        done
        for n in /dev/nvidia*; do
          if [ -e "$n" ]; then : > "$R$n"; mount --bind "$n" "$R$n"; fi
        done
        mkdir -p "$R/dev/shm"; mount -t tmpfs -o mode=1777,size=64m shm "$R/dev/shm"
        ln -s /proc/self/fd "$R/dev/fd"; ln -s /proc/self/fd/0 "$R/dev/stdin"
        ln -s /proc/self/fd/1 "$R/dev/stdout"; ln -s /proc/self/fd/2 "$R/dev/stderr"
        mount -o remount,bind,ro "$R"
        cd /
        set +e
        chroot "$R" /usr/bin/prlimit $CNN_SB_PRLIMIT -- /usr/bin/setpriv $CNN_SB_SETPRIV --no-new-privs --bounding-set=-all --inh-caps=-all -- "$@"
        status=$?
        exit $status
        """;

    Sandbox(IsolationMode mode, string description) => (Mode, Description) = (mode, description);

    public IsolationMode Mode { get; }

    /// <summary>One line for logs and feedback pages: which isolation ran, and what it means.</summary>
    public string Description { get; }

    /// <summary>The dotnet host the children run under, and its folder.</summary>
    public static string DotnetRoot
    {
        get
        {
            // .../shared/Microsoft.NETCore.App/<version>/ -> the dotnet root three levels up
            var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
            var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
            return File.Exists(Path.Combine(root, "dotnet")) ? root : Path.GetDirectoryName(Environment.ProcessPath) ?? root;
        }
    }

    public static string ProgramDirectory => Path.GetDirectoryName(typeof(Sandbox).Assembly.Location)!;

    /// <summary>
    /// Picks the isolation: <paramref name="preference"/> "auto" takes the strongest that works here, "required"
    /// fails unless namespaces work, "none" runs plain children. The namespaces are tried for real (a probe child).
    /// </summary>
    public static Sandbox Choose(string preference)
    {
        if (preference is not ("auto" or "required" or "none"))
            throw new ArgumentException($"isolation '{preference}': expected auto, required or none", nameof(preference));
        var none = new Sandbox(IsolationMode.None,
            "none: plain child processes; a submission can read and write whatever the grading user can");
        if (preference == "none") return none;
        var failures = new List<string>();
        foreach (var mode in IsRoot()
                     ? new[] { IsolationMode.RootNamespace, IsolationMode.UserNamespace }
                     : [IsolationMode.UserNamespace])
        {
            var candidate = new Sandbox(mode, mode == IsolationMode.RootNamespace
                ? "namespaces: children run as user nobody in their own mount, PID, network and IPC namespaces and see only /usr, /etc, the cnn program and datasets/"
                : "user namespace: children run with no capabilities in their own user, mount, PID, network and IPC namespaces and see only /usr, /etc, the cnn program and datasets/");
            var probe = candidate.Probe();
            if (probe is null) return candidate;
            failures.Add($"{mode}: {probe}");
        }
        if (preference == "required")
            throw new InvalidDataException("--isolation required, but namespaces do not work here: " + string.Join("; ", failures));
        return new Sandbox(IsolationMode.None, none.Description + " (namespaces unavailable: " + string.Join("; ", failures) + ")");
    }

    // The effective user id, from /proc/self/status ("Uid: real effective saved fs").
    static bool IsRoot()
    {
        if (!OperatingSystem.IsLinux()) return false;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:"));
        var fields = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: >= 3 } && fields[2] == "0";
    }

    /// <summary>Null when a sandboxed child can start here, else why not.</summary>
    string? Probe()
    {
        foreach (var tool in new[] { "unshare", "chroot", "setpriv", "prlimit", "mount" })
            if (FindTool(tool) is null) return $"`{tool}` not found (Debian package util-linux / coreutils / mount)";
        using var scratch = new ScratchDirectory();
        // Starting the real program proves more than the namespaces: the sandbox's user can read the dotnet host and the cnn program.
        var (program, _, _) = ChildPaths(scratch.Path);
        var start = Start([Path.Combine(DotnetRoot, "dotnet"), Path.Combine(program, "cnn.dll"), "--help"], scratch.Path,
            new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot, ["HOME"] = "/tmp", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return "the probe did not finish in 30 s";
            }
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"probe exited {process.ExitCode}: {error.Result.Trim().Split('\n').LastOrDefault()}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The start info for running <paramref name="command"/> (argv) as a grading child. <paramref name="scratch"/> is an
    /// empty folder of the parent's: the sandbox's mount point, or the working folder when there is no sandbox.
    /// </summary>
    public ProcessStartInfo Start(IReadOnlyList<string> command, string scratch, IReadOnlyDictionary<string, string> environment)
    {
        ProcessStartInfo start;
        if (Mode == IsolationMode.None)
        {
            start = new ProcessStartInfo(command[0]) { WorkingDirectory = scratch };
            foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
            start.Environment.Clear();
            foreach (var (key, value) in environment) start.Environment[key] = value;
            return start;
        }
        start = new ProcessStartInfo(FindTool("unshare")!) { WorkingDirectory = "/" };
        var flags = Mode == IsolationMode.UserNamespace
            ? new[] { "--user", "--map-root-user", "--mount", "--pid", "--net", "--ipc", "--uts", "--fork", "--kill-child" }
            : ["--mount", "--pid", "--net", "--ipc", "--uts", "--fork", "--kill-child"];
        foreach (var flag in flags) start.ArgumentList.Add(flag);
        foreach (var arg in new[] { "--propagation", "private", "--", "/bin/sh", "-c", Script, "cnn-sandbox" }) start.ArgumentList.Add(arg);
        // The child's environment is exactly `environment`: env -i clears what the shell had.
        start.ArgumentList.Add("/usr/bin/env");
        start.ArgumentList.Add("-i");
        foreach (var (key, value) in environment) start.ArgumentList.Add($"{key}={value}");
        foreach (var arg in command) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        start.Environment["CNN_SB_ROOT"] = scratch;
        start.Environment["CNN_SB_BIN"] = ProgramDirectory;
        start.Environment["CNN_SB_DOTNET"] = DotnetRoot;
        start.Environment["CNN_SB_DATASETS"] = CnnCourse.CoursePaths.Datasets;
        start.Environment["CNN_SB_SETPRIV"] = Mode == IsolationMode.RootNamespace ? "--reuid=65534 --regid=65534 --clear-groups" : "";
        // Processes, memory and CPU are capped by the child's cgroups (ChildCgroup); no core dumps.
        start.Environment["CNN_SB_PRLIMIT"] = "--core=0";
        return start;
    }

    /// <summary>Where the child's program, course folder and working folder are, as the child sees them.</summary>
    public (string Program, string CourseRoot, string Work) ChildPaths(string scratch) => Mode == IsolationMode.None
        ? (ProgramDirectory, CnnCourse.CoursePaths.Root, scratch)
        : (ChildProgramDirectory, ChildCourseRoot, ChildWorkDirectory);

    static string? FindTool(string name)
    {
        foreach (var dir in new[] { "/usr/bin", "/usr/sbin", "/bin", "/sbin" })
            if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CnnCourse.Assignments;

/// <summary>
/// What a grading child does not share with the grader. Its session: started by `setsid`, it has no controlling
/// terminal (it cannot write to the instructor's terminal or push input into it with TIOCSTI), and its own
/// process group (a <c>kill(0, ...)</c> reaches only itself, not the grader or the children beside it). Its
/// descriptors: whatever the grader inherited from the shell or program that started it is closed at the
/// child's exec, so only the protocol's standard input, output and error reach it.
/// </summary>
public static class ChildSession
{
    const string SetsidPath = "/usr/bin/setsid";
    const int F_GETFD = 1, F_SETFD = 2, FD_CLOEXEC = 1;

    /// <summary><paramref name="start"/> run by `setsid --wait`: a new session and process group, no controlling terminal.</summary>
    public static ProcessStartInfo Detach(ProcessStartInfo start)
    {
        if (!File.Exists(SetsidPath))
            throw new InvalidOperationException($"{SetsidPath} not found: a grading child needs it to run without the grader's terminal (Debian package util-linux)");
        return CommandPrefix.Prefix(start, SetsidPath, ["--wait"]);
    }

    /// <summary>
    /// Marks every descriptor above standard error close-on-exec. The runtime opens its own that way; the ones the
    /// grader inherited (a shell's redirection, a parent's pipe) are not, and would reach every child, writable.
    /// </summary>
    public static void KeepInheritedDescriptorsFromChildren()
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var fd) || fd <= 2) continue;
            int flags = Fcntl(fd, F_GETFD, 0);
            if (flags >= 0 && (flags & FD_CLOEXEC) == 0) Fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
        }
    }

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    static extern int Fcntl(int fd, int command, int argument);
}

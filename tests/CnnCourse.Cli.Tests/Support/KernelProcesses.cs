using System.Text.RegularExpressions;

namespace CnnCourse.Tests.Support;

/// <summary>The .NET Interactive kernels running on this machine, found in /proc.</summary>
public static class KernelProcesses
{
    /// <summary>Pids of `dotnet-interactive jupyter` processes; with <paramref name="uid"/>, only that user's.</summary>
    public static IEnumerable<int> Running(string? uid = null)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string cmdline, status;
            try { (cmdline, status) = (File.ReadAllText(Path.Combine(dir, "cmdline")), uid is null ? "" : File.ReadAllText(Path.Combine(dir, "status"))); }
            catch (IOException) { continue; }
            if (!cmdline.Contains("dotnet-interactive", StringComparison.Ordinal) || !cmdline.Contains("\0jupyter\0", StringComparison.Ordinal)) continue;
            if (uid is null || Regex.IsMatch(status, $@"^Uid:\s+{uid}\s", RegexOptions.Multiline)) yield return pid;
        }
    }
}

namespace CnnCourse.Assignments;

/// <summary>Resident memory of a process and all its descendants, read from /proc (Linux); 0 elsewhere or when it has exited.</summary>
public static class ProcessTree
{
    public static long ResidentBytes(int rootPid)
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // The command name in parentheses may hold spaces; the parent pid is the 2nd field after it.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException) { }
        }
        var tree = new HashSet<int> { rootPid };
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
                if (tree.Contains(parent) && tree.Add(pid)) grew = true;
        }
        long pages = 0;
        foreach (var pid in tree)
        {
            try
            {
                var statm = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
                pages += long.Parse(statm[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { }
        }
        return pages * Environment.SystemPageSize;
    }
}

using System.Globalization;
using System.Net;

namespace CnnCourse.Tests.Support;

/// <summary>The TCP addresses a process listens on, read from /proc: its socket inodes matched against /proc/net/tcp and tcp6.</summary>
public static class ListeningSockets
{
    /// <summary>"address:port" for every listening socket of <paramref name="pid"/>; empty when the process is gone.</summary>
    public static List<string> Of(int pid)
    {
        var inodes = new HashSet<string>();
        try
        {
            foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal))
                    inodes.Add(target[8..^1]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
        var found = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 10 || fields[3] != "0A" || !inodes.Contains(fields[9])) continue;   // 0A: LISTEN
                var (hex, port) = (fields[1].Split(':')[0], int.Parse(fields[1].Split(':')[1], NumberStyles.HexNumber));
                // The kernel writes each 32-bit word of the address in host (little-endian) order.
                var bytes = Enumerable.Range(0, hex.Length / 8)
                    .SelectMany(w => Convert.FromHexString(hex.Substring(w * 8, 8)).Reverse()).ToArray();
                found.Add($"{new IPAddress(bytes)}:{port}");
            }
        }
        return found;
    }

    public static bool IsLoopback(string addressAndPort) =>
        IPAddress.TryParse(addressAndPort[..addressAndPort.LastIndexOf(':')], out var address) && IPAddress.IsLoopback(address);
}

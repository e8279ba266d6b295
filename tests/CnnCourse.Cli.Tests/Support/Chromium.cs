using System.Diagnostics;

namespace CnnCourse.Tests.Support;

/// <summary>Headless Chromium (Debian package chromium, installed by environment/setup.sh --test-extras), offline.</summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>The DOM of a local page after its scripts ran, with every network request refused.</summary>
    public static string RenderedDom(string htmlPath)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: run `bash environment/setup.sh --test-extras` (installs Debian's chromium)");
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.Path}",
                     // no network at all: any request for a script or style from outside fails
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                     "--virtual-time-budget=10000", "--dump-dom", "file://" + Path.GetFullPath(htmlPath) })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "chromium did not finish in 120 s");
        return dom.Result;
    }

    public static int Count(string text, string needle)
    {
        int count = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

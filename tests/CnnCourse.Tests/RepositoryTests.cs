using System.Diagnostics;

namespace CnnCourse.Tests;

/// <summary>What the repository holds: sources only. Nothing that setup or the tests install or generate is tracked.</summary>
[Trait("Category", "unit")]
public class RepositoryTests
{
    [Fact]
    public void No_tracked_file_lies_under_an_ignored_path()
    {
        var tracked = Git("ls-files", "--cached", "--ignored", "--exclude-standard");
        Assert.True(tracked.Length == 0, $"tracked but ignored by .gitignore (untrack with git rm --cached): {string.Join(", ", tracked.Take(10))}");
    }

    [Fact]
    public void The_core_library_runs_without_the_notebook_engine_or_charts()
    {
        var present = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Select(Path.GetFileName)
            .Where(n => n!.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal) || n.StartsWith("Plotly", StringComparison.Ordinal) || n.StartsWith("FSharp.Core", StringComparison.Ordinal))
            .ToList();
        Assert.True(present.Count == 0, $"the core tests' folder holds {string.Join(", ", present)}: something in the core references them");
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name!.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_stays_a_first_read()
    {
        // What the kit is, the two commands, opening the notebooks and where each guide is; the guides hold the rest.
        var bytes = new FileInfo(Path.Combine(CoursePaths.Root, "README.md")).Length;
        Assert.True(bytes <= 10 * 1024, $"README.md is {bytes} bytes, more than 10 KB: move detail into a guide under docs/ and link it");
    }

    static string[] Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = CoursePaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} exited {git.ExitCode}: {git.StandardError.ReadToEnd()}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

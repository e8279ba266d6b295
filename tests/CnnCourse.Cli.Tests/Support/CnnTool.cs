using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace CnnCourse.Tests.Support;

/// <summary>Runs the `cnn` command (built beside the tests) as a child process, as a user would.</summary>
public static class CnnTool
{
    public sealed record Result(int ExitCode, string Output);

    public static string Root => CoursePaths.Root;

    public static Result Run(TimeSpan timeout, params string[] args) => Run(timeout, null, args);

    public static Result Run(TimeSpan timeout, IDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cnn.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CNN_PROFILE"] = "quick";
        if (environment is not null) foreach (var (k, v) in environment) start.Environment[k] = v;
        return Execute(start, timeout);
    }

    public static Result Execute(ProcessStartInfo start, TimeSpan timeout)
    {
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} ran past {timeout}:\n{output}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Runs one notebook headless into <paramref name="outDir"/>; fails the test with the tool's output if it fails.</summary>
    public static JsonObject RunNotebook(string notebook, string outDir, TimeSpan timeout, IDictionary<string, string?>? environment = null)
    {
        var result = Run(timeout, environment, "run", Path.Combine(Root, "notebooks", notebook), "--out", outDir);
        Assert.True(result.ExitCode == 0, $"cnn run {notebook} exited {result.ExitCode}:\n{result.Output}");
        var resultsPath = Path.Combine(outDir, Path.GetFileNameWithoutExtension(notebook) + ".results.json");
        Assert.True(File.Exists(resultsPath), $"{resultsPath} was not written");
        Checked.KeepResults(resultsPath);
        return JsonNode.Parse(File.ReadAllText(resultsPath))!.AsObject();
    }
}

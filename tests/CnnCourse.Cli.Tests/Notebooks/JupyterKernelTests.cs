using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>
/// The same notebook through Jupyter: nbconvert executes it with the .NET Interactive kernel that
/// environment/install-kernel.sh registers (with the FSharp.Core that Plotly.NET 6 needs).
/// </summary>
[Trait("Category", "notebook")]
public class JupyterKernelTests
{
    /// <summary>
    /// Notebook 00 up to its model summary (set-up, data, charts, a tensor operation, the summary), with the set-up cell's
    /// library path made absolute so it runs from a temporary folder. The training cells after it run in the notebook
    /// tests (cnn run) and in the hub's browser test (this kernel, through Jupyter); here they would only repeat them.
    /// </summary>
    static string StarterUpToTheSummary(TempDirectory temp)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(CoursePaths.Root, "notebooks", "00-getting-started.ipynb")))!.AsObject();
        var cells = notebook["cells"]!.AsArray();
        string Source(JsonNode cell) => cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";
        int summary = cells.ToList().FindIndex(c => Source(c!).Contains("ModelSummary.Of("));
        Assert.True(summary > 0, "notebook 00 has no cell that makes the model summary");
        while (cells.Count > summary + 1) cells.RemoveAt(cells.Count - 1);
        foreach (var cell in cells)
            cell!["source"] = Source(cell).Replace("\"../lib/", $"\"{Path.Combine(CoursePaths.Root, "lib")}/");
        var path = temp.File("00-getting-started.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Nbconvert_executes_the_starter_notebook_up_to_its_model_summary_with_the_dotnet_kernel_listening_on_loopback_only()
    {
        const string nbconvert = "/usr/bin/jupyter-nbconvert";
        Assert.True(File.Exists(nbconvert), $"{nbconvert} is missing: run `bash environment/setup.sh --jupyter`");
        using var temp = new TempDirectory();
        using var source = new TempDirectory();
        var start = new ProcessStartInfo(nbconvert) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        foreach (var arg in new[] { "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
                     "--ExecutePreprocessor.timeout=600", "--output-dir", temp.Path, StarterUpToTheSummary(source) })
            start.ArgumentList.Add(arg);
        start.Environment["CNN_PROFILE"] = "quick";
        // While it runs, what does the kernel listen on? It always serves an HTTP side channel without a password
        // (variable values; after #!enable-http, a hub that runs submitted code); install-kernel.sh keeps it on loopback.
        using var stop = new CancellationTokenSource();
        var listening = Task.Run(async () =>
        {
            var seen = new HashSet<string>();
            while (!stop.IsCancellationRequested)
            {
                foreach (var pid in KernelProcesses.Running()) seen.UnionWith(ListeningSockets.Of(pid));
                await Task.Delay(500);
            }
            return seen;
        });
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(10));
        stop.Cancel();
        var sockets = await listening;
        Assert.True(result.ExitCode == 0, $"nbconvert exited {result.ExitCode}:\n{result.Output}");
        Assert.True(sockets.Count > 0, "no listening socket of the kernel was seen while it ran");
        Assert.True(sockets.All(ListeningSockets.IsLoopback), $"the kernel listened beyond the loopback address: {string.Join(", ", sockets.Order())}");

        var cells = JsonDocument.Parse(File.ReadAllText(temp.File("00-getting-started.ipynb"))).RootElement.GetProperty("cells");
        var outputs = cells.EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray()).ToList();
        Assert.DoesNotContain(outputs, o => o.GetProperty("output_type").GetString() == "error");
        Assert.Contains(outputs, o => o.GetRawText().Contains("cnn-chart"));   // charts through the course's offline formatter
        Assert.Contains(outputs, o => o.GetRawText().Contains("421,642"));      // the model summary's total, as the kernel displayed it
    }
}

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
    [Fact]
    public void Nbconvert_executes_the_starter_notebook_with_the_dotnet_kernel()
    {
        const string nbconvert = "/usr/bin/jupyter-nbconvert";
        Assert.True(File.Exists(nbconvert), $"{nbconvert} is missing: run `bash environment/setup.sh --jupyter`");
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo(nbconvert) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        foreach (var arg in new[] { "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
                     "--ExecutePreprocessor.timeout=600", "--output-dir", temp.Path, Path.Combine(CoursePaths.Root, "notebooks", "00-getting-started.ipynb") })
            start.ArgumentList.Add(arg);
        start.Environment["CNN_PROFILE"] = "quick";
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, $"nbconvert exited {result.ExitCode}:\n{result.Output}");

        var cells = JsonDocument.Parse(File.ReadAllText(temp.File("00-getting-started.ipynb"))).RootElement.GetProperty("cells");
        var outputs = cells.EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray()).ToList();
        Assert.DoesNotContain(outputs, o => o.GetProperty("output_type").GetString() == "error");
        Assert.Contains(outputs, o => o.GetRawText().Contains("cnn-chart"));   // charts through the course's offline formatter
        Assert.Contains(outputs, o => o.GetRawText().Contains("421,642"));      // the model summary's total, as the kernel displayed it
    }
}

using System.Text.Json;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli;

/// <summary>`cnn run` as users call it: failures name the notebook and the cell; bad input gets a clear error.</summary>
[Trait("Category", "notebook")]
public class NotebookRunnerTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    string Notebook(string name, params string[] codeCells)
    {
        var cells = new List<object> { new { cell_type = "markdown", metadata = new { }, source = new[] { "# test" } } };
        cells.AddRange(codeCells.Select(c => (object)new { cell_type = "code", execution_count = (int?)null, metadata = new { }, outputs = Array.Empty<object>(), source = new[] { c } }));
        var path = temp.File(name);
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            cells,
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" } },
            nbformat = 4,
            nbformat_minor = 4,
        }));
        return path;
    }

    [Fact]
    public void A_throwing_cell_fails_the_run_and_is_named()
    {
        var path = Notebook("broken.ipynb", "var x = 1 + 1;\nx", "Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"the lecture example broke\");", "Console.WriteLine(\"never\");");
        var result = CnnTool.Run(TimeSpan.FromMinutes(3), "run", path, "--out", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED: broken.ipynb, cell 3: ", result.Output);   // markdown is cell 1
        Assert.Contains("the lecture example broke", result.Output);

        var executed = JsonDocument.Parse(File.ReadAllText(temp.File("out/broken.ipynb"))).RootElement.GetProperty("cells");
        Assert.Equal(1, executed[1].GetProperty("execution_count").GetInt32());
        Assert.Equal(2, executed[2].GetProperty("execution_count").GetInt32());
        Assert.Contains("\"ename\"", executed[2].GetProperty("outputs").GetRawText());
        Assert.Equal(0, executed[3].GetProperty("outputs").GetArrayLength());   // stopped at the failure
        Assert.True(File.Exists(temp.File("out/broken.html")));
    }

    [Fact]
    public void A_compile_error_fails_the_run()
    {
        var path = Notebook("typo.ipynb", "int x = \"not a number\";");
        var result = CnnTool.Run(TimeSpan.FromMinutes(3), "run", path, "--out", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAILED: typo.ipynb, cell 2: ", result.Output);
        Assert.Contains("CS0029", result.Output);
    }

    [Fact]
    public void A_cell_past_its_timeout_fails_the_run()
    {
        var path = Notebook("slow.ipynb", "while (true) { }");
        var result = CnnTool.Run(TimeSpan.FromMinutes(3), "run", path, "--out", temp.File("out"), "--cell-timeout", "3");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cell timed out after 3 s", result.Output);
        Assert.Contains("TIMEOUT", result.Output);
    }

    [Fact]
    public void Outputs_and_execution_counts_are_recorded()
    {
        var path = Notebook("ok.ipynb", "Console.WriteLine(\"hello\");", "6 * 7");
        var result = CnnTool.Run(TimeSpan.FromMinutes(3), "run", path, "--out", temp.File("out"));
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"ok\s+2/2\s+ok", result.Output);
        var cells = JsonDocument.Parse(File.ReadAllText(temp.File("out/ok.ipynb"))).RootElement.GetProperty("cells");
        Assert.Contains("hello", cells[1].GetProperty("outputs").GetRawText());
        Assert.Contains("42", cells[2].GetProperty("outputs").GetRawText());
    }

    [Theory]
    [InlineData("{ not json", "malformed JSON")]
    [InlineData("{\"nbformat\": 4}", "expected a JSON object with a \\\"cells\\\" array")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}", "nbformat 3, expected 4")]
    public void A_malformed_notebook_is_reported_with_its_name(string content, string expected)
    {
        var path = temp.File("bad.ipynb");
        File.WriteAllText(path, content);
        var result = CnnTool.Run(TimeSpan.FromMinutes(2), "run", path, "--out", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(path, result.Output);
        Assert.Contains(expected.Replace("\\\"", "\""), result.Output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("run", "--profile", "fast")]
    [InlineData("run", "--cell-timeout", "soon")]
    [InlineData("run", "--bogus")]
    [InlineData("run", "missing-notebook.ipynb")]
    [InlineData("bench", "--rounds", "0")]
    [InlineData("assign", "grade", "subs", "--memory-mb", "512")]
    [InlineData("assign", "grade", "subs", "--isolation", "maybe")]
    public void Bad_arguments_exit_2_with_one_line_that_says_why(params string[] args)
    {
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), args);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cnn", line);
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Theory]
    [InlineData("run", "--profile")]
    [InlineData("run", "--cell-timeout")]
    [InlineData("check-clean")]
    [InlineData("assign release", "--out")]
    [InlineData("assign grade", "--jobs", "--timeout", "--cell-timeout", "--memory-mb", "--isolation", "--release", "--out")]
    [InlineData("bench", "--quick", "--peer", "--models", "--threads", "--rounds", "--out")]
    public void Help_lists_every_option(string command, params string[] options)
    {
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), [.. command.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var option in options) Assert.Contains(option, result.Output);
    }

    [Fact]
    public void A_malformed_notebook_gives_one_line_naming_the_file()
    {
        var path = temp.File("broken.ipynb");
        File.WriteAllText(path, "{\"cells\": [");
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "check-clean", path);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"cnn: {path}: malformed JSON", line);
    }

    [Fact]
    public void Committed_notebooks_carry_no_outputs()
    {
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "check-clean");
        Assert.True(result.ExitCode == 0, result.Output);
        var dirty = Notebook("dirty.ipynb", "1");
        File.WriteAllText(dirty, File.ReadAllText(dirty).Replace("\"execution_count\":null", "\"execution_count\":3"));
        Assert.Equal(1, CnnTool.Run(TimeSpan.FromMinutes(1), "check-clean", dirty).ExitCode);
    }
}

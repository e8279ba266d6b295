using System.Text.Json.Nodes;
using System.Diagnostics;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace CnnCourse.Execution;

/// <summary>
/// Executes .ipynb notebooks in this process with .NET Interactive's C# kernel (no Jupyter, no Python):
/// cell by cell, in the notebook's folder, with a per-cell timeout. Writes the executed notebook (with
/// real execution counts) and a self-contained HTML page, and stops a notebook at its first failing cell.
/// With <see cref="SlidesDirectory"/> set, it also writes the slide deck of each notebook that ran through.
/// </summary>
public sealed class NotebookRunner(string outputDirectory, TimeSpan cellTimeout, TextWriter log)
{
    /// <summary>Where the slide decks go (NN-name.html); null writes none. A notebook with bad slide metadata is then refused before it runs.</summary>
    public string? SlidesDirectory { get; init; }

    /// <summary>Set when a cell ran past its timeout: its thread cannot be stopped, so the process must exit when done.</summary>
    public bool HasAbandonedWork { get; private set; }

    public async Task<NotebookResult> RunAsync(string notebookPath)
    {
        var name = Path.GetFileNameWithoutExtension(notebookPath);
        var clock = Stopwatch.StartNew();
        InteractiveDocument document;
        try
        {
            document = NotebookFile.Read(notebookPath);
            if (SlidesDirectory is not null) SlideDeck.TypesOf(NotebookFile.ReadJson(notebookPath), notebookPath);
        }
        catch (InvalidDataException e)
        {
            log.WriteLine($"[{name}] {e.Message}");
            return new NotebookResult(name, 0, 0, false, 0, null, e.Message);
        }

        var codeCells = document.Elements.Count(NotebookFile.IsCode);
        Directory.CreateDirectory(outputDirectory);
        var resultsPath = Path.Combine(outputDirectory, name + ".results.json");
        File.Delete(resultsPath);

        var previousDirectory = Directory.GetCurrentDirectory();
        Settings.Override(Settings.Results, resultsPath);
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!);
        int executed = 0;
        NotebookResult? failure = null;
        var variables = new JsonObject();
        var kernel = new CellKernel();
        try
        {
            for (int index = 0; index < document.Elements.Count; index++)
            {
                var cell = document.Elements[index];
                if (!NotebookFile.IsCode(cell)) continue;
                cell.Outputs.Clear();
                cell.ExecutionOrder = ++executed;
                var cellClock = Stopwatch.StartNew();
                log.WriteLine($"[{name}] cell {index + 1} ({executed}/{codeCells}) ...");
                var run = kernel.RunAsync(cell);
                var finished = await Task.WhenAny(run, Task.Delay(cellTimeout));
                string? error = null;
                bool timedOut = false;
                if (finished != run)
                {
                    timedOut = true;
                    HasAbandonedWork = true;
                    error = $"cell timed out after {cellTimeout.TotalSeconds:F0} s";
                    cell.Outputs.Add(new ErrorElement(error, "Timeout", []));
                }
                else if (await run is { } failed)
                {
                    error = FirstLine(failed.Exception?.Message ?? failed.Message);
                }
                if (!timedOut) NotebookVariables.Capture(kernel.CSharp.ScriptState, variables);
                log.WriteLine($"[{name}] cell {index + 1} {(error is null ? "ok" : "FAILED")} in {cellClock.Elapsed.TotalSeconds:F1} s");
                if (error is not null)
                {
                    failure = new NotebookResult(name, codeCells, executed, false, 0, index + 1, error, timedOut);
                    break;
                }
            }
        }
        finally
        {
            if (!HasAbandonedWork) kernel.Dispose();
            Directory.SetCurrentDirectory(previousDirectory);
            Settings.Override(Settings.Results, null);
        }

        WriteResults(resultsPath, variables);
        var executedPath = Path.Combine(outputDirectory, name + ".ipynb");
        var executedJson = document.ToJupyterJson();
        CnnCourse.AtomicFile.WriteAllText(executedPath, executedJson);
        CnnCourse.AtomicFile.WriteAllText(Path.Combine(outputDirectory, name + ".html"), HtmlExporter.Export(document, name, log));
        if (SlidesDirectory is not null) WriteDeck(executedJson, notebookPath, name, succeeded: failure is null);
        var seconds = clock.Elapsed.TotalSeconds;
        return failure is null
            ? new NotebookResult(name, codeCells, executed, true, seconds)
            : failure with { Seconds = seconds };
    }

    /// <summary>
    /// The deck of a notebook that ran through. A failed run leaves no deck, not even an older one, so a stale deck is never
    /// taken for this run's.
    /// </summary>
    void WriteDeck(string executedJson, string notebookPath, string name, bool succeeded)
    {
        Directory.CreateDirectory(SlidesDirectory!);
        var deckPath = Path.Combine(SlidesDirectory!, name + ".html");
        if (!succeeded)
        {
            File.Delete(deckPath);
            return;
        }
        var notebook = NotebookFile.ParseJson(executedJson, notebookPath);
        CnnCourse.AtomicFile.WriteAllText(deckPath, SlideDeck.Build(notebook, notebookPath, name));
        log.WriteLine($"[{name}] slides: {deckPath} ({new FileInfo(deckPath).Length / 1024.0 / 1024.0:F1} MiB)");
    }

    /// <summary>
    /// The notebook's results: the values of its variables after the cells ran, plus anything it recorded itself with
    /// NotebookResults.Record (which wins where a name is in both).
    /// </summary>
    static void WriteResults(string path, JsonObject variables)
    {
        var results = variables;
        if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject recorded)
            foreach (var (key, value) in recorded.ToList())
            {
                recorded.Remove(key);
                results[key] = value;
            }
        CnnCourse.AtomicFile.WriteAllText(path, results.ToJsonString(NotebookVariables.JsonOptions));
    }

    static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? message;
        return line.Trim();
    }
}

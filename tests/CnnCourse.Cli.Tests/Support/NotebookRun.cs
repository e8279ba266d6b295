using System.Text.Json.Nodes;

namespace CnnCourse.Tests.Support;

/// <summary>
/// A notebook executed once for a whole test class (its class fixture) with `cnn run`, headless, in a temporary
/// output folder: <see cref="Results"/> is what it recorded with NotebookResults. A failing run fails every test of the class.
/// </summary>
public abstract class NotebookRun : IDisposable
{
    public TempDirectory Output { get; } = new();
    public JsonObject Results { get; }

    /// <param name="environment">Variables for the child process, given the output folder (null removes a variable).</param>
    protected NotebookRun(string notebook, TimeSpan timeout, Func<TempDirectory, IDictionary<string, string?>>? environment = null) =>
        Results = CnnTool.RunNotebook(notebook, Output.Path, timeout, environment?.Invoke(Output));

    public void Dispose() => Output.Dispose();
}

namespace CnnCourse.Execution;

/// <summary>How making one deck ended: the deck written, or why not.</summary>
public sealed record DeckResult(string Notebook, string? DeckPath, bool Executed, string? Error = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Writes the deck of a notebook file (<c>cnn slides</c>): an executed notebook's deck shows the outputs it holds; a source
/// notebook (no outputs, no execution counts) is executed first by the <see cref="NotebookRunner"/>, in a scratch folder
/// that is removed afterwards. Decks are written atomically, to NN-name.html.
/// </summary>
public static class SlideDeckWriter
{
    public static async Task<DeckResult> WriteAsync(string notebookPath, string outputDirectory, TimeSpan cellTimeout, TextWriter log)
    {
        var name = Path.GetFileNameWithoutExtension(notebookPath);
        var notebook = NotebookFile.ReadJson(notebookPath);
        SlideDeck.TypesOf(notebook, notebookPath);   // bad slide metadata fails before minutes of execution
        var deckPath = Path.Combine(outputDirectory, name + ".html");
        if (SlideDeck.IsExecuted(notebook))
        {
            CnnCourse.AtomicFile.WriteAllText(deckPath, SlideDeck.Build(notebook, notebookPath, name));
            return new DeckResult(name, deckPath, Executed: false);
        }

        var scratch = Directory.CreateTempSubdirectory("cnn-slides-");
        try
        {
            var runner = new NotebookRunner(scratch.FullName, cellTimeout, log) { SlidesDirectory = outputDirectory };
            var result = await runner.RunAsync(notebookPath);
            if (result.Succeeded) return new DeckResult(name, deckPath, Executed: true);
            var where = result.FailedCell is { } cell ? $", cell {cell}" : "";
            return new DeckResult(name, null, Executed: true, $"{notebookPath}{where}: {result.Error}");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}

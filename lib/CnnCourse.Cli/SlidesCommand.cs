using System.CommandLine;
using CnnCourse.Execution;

namespace CnnCourse.Cli;

/// <summary>`cnn slides`: one self-contained reveal.js deck per notebook, executing source notebooks first.</summary>
static class SlidesCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks to present: executed ones (e.g. artifacts/notebooks/*.ipynb) keep their outputs, source ones are executed first (default: every notebooks/NN-*.ipynb)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = Arguments.OutputFolder(() => Path.Combine(CoursePaths.Artifacts, "slides"), "Where the decks go (NN-name.html)");
        var profile = new Option<string?>("--profile") { Description = "For notebooks executed first: quick or full; default: CNN_PROFILE, else quick" };
        profile.AcceptOnlyFromAmong("quick", "full");
        var cellTimeout = Arguments.Positive("--cell-timeout", 1800, "Seconds one cell of a notebook executed first may run");
        var pdf = new Option<bool>("--pdf") { Description = "Also print each deck to a PDF beside it, one page per slide (needs Debian's chromium)" };
        var command = new Command("slides", "Make a reveal.js slide deck of each notebook (opens offline; S opens the speaker view).") { notebooks, output, profile, cellTimeout, pdf };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(notebooks) is { Length: > 0 } given ? Arguments.ExistingFiles(given, "notebook") : RunCommand.LectureNotebooks(),
            Path.GetFullPath(parse.GetValue(output)!), parse.GetValue(profile), parse.GetValue(cellTimeout), parse.GetValue(pdf)));
        return command;
    }

    static async Task<int> RunAsync(List<string> notebooks, string outDir, string? profile, int cellTimeoutSeconds, bool pdf)
    {
        if (notebooks.Count == 0) throw new CommandLineException($"no notebooks in {CoursePaths.Notebooks}");
        if (pdf) DeckPdf.RequireChromium();
        if (profile is not null) Settings.Override(Settings.Profile, profile);
        WebAssets.CheckDecks();
        // Every notebook's slide metadata is checked before any runs, so a typo in the last one does not cost the others' run.
        foreach (var notebook in notebooks) SlideDeck.TypesOf(NotebookFile.ReadJson(notebook), notebook);
        Directory.CreateDirectory(outDir);
        var log = Console.Out;
        var results = new List<DeckResult>();
        foreach (var notebook in notebooks)
        {
            var result = await SlideDeckWriter.WriteAsync(notebook, outDir, TimeSpan.FromSeconds(cellTimeoutSeconds), log);
            results.Add(result);
            log.WriteLine(result.Succeeded
                ? $"{result.DeckPath} ({new FileInfo(result.DeckPath!).Length / 1024.0 / 1024.0:F1} MiB{(result.Executed ? ", executed first" : "")})"
                : $"FAILED: {result.Error}");
        }
        if (pdf) await DeckPdf.PrintAsync(results.Where(r => r.Succeeded).Select(r => r.DeckPath!), log);
        return results.All(r => r.Succeeded) ? 0 : 1;
    }
}

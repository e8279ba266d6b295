using System.CommandLine;
using CnnCourse.Execution;

namespace CnnCourse.Cli;

/// <summary>`cnn run`: executes notebooks headless and writes the executed .ipynb, an HTML page and a slide deck for each.</summary>
static class RunCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks") { Description = "Notebooks to run (default: every notebooks/NN-*.ipynb, in order)", Arity = ArgumentArity.ZeroOrMore };
        var output = Arguments.OutputFolder(() => Path.Combine(CoursePaths.Artifacts, "notebooks"), "Where the executed notebooks and HTML pages go");
        var profile = new Option<string?>("--profile") { Description = "quick (minutes on a laptop CPU) or full (the lecture-length runs); default: CNN_PROFILE, else quick" };
        profile.AcceptOnlyFromAmong("quick", "full");
        var cellTimeout = Arguments.Positive("--cell-timeout", 1800, "Seconds one cell may run");
        var slides = new Option<string?>("--slides")
        {
            Description = "Where the slide decks go (default: artifacts/slides; with --out DIR, DIR/slides)", HelpName = "DIR",
        };
        var pdf = new Option<bool>("--pdf") { Description = "Also print each deck to a PDF beside it, one page per slide (needs Debian's chromium)" };
        var command = new Command("run", "Execute notebooks headless; exits 1 if any cell failed.") { notebooks, output, profile, cellTimeout, slides, pdf };
        command.SetAction((parse, cancel) =>
        {
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            // Decks sit beside the executed notebooks' folder by default; a run into a folder of its own (a test's) keeps its decks inside it.
            var outGiven = parse.GetResult(output) is { Implicit: false };
            var slidesDir = parse.GetValue(slides) is { } given ? Path.GetFullPath(given)
                : outGiven ? Path.Combine(outDir, "slides") : Path.Combine(CoursePaths.Artifacts, "slides");
            return RunAsync(
                parse.GetValue(notebooks) is { Length: > 0 } paths ? Arguments.ExistingFiles(paths, "notebook") : LectureNotebooks(),
                outDir, slidesDir, parse.GetValue(profile), parse.GetValue(cellTimeout), parse.GetValue(pdf));
        });
        return command;
    }

    static async Task<int> RunAsync(List<string> notebooks, string outDir, string slidesDir, string? profile, int cellTimeoutSeconds, bool pdf)
    {
        if (notebooks.Count == 0) throw new CommandLineException($"no notebooks to run in {CoursePaths.Notebooks}");
        if (pdf) DeckPdf.RequireChromium();   // before the notebooks run, not after
        if (profile is not null) Settings.Override(Settings.Profile, profile);
        WebAssets.CheckDecks();   // a missing reveal.js or KaTeX fails now, not after the notebooks ran
        var log = Console.Out;
        var runner = new NotebookRunner(outDir, TimeSpan.FromSeconds(cellTimeoutSeconds), log) { SlidesDirectory = slidesDir };
        var results = new List<NotebookResult>();
        foreach (var notebook in notebooks) results.Add(await runner.RunAsync(notebook));

        log.WriteLine();
        log.WriteLine($"{"Notebook",-36} {"Cells",7} {"Status",-8} {"Seconds",8}");
        log.WriteLine(new string('-', 62));
        foreach (var r in results) log.WriteLine($"{r.Notebook,-36} {r.ExecutedCells + "/" + r.CodeCells,7} {r.Status,-8} {r.Seconds,8:F1}");
        foreach (var r in results.Where(r => !r.Succeeded))
            log.WriteLine(r.FailedCell is { } cell
                ? $"FAILED: {r.Notebook}.ipynb, cell {cell}: {r.Error}"
                : $"FAILED: {r.Notebook}.ipynb: {r.Error}");
        log.WriteLine($"Executed notebooks and HTML pages: {outDir}");
        log.WriteLine($"Slide decks: {slidesDir}");
        if (pdf) await DeckPdf.PrintAsync(results.Where(r => r.Succeeded).Select(r => Path.Combine(slidesDir, r.Notebook + ".html")).Where(File.Exists), log);
        int code = results.All(r => r.Succeeded) ? 0 : 1;
        log.Flush();
        if (runner.HasAbandonedWork) Environment.Exit(code);   // a timed-out cell is still running on a thread
        return code;
    }

    /// <summary>The lecture notebooks: notebooks/NN-*.ipynb in order.</summary>
    public static List<string> LectureNotebooks() =>
        Directory.EnumerateFiles(CoursePaths.Notebooks, "*.ipynb")
            .Where(p => char.IsDigit(Path.GetFileName(p)[0]))
            .Order(StringComparer.Ordinal).ToList();
}

using CnnCourse.Assignments;
using CnnCourse.Execution;

namespace CnnCourse.Cli;

/// <summary>Parses `cnn` verbs and options; bad arguments print the usage and exit with code 2.</summary>
public static class Commands
{
    public const string Usage = """
        cnn run [NOTEBOOK.ipynb ...] [--out DIR] [--profile quick|full] [--cell-timeout SECONDS]
            Execute notebooks headless (default: every notebooks/NN-*.ipynb, in order). Writes the
            executed .ipynb and a self-contained .html per notebook to DIR (default artifacts/notebooks),
            prints a summary, and exits 1 if any cell failed.
        cnn bench [--quick] [--peer] [--models a,b] [--threads N] [--rounds N] [--out DIR]
            Benchmark training/inference images/s, peak memory, the data loader and notebook start-up;
            --peer alternates with PyTorch (Debian's python3-torch) at the same thread count. Writes JSON
            and Markdown to DIR (default artifacts/bench). The full comparison: bash environment/bench.sh
        cnn check-clean [NOTEBOOK.ipynb ...]
            Fail if a notebook source carries outputs or execution counts (sources are committed clean).
        cnn assign release [SOURCE.ipynb ...] [--out DIR]
            Write the student version of each instructor source (default: notebooks/assignments/*.ipynb) to DIR
            (default artifacts/assign/release): solutions stubbed, hidden tests removed, outputs cleared, and
            manifest.json with the SHA-256 of every test cell.
        cnn assign grade SUBMISSIONS [--release DIR] [--out DIR] [--jobs N] [--timeout SECONDS]
                         [--cell-timeout SECONDS] [--memory-mb N] [--isolation auto|required|none]
            Grade SUBMISSIONS/STUDENT/NN-name.ipynb against the release: each notebook runs in its own
            sandboxed process (defaults: 600 s per notebook, 300 s per cell, 4096 MB), N at a time (default 1).
            Writes gradebook.csv, totals.csv and feedback/STUDENT/NN-name.html to DIR (default
            artifacts/assign/grade); results/ lets an interrupted run resume.
        cnn help
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var log = Console.Out;
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                log.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            return args[0] switch
            {
                "run" => await RunNotebooks(args[1..], log),
                "check-clean" => CheckClean(args[1..], log),
                "bench" => Bench.BenchCommand.Run(args[1..], log),
                "assign" => await AssignCommand.RunAsync(args[1..], log),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"cnn: {e.Message}\n\n{Usage}");
            return 2;
        }
    }

    static async Task<int> RunNotebooks(string[] args, TextWriter log)
    {
        var options = Options.Parse(args, valued: ["--out", "--profile", "--cell-timeout"]);
        var notebooks = options.Positional.Count > 0 ? options.Positional.Select(Path.GetFullPath).ToList() : DefaultNotebooks();
        foreach (var notebook in notebooks)
            if (!File.Exists(notebook)) throw new UsageException($"{notebook}: notebook not found");
        if (notebooks.Count == 0) throw new UsageException("no notebooks to run");

        if (options.Get("--profile") is { } profile)
        {
            if (profile is not ("quick" or "full")) throw new UsageException($"--profile {profile}: expected quick or full");
            Environment.SetEnvironmentVariable("CNN_PROFILE", profile);
        }
        var timeout = TimeSpan.FromSeconds(options.GetInt("--cell-timeout", 1800));
        var outDir = Path.GetFullPath(options.Get("--out") ?? Path.Combine(CnnCourse.CoursePaths.Artifacts, "notebooks"));

        var runner = new NotebookRunner(outDir, timeout, log);
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
        int code = results.All(r => r.Succeeded) ? 0 : 1;
        log.Flush();
        if (runner.HasAbandonedWork) Environment.Exit(code);   // a timed-out cell is still running on a thread
        return code;
    }

    static int CheckClean(string[] args, TextWriter log)
    {
        var options = Options.Parse(args, valued: []);
        var notebooks = options.Positional.Count > 0 ? options.Positional.ToList()
            : Directory.EnumerateFiles(CnnCourse.CoursePaths.Notebooks, "*.ipynb", SearchOption.AllDirectories).Order().ToList();
        var dirty = notebooks.Where(n => !NotebookHygiene.IsClean(n, out _)).ToList();
        foreach (var n in dirty) { NotebookHygiene.IsClean(n, out var why); log.WriteLine($"{n}: {why}"); }
        return dirty.Count == 0 ? 0 : 1;
    }

    /// <summary>The lecture notebooks: notebooks/NN-*.ipynb in order.</summary>
    public static List<string> DefaultNotebooks() =>
        Directory.EnumerateFiles(CnnCourse.CoursePaths.Notebooks, "*.ipynb")
            .Where(p => char.IsDigit(Path.GetFileName(p)[0]))
            .Order(StringComparer.Ordinal).ToList();
}

public sealed class UsageException(string message) : Exception(message);

/// <summary>A tiny option parser: `--name value` pairs and positional arguments; unknown options are errors.</summary>
public sealed record Options(IReadOnlyDictionary<string, string> Named, IReadOnlyList<string> Positional)
{
    public static Options Parse(string[] args, string[] valued, string[]? flags = null)
    {
        var named = new Dictionary<string, string>();
        var positional = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--")) { positional.Add(a); continue; }
            if (flags?.Contains(a) == true) { named[a] = "true"; continue; }
            if (!valued.Contains(a)) throw new UsageException($"unknown option '{a}'");
            if (i + 1 >= args.Length) throw new UsageException($"option '{a}' needs a value");
            named[a] = args[++i];
        }
        return new Options(named, positional);
    }

    public string? Get(string name) => Named.TryGetValue(name, out var v) ? v : null;
    public bool Has(string name) => Named.ContainsKey(name);

    public int GetInt(string name, int fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var n) && n > 0 ? n : throw new UsageException($"option '{name}' expects a positive whole number, got '{v}'");
    }
}

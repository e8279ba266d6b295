using System.CommandLine;
using CnnCourse.Execution;

namespace CnnCourse.Cli;

/// <summary>`cnn check-clean`: notebook sources are committed without outputs or execution counts.</summary>
static class CheckCleanCommand
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks") { Description = "Notebooks to check (default: every notebook under notebooks/)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("check-clean", "Fail if a notebook source carries outputs or execution counts.") { notebooks };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(notebooks) is { Length: > 0 } given
                ? Arguments.ExistingFiles(given, "notebook")
                : Directory.EnumerateFiles(CoursePaths.Notebooks, "*.ipynb", SearchOption.AllDirectories).Order().ToList();
            int dirty = 0;
            foreach (var path in paths)
            {
                if (NotebookHygiene.IsClean(path, out var why)) continue;
                Console.WriteLine($"{path}: {why}");
                dirty++;
            }
            return dirty == 0 ? 0 : 1;
        });
        return command;
    }
}

using System.CommandLine;

namespace CnnCourse.Cli;

/// <summary>Options that several commands share, and the checks their values must pass.</summary>
static class Arguments
{
    /// <summary>An option of whole seconds or counts that must be positive.</summary>
    public static Option<int> Positive(string name, int defaultValue, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, out var value) && value > 0) return value;
            result.AddError($"{name} expects a positive whole number, got '{text}'");
            return defaultValue;
        },
    };

    /// <summary>An output folder, with the folder used when none is given (found only when needed: the grading sandbox has no course folder).</summary>
    public static Option<string> OutputFolder(Func<string> defaultFolder, string what) =>
        new("--out") { Description = what, DefaultValueFactory = _ => defaultFolder(), HelpName = "DIR" };

    /// <summary>Full paths of the given files; every one must exist.</summary>
    public static List<string> ExistingFiles(IEnumerable<string> paths, string what)
    {
        var full = paths.Select(Path.GetFullPath).ToList();
        foreach (var path in full)
            if (!File.Exists(path)) throw new CommandLineException($"{path}: {what} not found");
        return full;
    }
}

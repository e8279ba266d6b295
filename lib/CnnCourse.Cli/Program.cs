using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using CnnCourse;
using CnnCourse.Assignments;
using CnnCourse.Cli;

// `cnn`: the course's command line. Each verb is a command of its own file; this file only dispatches and turns the
// errors a user can cause (bad arguments, a missing or malformed file) into one line instead of a stack trace.
try
{
    var root = new RootCommand("CnnCourse: run the lecture notebooks headless, make their slide decks, check them, release and grade assignments, benchmark.")
    {
        RunCommand.Create(),
        SlidesCommand.Create(),
        CheckCleanCommand.Create(),
        AssignCommand.Create(),
        BenchCommand.Create(),
    };
    if (args.Length == 0)
    {
        root.Parse("--help").Invoke();
        return 2;
    }

    Settings.WarnAboutUnknown(Console.Error);
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        var command = string.Join(' ', CommandPath(parse.CommandResult));
        var reason = string.Join(' ', parse.Errors[0].Message.Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var name = command.Length > 0 ? "cnn " + command : "cnn";
        Console.Error.WriteLine($"{name}: {reason} ({name} --help lists the options)");
        return 2;
    }
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (CommandLineException e)
{
    Console.Error.WriteLine($"cnn: {e.Message}");
    return 2;
}
catch (ArgumentException e)
{
    // A value the library refused (an unknown model, a bad setting): its message without .NET's "(Parameter 'x')".
    Console.Error.WriteLine($"cnn: {(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", ""))}");
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or AssignmentFormatException)
{
    Console.Error.WriteLine($"cnn: {FirstLine(e.Message)}");
    return 1;
}

static IEnumerable<string> CommandPath(CommandResult result)
{
    var names = new List<string>();
    for (var r = result; r is not null && r.Command is not RootCommand; r = r.Parent as CommandResult) names.Insert(0, r.Command.Name);
    return names;
}

static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

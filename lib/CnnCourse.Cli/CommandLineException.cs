namespace CnnCourse.Cli;

/// <summary>Arguments that parse but do not make sense together (e.g. a notebook that does not exist): exit code 2, one line.</summary>
public sealed class CommandLineException(string message) : Exception(message);

namespace CnnCourse.Assignments;

/// <summary>An instructor source notebook breaks the authoring format; the message names the file, the cell and the line.</summary>
public sealed class AssignmentFormatException(string message) : Exception(message);

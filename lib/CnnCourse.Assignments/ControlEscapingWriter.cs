using System.Globalization;
using System.Text;

namespace CnnCourse.Assignments;

/// <summary>
/// Writes through to <paramref name="inner"/> with control characters other than newline and tab written as
/// <c>\uXXXX</c>: student folder names and submission text reach the grader's log, and an escape sequence in
/// one must not recolour, move or clear the instructor's terminal.
/// </summary>
public sealed class ControlEscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (char.IsControl(value) && value is not ('\n' or '\t')) inner.Write("\\u" + ((int)value).ToString("x4", CultureInfo.InvariantCulture));
        else inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))) inner.Write(value);
        else foreach (var c in value) Write(c);
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();
}

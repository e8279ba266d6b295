using System.Text;

namespace CnnCourse.Exchange;

/// <summary>
/// CSV as RFC 4180 writes and reads it, for every table the kit writes (gradebooks, exports): a field holding a comma,
/// a quote or a line break is quoted with doubled quotes, and a field a spreadsheet would run as a formula (starting
/// with =, +, -, @ or a tab) gets a leading apostrophe, so that a student's name cannot become a formula.
/// </summary>
public static class CsvText
{
    /// <summary>One field, quoted where RFC 4180 needs it and defused against spreadsheet formulas.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>One record: the fields (already numbers, or text to quote) joined with commas and ended with CRLF.</summary>
    public static string Row(IEnumerable<string> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    /// <summary>The records of a CSV text (quoted fields may hold commas, doubled quotes and line breaks); blank lines are skipped.</summary>
    public static List<string[]> Read(string text, string source)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];   // Excel's UTF-8 byte order mark
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        int line = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; }
            else if (c == '"') throw new InvalidDataException($"{source} line {line}: a quote inside an unquoted field (RFC 4180 wants the whole field in quotes, with inner quotes doubled)");
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); wasQuoted = false; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                End();
                line++;
            }
            else field.Append(c);
        }
        if (quoted) throw new InvalidDataException($"{source}: a quoted field is not closed before the end of the file");
        End();
        return records;

        void End()
        {
            fields.Add(field.ToString());
            field.Clear();
            wasQuoted = false;
            if (fields.Count > 1 || fields[0].Length > 0) records.Add([.. fields]);
            fields.Clear();
        }
    }
}

using System.Text;

namespace CnnCourse.Tests.Support;

/// <summary>Reads a CSV file with a header row (quoted fields, doubled quotes) into dictionaries by column name.</summary>
public static class Csv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var fields = Split(l);
            Assert.Equal(header.Count, fields.Count);
            return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}

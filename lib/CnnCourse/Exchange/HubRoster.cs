namespace CnnCourse.Exchange;

/// <summary>One student of the hub's roster: account name, display name, email.</summary>
public sealed record RosterStudent(string Username, string Name, string Email);

/// <summary>The hub's roster (/etc/cnncourse/roster.csv, header username,name,email), as environment/hub.sh saves it.</summary>
public static class HubRoster
{
    public const string DefaultPath = "/etc/cnncourse/roster.csv";

    public static IReadOnlyList<RosterStudent> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no hub roster; set up the hub with `environment/hub.sh --roster students.csv` first, or pass --roster", path);
        var rows = CsvText.Read(File.ReadAllText(path), path);
        if (rows.Count == 0 || rows[0].Length < 2 || rows[0][0].Trim() != "username" || rows[0][1].Trim() != "name")
            throw new InvalidDataException($"{path}: the first line must be the header username,name,email");
        return rows.Skip(1).Select((r, i) => new RosterStudent(
            ExchangeFolder.CheckStudentName(r[0].Trim()), r.Length > 1 ? r[1].Trim() : "", r.Length > 2 ? r[2].Trim() : "")).ToList();
    }
}

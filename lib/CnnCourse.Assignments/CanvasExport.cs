using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CnnCourse.Exchange;

namespace CnnCourse.Assignments;

/// <summary>
/// `cnn assign export --canvas ROSTER.csv`: the grading totals (totals.csv) as a CSV that Canvas's gradebook import
/// accepts, and as plain per-student totals. ROSTER.csv is the gradebook Canvas exports (columns Student, ID, SIS User
/// ID, SIS Login ID, Section, ...); a graded student is matched to the row whose SIS Login ID is their account name.
/// The import file keeps those five columns, in the roster's order, then one column per assignment, named as in the
/// roster when it already has "NN-name (id)" (so the scores go to that Canvas assignment), else "NN-name" (Canvas then
/// creates the assignment); a "Points Possible" row follows the header unless left out. Scores have two decimals.
/// </summary>
public static partial class CanvasExport
{
    public const string CanvasFileName = "canvas-import.csv";
    public const string StudentTotalsFileName = "student-totals.csv";
    public static readonly string[] IdentityColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"];

    public sealed record Written(string CanvasFile, string StudentTotalsFile, int Students, int Assignments);

    public static Written Export(string totalsPath, string canvasRosterPath, string outputDirectory, bool pointsPossibleRow = true)
    {
        if (!File.Exists(totalsPath)) throw new FileNotFoundException($"{totalsPath}: no totals; grade first (cnn assign grade writes totals.csv)", totalsPath);
        if (!File.Exists(canvasRosterPath)) throw new FileNotFoundException($"{canvasRosterPath}: Canvas roster not found (export the gradebook from Canvas: Grades > Export)", canvasRosterPath);
        var totals = Table(totalsPath, ["student", "assignment", "points", "max_points"]);
        var roster = Table(canvasRosterPath, IdentityColumns);

        var assignments = totals.Rows.Select(r => r[totals.Column["assignment"]]).Distinct().Order(StringComparer.Ordinal).ToList();
        var points = new Dictionary<(string Student, string Assignment), double>();
        var maxPoints = new Dictionary<string, double>();
        foreach (var row in totals.Rows)
        {
            var (student, assignment) = (row[totals.Column["student"]], row[totals.Column["assignment"]]);
            points[(student, assignment)] = Number(row[totals.Column["points"]], totalsPath);
            maxPoints[assignment] = Math.Max(maxPoints.GetValueOrDefault(assignment), Number(row[totals.Column["max_points"]], totalsPath));
        }

        // Canvas puts a "Points Possible" row (and, in some exports, a muted-assignment row) under the header: not students.
        var students = roster.Rows.Where(r => !IsCanvasInfoRow(r[roster.Column["Student"]])).ToList();
        var byLogin = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in students) byLogin.TryAdd(row[roster.Column["SIS Login ID"]].Trim(), row);
        var graded = totals.Rows.Select(r => r[totals.Column["student"]]).Distinct().Order(StringComparer.Ordinal).ToList();
        var missing = graded.Where(s => !byLogin.ContainsKey(s)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{canvasRosterPath} has no row whose SIS Login ID is {string.Join(", ", missing.Select(s => $"'{s}'"))} (graded in {totalsPath}): export the roster from Canvas again, or add the student there; nothing was written");

        var headers = assignments.Select(a => roster.Header.FirstOrDefault(h => CanvasColumn().Match(h) is { Success: true } m && m.Groups[1].Value.Trim() == a) ?? a).ToList();
        var canvas = new StringBuilder(CsvText.Row([.. IdentityColumns, .. headers]));
        if (pointsPossibleRow) canvas.Append(CsvText.Row(["Points Possible", "", "", "", "", .. assignments.Select(a => Score(maxPoints[a]))]));
        foreach (var row in students)
        {
            var login = row[roster.Column["SIS Login ID"]].Trim();
            canvas.Append(CsvText.Row([.. IdentityColumns.Select(c => row[roster.Column[c]]),
                .. assignments.Select(a => points.TryGetValue((login, a), out var p) ? Score(p) : "")]));
        }

        var plain = new StringBuilder(CsvText.Row(["student", "name", .. assignments, "total", "max_total"]));
        foreach (var student in graded)
        {
            var taken = assignments.Select(a => points.TryGetValue((student, a), out var p) ? p : 0).ToList();
            plain.Append(CsvText.Row([student, byLogin[student][roster.Column["Student"]], .. taken.Select(Score), Score(taken.Sum()), Score(assignments.Sum(a => maxPoints[a]))]));
        }

        Directory.CreateDirectory(outputDirectory);
        var canvasFile = Path.Combine(outputDirectory, CanvasFileName);
        var totalsFile = Path.Combine(outputDirectory, StudentTotalsFileName);
        AtomicFile.WriteAllText(canvasFile, canvas.ToString());
        AtomicFile.WriteAllText(totalsFile, plain.ToString());
        return new Written(canvasFile, totalsFile, students.Count, assignments.Count);
    }

    sealed record CsvTable(string[] Header, Dictionary<string, int> Column, List<string[]> Rows);

    static CsvTable Table(string path, string[] required)
    {
        var records = CsvText.Read(File.ReadAllText(path), path);
        if (records.Count == 0) throw new InvalidDataException($"{path} is empty: expected a header with {string.Join(", ", required)}");
        var header = records[0].Select(h => h.Trim()).ToArray();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++) column.TryAdd(header[i], i);
        var absent = required.Where(r => !column.ContainsKey(r)).ToList();
        if (absent.Count > 0) throw new InvalidDataException($"{path}: no column {string.Join(", ", absent.Select(a => $"'{a}'"))} in its header (expected {string.Join(", ", required)})");
        var rows = records.Skip(1).Select(r => r.Length >= header.Length ? r : [.. r, .. Enumerable.Repeat("", header.Length - r.Length)]).ToList();
        return new CsvTable(header, column, rows);
    }

    static bool IsCanvasInfoRow(string student) => student.Trim() is "Points Possible" or "Student, Test";

    static double Number(string text, string path) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidDataException($"{path}: '{text}' is not a number");

    static string Score(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(.*)\((\d+)\)\s*$")]
    private static partial Regex CanvasColumn();
}

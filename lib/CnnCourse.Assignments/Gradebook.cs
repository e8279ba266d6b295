using System.Globalization;
using System.Text;

namespace CnnCourse.Assignments;

/// <summary>
/// The grading output tables, each written whole with a rename (never half-written):
/// gradebook.csv, one row per student, assignment and test (points, result, reason), and
/// totals.csv, one row per student and assignment.
/// </summary>
public static class Gradebook
{
    public const string FileName = "gradebook.csv";
    public const string TotalsFileName = "totals.csv";

    public static void Write(string outputDirectory, IReadOnlyList<SubmissionResult> results)
    {
        var rows = new StringBuilder("student,assignment,test,points,max_points,result,reason\n");
        foreach (var r in results)
            foreach (var t in r.Tests)
                rows.AppendJoin(',', Text(r.Student), Text(r.Assignment), Text(t.GradeId), Number(t.Points), Number(t.MaxPoints), Text(Result(t.Outcome)), Text(t.Reason)).Append('\n');
        CnnCourse.AtomicFile.WriteAllText(Path.Combine(outputDirectory, FileName), rows.ToString());

        var totals = new StringBuilder("student,assignment,points,max_points,status,tests_passed,tests\n");
        foreach (var r in results)
            totals.AppendJoin(',', Text(r.Student), Text(r.Assignment), Number(r.Points), Number(r.MaxPoints), Text(r.Status),
                r.Tests.Count(t => t.Outcome == TestOutcome.Passed).ToString(CultureInfo.InvariantCulture), r.Tests.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        CnnCourse.AtomicFile.WriteAllText(Path.Combine(outputDirectory, TotalsFileName), totals.ToString());
    }

    /// <summary>The outcome as a lower-case word with hyphens (e.g. not-run).</summary>
    public static string Result(TestOutcome outcome) =>
        string.Concat(outcome.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A CSV field as every table of the kit writes it (<see cref="CnnCourse.Exchange.CsvText.Field"/>): RFC 4180 quoting, formulas defused.</summary>
    public static string Text(string value) => CnnCourse.Exchange.CsvText.Field(value.Replace("\r", " ").Replace("\n", " "));   // one line per record, for grep
}

using CnnCourse.Assignments;
using CnnCourse.Exchange;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Exchange;

/// <summary>The kit's CSV (RFC 4180, formulas defused), the Canvas import and the per-student totals, and escaped names in HTML.</summary>
[Trait("Category", "unit")]
public sealed class CsvAndCanvasTests : IDisposable
{
    const string Hyperlink = "=HYPERLINK(\"x\",\"y\")";
    const string Script = "<script>alert(1)</script>";
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData(Hyperlink, "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void A_field_is_quoted_per_RFC_4180_and_a_formula_is_defused(string value, string written)
    {
        Assert.Equal(written, CsvText.Field(value));
        var back = CsvText.Read(CsvText.Row([value, "next"]), "test")[0];
        Assert.Equal([value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value, "next"], back);
    }

    string Totals()
    {
        var path = temp.File("grade/totals.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "student,assignment,points,max_points,status,tests_passed,tests\n" +
            "hubta,01-convolution-from-scratch,10,10,graded,4,4\nhubtb,01-convolution-from-scratch,5,10,graded,2,4\nhubtc,01-convolution-from-scratch,0,10,not submitted,0,4\n" +
            "hubta,02-numerical-example,7.5,10,graded,3,4\n");
        return path;
    }

    string Roster(bool withC = true)
    {
        var path = temp.File("canvas.csv");
        File.WriteAllText(path,
            "Student,ID,SIS User ID,SIS Login ID,Section,01-convolution-from-scratch (4711),Current Score\n" +
            "    Points Possible,,,,,10,\n" +
            $"\"{Hyperlink.Replace("\"", "\"\"")}\",101,s1,hubta,CNN 2027,,\n" +
            $"{Script},102,s2,hubtb,CNN 2027,,\n" +
            (withC ? "\"Carol, C.\",103,s3,hubtc,CNN 2027,,\n" : ""));
        return path;
    }

    [Fact]
    public void The_Canvas_import_has_the_five_identity_columns_one_column_per_assignment_and_two_decimal_scores()
    {
        var written = CanvasExport.Export(Totals(), Roster(), temp.File("out"));
        var rows = CsvText.Read(File.ReadAllText(written.CanvasFile), written.CanvasFile);
        Assert.Equal(["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01-convolution-from-scratch (4711)", "02-numerical-example"], rows[0]);
        Assert.Equal(["Points Possible", "", "", "", "", "10.00", "10.00"], rows[1]);
        Assert.Equal(["'" + Hyperlink, "101", "s1", "hubta", "CNN 2027", "10.00", "7.50"], rows[2]);
        Assert.Equal([Script, "102", "s2", "hubtb", "CNN 2027", "5.00", ""], rows[3]);
        Assert.Equal(["Carol, C.", "103", "s3", "hubtc", "CNN 2027", "0.00", ""], rows[4]);
        Assert.Equal(5, rows.Count);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", File.ReadAllText(written.CanvasFile));

        var totals = CsvText.Read(File.ReadAllText(written.StudentTotalsFile), written.StudentTotalsFile);
        Assert.Equal(["student", "name", "01-convolution-from-scratch", "02-numerical-example", "total", "max_total"], totals[0]);
        Assert.Equal(["hubta", "'" + Hyperlink, "10.00", "7.50", "17.50", "20.00"], totals[1]);
        Assert.Equal(["hubtb", Script, "5.00", "0.00", "5.00", "20.00"], totals[2]);

        var noPoints = CanvasExport.Export(Totals(), Roster(), temp.File("out2"), pointsPossibleRow: false);
        Assert.Equal("'" + Hyperlink, CsvText.Read(File.ReadAllText(noPoints.CanvasFile), "x")[1][0]);
    }

    [Fact]
    public void A_roster_that_lacks_a_graded_student_is_one_line_and_nothing_is_written()
    {
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "assign", "export", "--canvas", Roster(withC: false), "--grades", Path.GetDirectoryName(Totals())!, "--out", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cnn: {temp.File("canvas.csv")} has no row whose SIS Login ID is 'hubtc'", result.Output.Trim());
        Assert.DoesNotContain('\n', result.Output.Trim());
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void A_students_folder_name_is_escaped_in_the_feedback_page()
    {
        var result = new SubmissionResult(Script, Hyperlink, "k", "graded", [new TestVerdict("t", 1, 2, TestOutcome.Passed, "")], [], [], 1, 1, "none");
        var html = FeedbackPage.Render(result);
        Assert.DoesNotContain(Script, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }
}

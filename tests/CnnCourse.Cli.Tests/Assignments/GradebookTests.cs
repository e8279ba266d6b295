using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

[Trait("Category", "unit")]
public class GradebookTests
{
    [Fact]
    public void Rows_per_test_and_totals_per_notebook_with_text_quoted_and_formulas_defused()
    {
        using var temp = new TempDirectory();
        var tests = new[]
        {
            new TestVerdict("conv-output-size", 2, 2, TestOutcome.Passed, ""),
            new TestVerdict("conv-parameters", 0, 2, TestOutcome.NotRun, "not run: \"stopped\", twice"),
            new TestVerdict("conv2d-basic", 0, 3, TestOutcome.Failed, "=HYPERLINK(\"x\")\nsecond line"),
        };
        var result = new SubmissionResult("bob, jr", "01-convolution-from-scratch", "k", "graded", tests, [], [], 1, 1.0, "none");
        Gradebook.Write(temp.Path, [result]);
        var rows = File.ReadAllLines(temp.File(Gradebook.FileName));
        Assert.Equal("student,assignment,test,points,max_points,result,reason", rows[0]);
        Assert.Equal("\"bob, jr\",01-convolution-from-scratch,conv-output-size,2,2,passed,", rows[1]);
        Assert.Equal("\"bob, jr\",01-convolution-from-scratch,conv-parameters,0,2,not-run,\"not run: \"\"stopped\"\", twice\"", rows[2]);
        Assert.Equal("\"bob, jr\",01-convolution-from-scratch,conv2d-basic,0,3,failed,\"'=HYPERLINK(\"\"x\"\") second line\"", rows[3]);
        Assert.Equal(4, rows.Length);
        Assert.Equal(["student,assignment,points,max_points,status,tests_passed,tests", "\"bob, jr\",01-convolution-from-scratch,2,7,graded,1,3"],
            File.ReadAllLines(temp.File(Gradebook.TotalsFileName)));
        Assert.Equal([Gradebook.FileName, Gradebook.TotalsFileName], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_feedback_page_encodes_what_a_submission_controls()
    {
        var tests = new[] { new TestVerdict("t", 0, 2, TestOutcome.Failed, "<script>alert(1)</script>", "printed <b>") };
        var html = FeedbackPage.Render(new SubmissionResult("eve", "a", "k", "graded", tests, [new CellProblem(3, "<img src=x>")], ["<i>note</i>"], 1, 2, "none"));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<i>note", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("Score: <b>0 / 2</b>", html);
    }
}

using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>Checking a submission against the release before anything runs: never a crash, always a recorded reason.</summary>
[Trait("Category", "unit")]
public class GradingPlanTests
{
    const string Name = "01-convolution-from-scratch";
    static readonly AssignmentSource source = Submissions.Source(Name);
    static readonly ReleasedAssignment released = new(Name, "x", source.Sha256, "", source.MaxPoints,
        source.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());

    static GradingPlan Plan(string json) => GradingPlan.For(json, "alice/" + Name + ".ipynb", source, released);

    [Theory]
    [InlineData("{\"cells\": [", "alice/01-convolution-from-scratch.ipynb: malformed JSON at line 1")]
    [InlineData("[1, 2]", "not a Jupyter notebook")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\"}]}", "cell 1 has no readable \"source\"")]
    [InlineData("{\"cells\": [], \"nbformat\": 3}", "nbformat 3, expected 4")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\", \"source\": \"2\"}]}", "malformed JSON (Duplicate property 'source'")]   // a key given twice
    public void A_file_that_is_not_a_notebook_is_invalid_with_the_reason(string json, string reason)
    {
        var plan = Plan(json);
        Assert.Contains(reason, plan.Invalid);
        Assert.Empty(plan.Cells);
    }

    [Fact]
    public void A_full_solution_runs_the_hidden_tests_and_has_nothing_decided()
    {
        var plan = Plan(Submissions.Solution(Name).ToJson());
        Assert.Null(plan.Invalid);
        Assert.Empty(plan.Decided);
        Assert.Equal(source.Tests.Select(t => t.GradeId), plan.TestCells.Select(c => c.GradeId));
        Assert.Contains("\"32x32 input, 3x3 kernel, padding 1, stride 2 (numerical example, floor)\", ConvOutputSize(32, 3, 1, 2)", plan.TestCells.First().Code);   // a hidden observation is back
    }

    [Fact]
    public void Missing_and_edited_test_cells_score_zero_but_the_original_still_runs()
    {
        var notebook = Submissions.Solution(Name)
            .RemoveTest("conv-parameters")
            .EditTest("conv-output-size", code => code.Replace("28, ConvOutputSize", "29, ConvOutputSize"));
        var plan = Plan(notebook.ToJson());
        Assert.Equal(TestOutcome.Missing, plan.Decided["conv-parameters"].Outcome);
        Assert.Equal(TestOutcome.Edited, plan.Decided["conv-output-size"].Outcome);
        Assert.Contains("SHA-256 differs from the released one", plan.Decided["conv-output-size"].Reason);
        Assert.Equal(2, plan.Decided.Count);
        Assert.DoesNotContain(plan.TestCells, c => c.GradeId == "conv-parameters");
        Assert.Contains("28, ConvOutputSize", plan.TestCells.Single(c => c.GradeId == "conv-output-size").Code);
    }

    [Fact]
    public void Changing_the_points_or_forging_the_checksum_in_the_metadata_counts_as_an_edit()
    {
        var forged = Submissions.Solution(Name).EditTest("conv2d-basic", code => "// trust me");
        var cell = forged.NumberedCells().Select(c => c.Cell).Single(c => CellGrading.GradeIdOf(c) == "conv2d-basic");
        Ipynb.CourseMetadata(cell)![CellGrading.ChecksumKey] = CellChecksum.Of("conv2d-basic", 3, "// trust me");
        var bumped = Submissions.Solution(Name);
        var paramsCell = bumped.NumberedCells().Select(c => c.Cell).Single(c => CellGrading.GradeIdOf(c) == "conv-parameters");
        Ipynb.CourseMetadata(paramsCell)!["points"] = 200;
        Assert.Equal(TestOutcome.Edited, Plan(forged.ToJson()).Decided["conv2d-basic"].Outcome);
        Assert.Equal(TestOutcome.Edited, Plan(bumped.ToJson()).Decided["conv-parameters"].Outcome);
    }

    [Fact]
    public void Editor_noise_is_not_an_edit()
    {
        var notebook = Submissions.Solution(Name).EditTest("conv-parameters", code => code.Replace("\n", "\r\n") + "   \n\n");
        Assert.Empty(Plan(notebook.ToJson()).Decided);
    }
}

using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>Static checks against student code that shadows what the tests use or takes a forbidden shortcut.</summary>
[Trait("Category", "unit")]
public class IntegrityChecksTests
{
    const string Conv = "01-convolution-from-scratch";
    static readonly AssignmentSource source = Submissions.Source(Conv);

    static IReadOnlyDictionary<string, TestVerdict> Decided(Ipynb notebook)
    {
        var released = new ReleasedAssignment(Conv, "x", source.Sha256, "", source.MaxPoints,
            source.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());
        return GradingPlan.For(notebook.ToJson(), "s.ipynb", source, released).Decided;
    }

    [Theory]
    [MemberData(nameof(AssignmentSourceTests.Assignments), MemberType = typeof(AssignmentSourceTests))]
    public void The_instructors_own_solutions_pass_every_check(string assignment)
    {
        var own = Submissions.Source(assignment);
        var released = new ReleasedAssignment(assignment, "x", own.Sha256, "", own.MaxPoints,
            own.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());
        Assert.Empty(GradingPlan.For(own.Solution().ToJson(), "s.ipynb", own, released).Decided);
    }

    [Fact]
    public void A_fake_check_class_rejects_every_test_after_it()
    {
        var decided = Decided(Submissions.Solution(Conv).AddCellAfter("long ConvParameters",
            "static class Check { public static void Equal(long a, long b, string what) { } }"));
        Assert.False(decided.ContainsKey("conv-output-size"));   // it ran before the fake
        foreach (var id in new[] { "conv2d-basic", "conv2d-stride-padding" })
        {
            Assert.Equal(TestOutcome.Rejected, decided[id].Outcome);
            Assert.Contains("declares `Check`, a name this test uses", decided[id].Reason);
        }
    }

    [Theory]
    [InlineData("using Check = System.Console;", "redefines `Check`")]
    [InlineData("using F = System.Math;", "redefines `F`")]
    [InlineData("Tensor zeros(long n) => torch.ones(n);", "declares `zeros`")]
    [InlineData("static class Fake { public static void Equal(long a, long b, string w) { } public static class Check { } }\nusing static Fake;", "imports `Check`")]
    public void Shadowing_by_alias_top_level_method_or_using_static_is_rejected(string code, string reason)
    {
        // `using` must open a cell, so the using-static case puts the type first and the directive in a cell of its own.
        var notebook = Submissions.Solution(Conv);
        if (code.Contains("\nusing static"))
        {
            var parts = code.Split('\n');
            notebook.AddCellAfter("long ConvParameters", parts[1]).AddCellAfter("long ConvParameters", parts[0]);
        }
        else notebook.AddCellAfter("long ConvParameters", code);
        var decided = Decided(notebook);
        Assert.Equal(TestOutcome.Rejected, decided["conv2d-basic"].Outcome);
        Assert.Contains(reason, decided["conv2d-basic"].Reason);
    }

    [Fact]
    public void Scratch_variables_named_like_the_tests_locals_are_not_shadowing()
    {
        // The hidden tests use locals x, w, b and k inside loops; a student's top-level x cannot reach them.
        Assert.Empty(Decided(Submissions.Solution(Conv).AddCellAfter("long ConvParameters", "var x = 1; var w = 2; var b = 3; var k = 4; var s = \"scratch\";")));

        // A variable the first test declares again is the test's own by the time the second test reads it.
        var a3 = Submissions.Source("03-train-a-cnn");
        var released = new ReleasedAssignment(a3.Name, "x", a3.Sha256, "", a3.MaxPoints,
            a3.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());
        var notebook = a3.Solution().AddCellAfter("void Train", "var heldOut = FashionMnist.Test().Take(10);");
        Assert.Empty(GradingPlan.For(notebook.ToJson(), "s.ipynb", a3, released).Decided);
    }

    [Fact]
    public void Forbidden_names_reject_only_the_tests_that_forbid_them()
    {
        var decided = Decided(Submissions.Solution(Conv).ReplaceAnswer("Tensor MyConv2d",
            "Tensor MyConv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) =>\n" +
            "    F.conv2d(input, weight, bias, strides: new long[] { stride, stride }, padding: new long[] { padding, padding });"));
        Assert.Equal(TestOutcome.Rejected, decided["conv2d-basic"].Outcome);
        Assert.Contains("uses `conv2d`, which this test forbids", decided["conv2d-stride-padding"].Reason);
        Assert.False(decided.ContainsKey("conv-output-size"));
    }

    [Fact]
    public void Writing_a_variable_of_the_test_cells_is_rejected_but_a_local_of_the_same_name_is_not()
    {
        var attack = Decided(Submissions.Solution(Conv).AddCellAfter("long ConvParameters", "image = null;"));
        // `image` is declared by that very test, after the attack: not a variable of the tests yet, and a cell that does
        // not compile, which the kernel would refuse too. The checks on symbols refuse what they cannot compile.
        Assert.DoesNotContain("a variable of the test cells", attack["conv2d-basic"].Reason);
        Assert.Contains("`image` does not compile here", attack["conv2d-basic"].Reason);
        var local = Decided(Submissions.Solution(Conv).AddCellAfter("long ConvParameters",
            "int Count(int[] image) { var edgeKernel = image.Length; return edgeKernel; }"));
        Assert.Empty(local);

        var a3 = Submissions.Source("03-train-a-cnn");
        var released = new ReleasedAssignment(a3.Name, "x", a3.Sha256, "", a3.MaxPoints,
            a3.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());
        // Between the two tests, swap the trained model for another one.
        var swapped = a3.Solution();
        var firstTest = swapped.NumberedCells().Select(c => c.Cell).Single(c => CellGrading.GradeIdOf(c) == "train-budget");
        var cell = new System.Text.Json.Nodes.JsonObject { ["cell_type"] = "code", ["metadata"] = new System.Text.Json.Nodes.JsonObject(), ["outputs"] = new System.Text.Json.Nodes.JsonArray(), ["execution_count"] = null };
        Ipynb.SetSource(cell, "trainedModel = BuildModel();");
        swapped.Cells.Insert(swapped.Cells.IndexOf(firstTest) + 1, cell);
        var decided = GradingPlan.For(swapped.ToJson(), "s.ipynb", a3, released).Decided;
        Assert.Equal(TestOutcome.Rejected, decided["held-out-accuracy"].Outcome);
        Assert.Contains("uses `trainedModel`, a variable of the test cells", decided["held-out-accuracy"].Reason);
    }
}

using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// The checks on compiled symbols (<see cref="SemanticChecks"/>, <see cref="CodePolicy"/>): each attack class that beat
/// the checks of the syntax alone, as a cell in front of the tests of a full solution, is refused with the cell, the
/// line and the symbol; the instructors' own solutions pass.
/// </summary>
[Trait("Category", "unit")]
public class SemanticChecksTests
{
    const string Conv = "01-convolution-from-scratch";
    const string Train = "03-train-a-cnn";

    static IReadOnlyDictionary<string, TestVerdict> Decided(string assignment, Ipynb notebook)
    {
        var source = Submissions.Source(assignment);
        var released = new ReleasedAssignment(assignment, "x", source.Sha256, "", source.MaxPoints,
            source.Tests.Select(t => new ReleasedTest(t.GradeId, t.Grading.Points, t.Checksum, t.Grading.Forbidden)).ToList());
        return GradingPlan.For(notebook.ToJson(), "s.ipynb", source, released).Decided;
    }

    [Theory]
    [MemberData(nameof(AssignmentSourceTests.Assignments), MemberType = typeof(AssignmentSourceTests))]
    public void The_instructors_solutions_keep_their_own_code_policy(string assignment) =>
        Submissions.Source(assignment).CheckSolutionAgainstPolicy();

    [Theory]
    // Code handed to the kernel in a string.
    [InlineData("Microsoft.DotNet.Interactive.KernelInvocationContext.Current.HandlingKernel.DeferCommand(new Microsoft.DotNet.Interactive.Commands.SubmitCode(\"var x = 1;\"));",
        "`KernelInvocationContext` is `Microsoft.DotNet.Interactive.KernelInvocationContext`: never allowed in graded work (`Microsoft.*`)")]
    // Code handed to TorchScript.
    [InlineData("var compiled = torch.jit.compile(\"def f(x):\\n    return x\");", "is `TorchSharp.torch.jit.compile`: never allowed")]
    // The convolution reached through an alias and `using static`, and fully qualified.
    [InlineData("using static TorchSharp.torch.nn.functional;\nvar imported = conv2d(ones(1, 1, 3, 3), ones(1, 1, 1, 1));",
        "`conv2d` is `TorchSharp.torch.nn.functional.conv2d`: this assignment does not allow `TorchSharp.torch.nn.*`")]
    [InlineData("using A = TorchSharp.torch.nn.functional;", "`nn` is `TorchSharp.torch.nn`: this assignment does not allow `TorchSharp.torch.nn.*`")]
    [InlineData("var qualified = global::TorchSharp.torch.nn.functional.conv2d(ones(1, 1, 3, 3), ones(1, 1, 1, 1));", "is `TorchSharp.torch.nn.functional.conv2d`")]
    // Reflection with a name built at run time.
    [InlineData("var method = typeof(TorchSharp.torch.nn.functional).GetMethods().First(m => m.Name == \"conv\" + \"2d\");", "is `System.Type.GetMethods`: never allowed")]
    [InlineData("var type = \"x\".GetType();", "is `System.Object.GetType`: never allowed")]
    // Library wrappers of what the exercise is about.
    [InlineData("var wrapped = new StridePaddingCase(\"x\", 32, 5, 1, 2).OutputSize;", "`CnnCourse.Convolution.StridePaddingCase`: not among what this assignment allows")]
    [InlineData("var block = new TorchSharp.Modules.Conv2d(1, 1, 3);", "`TorchSharp.Modules.Conv2d")]
    // Records written straight to the grading channel.
    [InlineData("var channel = Console.OpenStandardOutput();", "is `System.Console.OpenStandardOutput`: never allowed")]
    // Late binding, native code, unsafe code.
    [InlineData("dynamic anything = 1;", "`dynamic`: late binding is not allowed")]
    [InlineData("static class Native { [System.Runtime.InteropServices.DllImport(\"libc\")] public static extern int kill(int pid, int signal); }", "`extern` and `unsafe` declarations are not allowed")]
    [InlineData("unsafe { int x = 1; int* p = &x; }", "unsafe code and pointers are not allowed")]
    // Files, processes, observations of its own.
    [InlineData("var text = File.ReadAllText(\"/etc/passwd\");", "is `System.IO.File.ReadAllText`: never allowed")]
    [InlineData("System.Diagnostics.Process.Start(\"/bin/true\");", "never allowed")]
    [InlineData("Observe.Equal(\"ten 5x5 filters on 3 channels\", 760L);", "is `CnnCourse.Grading.Observe.Equal`: never allowed")]
    // A name that does not compile cannot be checked.
    [InlineData("var hidden = SomethingTheCheckerCannotSee.Run();", "`SomethingTheCheckerCannotSee` does not compile here")]
    public void Assignment_1_refuses_each_attack_class_naming_the_cell_line_and_symbol(string code, string reason)
    {
        var decided = Decided(Conv, Submissions.Solution(Conv).AddCellAfter("long ConvParameters", code));
        Assert.False(decided.ContainsKey("conv-output-size"));   // the test above the cell is not affected
        var verdict = decided["conv-parameters"];
        Assert.Equal(TestOutcome.Rejected, verdict.Outcome);
        Assert.True(verdict.Reason.Contains(reason), verdict.Reason);
        Assert.Matches(@"cell \d+ line \d+", verdict.Reason);
    }

    [Fact]
    public void A_fake_observe_imported_through_an_alias_and_using_static_fails_the_test_that_calls_it()
    {
        // Assignment 3: a type of the student's own holding a nested `Observe`, imported with `using static` of an alias:
        // no name in the directives is `Observe`, but the tests' `Observe.InRange` binds to the fake.
        var decided = Decided(Train, Submissions.Solution(Train)
            .AddCellAfter("nn.Module<Tensor, Tensor> BuildModel", "using static A;")
            .AddCellAfter("nn.Module<Tensor, Tensor> BuildModel", "using A = Fakes;")
            .AddCellAfter("nn.Module<Tensor, Tensor> BuildModel",
                "public static class Fakes { public static class Observe { public static void InRange(string w, double v, double lo, double hi) { } } }"));
        foreach (var id in new[] { "train-budget", "held-out-accuracy" })
        {
            Assert.Equal(TestOutcome.Rejected, decided[id].Outcome);
            // Roslyn finds two `Observe` types here (the course's and the fake): the call binds to neither, and is refused.
            Assert.True(decided[id].Reason.Contains("the test's `Observe.InRange` does not reach the course's Observe"), decided[id].Reason);
        }
    }

    [Fact]
    public void Assignment_3_allows_layers_optimizers_and_the_data_but_not_the_courses_trainer()
    {
        var trainer = Decided(Train, Submissions.Solution(Train).AddCellAfter("nn.Module<Tensor, Tensor> BuildModel",
            "var shortcut = new CnnCourse.Training.Trainer(BuildModel());"));
        Assert.Contains("`CnnCourse.Training.Trainer`: not among what this assignment allows", trainer["train-budget"].Reason);
        var layers = Decided(Train, Submissions.Solution(Train).AddCellAfter("nn.Module<Tensor, Tensor> BuildModel",
            "var extra = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU());\nvar adam = optim.Adam(extra.parameters(), 1e-3);\nvar data = FashionMnist.Train().Take(4);"));
        Assert.Empty(layers);
    }

    [Theory]
    [InlineData("System.Math.Sqrt", null)]
    [InlineData("System.Reflection.Assembly.Load", "never allowed in graded work (`System.Reflection.*`)")]
    [InlineData("TorchSharp.torch.nn.functional.conv2d", "this assignment does not allow `TorchSharp.torch.nn.*`")]
    [InlineData("CnnCourse.Training.Trainer.Fit", "not among what this assignment allows")]
    public void The_last_matching_rule_decides_and_never_overrides_everything(string name, string? refusal)
    {
        var policy = new CodePolicy([]);
        Assert.Equal(refusal, policy.Refusal(name));
        Assert.Null(new CodePolicy(["+TorchSharp.torch.nn.*"]).Refusal("TorchSharp.torch.nn.functional.conv2d"));
        Assert.NotNull(new CodePolicy(["+System.Reflection.*"]).Refusal("System.Reflection.Assembly.Load"));
        Assert.Null(policy.TypeRefusal("System.Console"));   // a type whose members are allowed one by one
        Assert.NotNull(policy.Refusal("System.Console.OpenStandardOutput"));
        Assert.Throws<AssignmentFormatException>(() => new CodePolicy(["TorchSharp.*"]));
    }

    [Fact]
    public void Checks_of_submissions_graded_at_the_same_time_agree()
    {
        // The grader checks submissions on several jobs at once; each check must see the same compiled symbols.
        var solution = Submissions.Solution(Conv);
        var decided = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ => Decided(Conv, solution)).ToList();
        Assert.All(decided, d => Assert.True(d.Count == 0, string.Join("; ", d.Values.Select(v => v.Reason))));
    }
}

using System.Text.Json.Nodes;
using CnnCourse.Assignments;
using CnnCourse.Grading;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>The grader's comparison of a test's observations with the reference run's: values, tolerances and bounds from the reference, order and count exact.</summary>
[Trait("Category", "unit")]
public class ObservationsTests
{
    /// <summary>What <paramref name="record"/> observes, as the grading child collects it.</summary>
    static JsonArray Observed(Action record)
    {
        Observe.Begin();
        record();
        return Observe.End();
    }

    static readonly JsonArray reference = Observed(() =>
    {
        Observe.Equal("size", 16L);
        Observe.Equal("activation", "softmax");
        Observe.Equal("shape", new long[] { 8, 16, 16 });
        Observe.Close("tensor", tensor(new float[] { 1, 2, 3 }), 1e-4);
        Observe.InRange("accuracy", 0.9, 0.8, 1.0);
    });

    [Fact]
    public void The_same_values_match_and_outside_grading_nothing_is_recorded()
    {
        Observe.Equal("not collected", 1L);   // no sink: a student running the notebook
        Assert.Empty(Observe.End());
        var same = Observed(() =>
        {
            Observe.Equal("size", 16L);
            Observe.Equal("activation", " Softmax ");
            Observe.Equal("shape", new long[] { 8, 16, 16 });
            Observe.Close("tensor", tensor(new float[] { 1, 2, 3.00005f }), 1);   // the student's tolerance is ignored...
            Observe.InRange("accuracy", 0.81, 0, 0.1);                          // ...and so are its bounds
        });
        Assert.Null(Observations.Mismatch(reference, same));
    }

    [Fact]
    public void A_wrong_value_names_the_observation_and_both_values()
    {
        var wrong = Observed(() =>
        {
            Observe.Equal("size", 17L);
        });
        Assert.Equal("size: expected 16, got 17", Observations.Mismatch(reference, wrong));
        var far = (JsonArray)reference.DeepClone();
        far[3]!["value"]!["float32"] = Observed(() => Observe.Close("tensor", tensor(new float[] { 1, 2, 3.1f }), 1e-4))[0]!["value"]!["float32"]!.DeepClone();
        Assert.Matches(@"^tensor: values differ by up to 0\.(1|09999\d*), more than the 0\.0001 allowed$", Observations.Mismatch(reference, far));
        var low = (JsonArray)reference.DeepClone();
        low[4]!["value"] = 0.79;
        Assert.Equal("accuracy: expected between 0.8 and 1, got 0.79", Observations.Mismatch(reference, low));
    }

    [Fact]
    public void Missing_repeated_reordered_and_extra_observations_fail()
    {
        var missing = new JsonArray(reference.Take(2).Select(n => n!.DeepClone()).ToArray());
        Assert.Contains("shape: no value recorded (the test stopped after 2 of its 5 observations)", Observations.Mismatch(reference, missing));
        var repeated = (JsonArray)reference.DeepClone();
        repeated[1] = reference[0]!.DeepClone();
        Assert.Contains("observation 2 is \"size\", expected \"activation\": recorded twice or out of order", Observations.Mismatch(reference, repeated));
        var forged = (JsonArray)reference.DeepClone();
        forged.Insert(0, new JsonObject { ["what"] = "passed", ["kind"] = "bool", ["value"] = true });
        Assert.Contains("which this test does not record: forged or recorded by other code", Observations.Mismatch(reference, forged));
        var extra = (JsonArray)reference.DeepClone();
        extra.Add(reference[0]!.DeepClone());
        Assert.Contains("1 observation(s) more than the test records", Observations.Mismatch(reference, extra));
        var otherKind = (JsonArray)reference.DeepClone();
        otherKind[0]!["kind"] = "range";
        Assert.Contains("size: recorded as range, expected integer", Observations.Mismatch(reference, otherKind));
        Assert.NotNull(Observations.Mismatch(reference, null));
    }
}

/// <summary>Forbidden families and how the static check reads a cell: every line terminator the kernel accepts, and directives that load files.</summary>
[Trait("Category", "unit")]
public class StaticReadingTests
{
    [Theory]
    [InlineData("conv_transpose*", "conv_transpose2d", true)]
    [InlineData("conv_transpose*", "conv2d", false)]
    [InlineData("*convolution*", "mkldnn_convolution", true)]
    [InlineData("*convolution*", "_convolution", true)]
    [InlineData("*convolution*", "Convolution", false)]
    [InlineData("conv2d", "conv2d", true)]
    [InlineData("conv2d", "Conv2d", false)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "ab", false)]
    public void Forbidden_entries_match_names_and_families(string pattern, string name, bool matches) =>
        Assert.Equal(matches, IntegrityChecks.Matches(pattern, name));

    [Theory]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\r\n")]
    public void A_magic_command_ends_at_every_line_terminator_the_kernel_accepts(string terminator)
    {
        var names = ScriptNames.Of($"#!time{terminator}static class Check {{ }}");
        Assert.Contains("Check", names.Declared);
    }

    [Theory]
    [InlineData("#load \"fake.csx\"", true)]
    [InlineData("#!import other.ipynb", true)]
    [InlineData("#r \"/tmp/evil.dll\"", true)]
    [InlineData("#r \"evilCnnCourse.dll\"", true)]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3\"", false)]
    [InlineData("#r \"../../lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll\"", false)]
    [InlineData("var r = 1;", false)]
    public void Directives_that_load_local_files_are_found(string line, bool found) =>
        Assert.Equal(found, ScriptNames.Of("int x = 1;\r" + line).FileDirectives.Count == 1);

    [Fact]
    public void Types_nested_at_any_depth_are_known_to_using_static()
    {
        var names = ScriptNames.Of("class Outer { public class Inner { public static class Check { } } }");
        Assert.Contains("Check", names.TypeMembers["Inner"]);
    }
}

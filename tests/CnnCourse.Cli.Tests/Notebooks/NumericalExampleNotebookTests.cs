using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>Runs 02-numerical-example headless once (quick profile).</summary>
public sealed class NumericalExampleRun : NotebookRun
{
    public NumericalExampleRun() : base("02-numerical-example.ipynb", TimeSpan.FromMinutes(10)) { }
}

/// <summary>02-numerical-example reproduces the lecture's worked example exactly.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("02-numerical-example.ipynb")]
public class NumericalExampleNotebookTests(NumericalExampleRun run) : IClassFixture<NumericalExampleRun>
{
    IEnumerable<JsonNode> Items(string path) => run.Get(path).AsArray().Select(n => n!);

    static long[] Wholes(JsonNode? node) => node!.AsArray().Select(n => n!.GetValue<long>()).ToArray();

    /// <summary>The summary's row for one layer (OutputShape includes the batch dimension).</summary>
    JsonNode SummaryLayer(string name) => Assert.Single(Items("summary.Layers"), l => l["Name"]!.GetValue<string>() == name);

    [Fact]
    [Claim("with stride 2 the division is 7/2 = 3.5, floored to 3, plus 1 = 4")]
    public void Layer_sizes_and_parameters_by_formula_and_by_the_model()
    {
        var shapes = new Dictionary<string, long[]>
        {
            ["conv1"] = [8, 16, 16], ["pool1"] = [8, 8, 8], ["conv2"] = [16, 4, 4], ["pool2"] = [16, 2, 2],
            ["flatten"] = [64], ["fc1"] = [16], ["classifier"] = [4],
        };
        foreach (var (layer, shape) in shapes)
        {
            Assert.Equal(shape, Wholes(Assert.Single(Items("byFormula"), r => r["Layer"]!.GetValue<string>() == layer)["Shape"]));
            Assert.Equal(shape, Wholes(SummaryLayer(layer)["OutputShape"])[1..]);
        }
        Assert.Equal(80, SummaryLayer("conv1")["Parameters"]!.GetValue<long>());          // (3*3*1 + 1)*8
        Assert.Equal(1168, SummaryLayer("conv2")["Parameters"]!.GetValue<long>());        // (3*3*8 + 1)*16
        Assert.Equal(1040, SummaryLayer("fc1")["Parameters"]!.GetValue<long>());          // (64 + 1)*16
        Assert.Equal(68, SummaryLayer("classifier")["Parameters"]!.GetValue<long>());     // (16 + 1)*4
        Assert.Equal(2356, run.Whole("summary.TotalParameters"));
        Assert.Equal(2356, Items("byFormula").Sum(r => r["Parameters"]!.GetValue<long>()));
        var agree = Items("checks").Select(c => c["Agree"]!.GetValue<bool>()).ToList();
        Assert.NotEmpty(agree);
        Assert.All(agree, Assert.True);

        // the slide's typo: stride 1 would give 8; the asked stride 2 gives the slide's 4
        Assert.Equal(8, run.Whole("asWritten"));
        Assert.Equal(4, run.Whole("asAsked"));
    }

    [Fact]
    [Claim("1 / (1 − p) = 1 / 0.75 ≈ 1.333")]
    [Claim("spread over the four\nclasses, none near 0 or 1")]
    public void Softmax_output_and_dropout()
    {
        Assert.Equal([1, 4], run.Wholes("logits.Shape"));
        Assert.Equal([1, 4], run.Wholes("probabilities.Shape"));
        Assert.NotEqual(1.0, Math.Round(run.Numbers("logits.Values").Sum(), 5));   // the model's output is raw scores
        Assert.Equal(4, run.Texts("classNames").Length);
        Assert.Equal(1.0, Math.Round(run.Numbers("probabilities.Values").Sum(), 5));
        Assert.All(run.Numbers("probabilities.Values"), p => Assert.InRange(p, 0.1, 0.9));   // untrained: no class near 0 or 1

        Assert.Equal(0.25, run.Number("dropoutRate"));
        Assert.InRange(run.Number("zeroShare"), 0.24, 0.26);
        Assert.Equal(1 / (1 - 0.25), run.Number("keptScale"), 6);
        Assert.Equal(1.333, Math.Round(run.Number("keptScale"), 3));
        Assert.True(run.Flag("allKeptEqual"));
        Assert.True(run.Flag("evalIsIdentity"));
        Assert.True(run.Flag("trainDiffers"));
        Assert.True(run.Flag("evalSame"));
    }

    [Fact]
    public void The_convolution_step_and_the_final_sizes()
    {
        Assert.Equal([2.0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], run.Numbers("steps.Padded.Values"));
        Assert.Equal([4.0, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 2], run.Numbers("steps.Convolved.Values"));
        Assert.Equal([4, 4], run.Wholes("steps.Convolved.Shape"));
        Assert.Equal([4.0, 4, 2, 2], run.Numbers("steps.Pooled.Values"));
        Assert.Equal([4.0, 4, 2, 2], run.Numbers("steps.Flattened.Values"));
        Assert.True(run.Flag("identical"));
        Assert.Equal([2, 2], run.Wholes("steps.Pooled.Shape"));
        Assert.Equal(4, run.Whole("steps.Flattened.Shape[0]"));
        Assert.Equal(16, SummaryLayer("fc1")["OutputShape"]![1]!.GetValue<long>());
        Assert.Equal(4, SummaryLayer("classifier")["OutputShape"]![1]!.GetValue<long>());
    }

    [Fact]
    public void The_exercises_self_checks_wait_for_the_students_answers()
    {
        // Shipped with zeros: the checks ask for answers instead of judging them (SelfCheckTests judge answers).
        foreach (var check in new[] { "strideOneCheck", "secondLayerCheck" })
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
        Assert.Contains("16 filters of 3×3 over 8 input channels", run.Text("secondLayerCheck.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

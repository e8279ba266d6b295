using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>Runs 01-convolution headless once (quick profile).</summary>
public sealed class ConvolutionRun : NotebookRun
{
    public ConvolutionRun() : base("01-convolution.ipynb", TimeSpan.FromMinutes(10)) { }
}

/// <summary>The numbers 01-convolution computed, checked against the lecture's arithmetic, exactly.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("01-convolution.ipynb")]
public class ConvolutionNotebookTests(ConvolutionRun run) : IClassFixture<ConvolutionRun>
{
    IEnumerable<JsonNode> Items(string path) => run.Get(path).AsArray().Select(n => n!);

    [Fact]
    public void Convolution_from_scratch_matches_conv2d()
    {
        Assert.Equal(6, run.Get("comparisons").AsArray().Count);
        Assert.InRange(run.Number("largestDifference"), 0, 1e-4);
        Assert.InRange(run.Number("photoDifference"), 0, 1e-4);
    }

    [Fact]
    public void The_lecture_kernels_sums_and_the_filtered_photo()
    {
        var sums = Items("kernels").ToDictionary(k => k["Kernel"]!.GetValue<string>(), k => k["Sum"]!.GetValue<double>());
        Assert.Equal(1.0, sums["Sharpen"]);
        Assert.Equal(0.0, sums["Edge detect"]);
        Assert.Equal(0.0, sums["\"Strong\" edge detect"]);
        Assert.Equal(1.0, sums["Smoothing"]);
        Assert.Equal([1, 150, 225], run.Wholes("photo.Shape"));
        Assert.Equal([1, 150, 225], run.Wholes("filtered[0].Shape"));
    }

    [Fact]
    public void Stride_and_padding_output_sizes_and_centres()
    {
        // 4x4, K3, S1, P0 -> 2x2; 5x5, K3, S1, P1 -> 5x5; 5x5, K3, S2, P0 -> 2x2
        Assert.Equal([2, 5, 2], Items("runs").Select(r => r[0]!["OutputSize"]!.GetValue<long>()));   // the formula, per case
        Assert.Equal([2, 5, 2], Items("caseRows").Select(r => r["Conv2dOutput"]!.GetValue<long>()));
        Assert.Equal([6.0, 7, 10, 11], run.Numbers("runs[0][1][1].Values"));                         // each case's output map
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (double)i), run.Numbers("runs[1][1][1].Values"));
        Assert.Equal([7.0, 9, 17, 19], run.Numbers("runs[2][1][1].Values"));
    }

    [Fact]
    public void Output_volume_and_parameter_counts()
    {
        // four 5x5x3 filters on 32x32x3 -> 4 maps of 28x28; padding 2 keeps 32
        Assert.Equal([4, 28, 28], run.Wholes("volumeByFormula"));
        Assert.Equal([1, 4, 28, 28], run.Wholes("fourMaps.Shape"));
        Assert.Equal(32, run.Whole("sizeWithPadding2"));
        Assert.Equal([1, 4, 32, 32], run.Wholes("padded2.Shape"));

        // 5*5*3 + 1 = 76 per filter; 10 filters = 760
        Assert.Equal(76, run.Whole("perFilter"));
        Assert.Equal(760, run.Whole("tenFiltersByFormula"));
        Assert.Equal(760, run.Whole("tenFiltersCounted"));

        // same 4x28x28 output from 32x32x3: dense (3072 + 1) * 3136, locally connected 3136 * 76, convolution 4 * 76
        Assert.Equal(9_636_928, run.Whole("denseCounted"));
        Assert.Equal(9_636_928, run.Whole("denseFormula"));
        Assert.Equal(238_336, run.Whole("localFormula"));
        Assert.Equal(304, run.Whole("convCounted"));
    }

    [Fact]
    public void Relu_and_pooling_on_the_edge_map()
    {
        Assert.Equal(0.0, run.Number("reluMin"));
        Assert.Equal([150, 225], run.Wholes("edgeMap.Shape"));
        Assert.Equal([75, 112], run.Wholes("maxPooled.Shape"));
        Assert.True(run.Flag("poolingMatchesTorch"));
    }

    [Fact]
    public void The_exercises_self_checks_wait_for_the_students_answers()
    {
        // Shipped with zeros: the checks ask for answers instead of judging them (SelfCheckTests judge answers).
        foreach (var check in new[] { "outputSizeCheck", "parameterCheck" })
        {
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
            Assert.False(run.Flag($"{check}.IsRight"));
        }
        Assert.Contains("an input of 32, a 5×5 kernel, padding 0, stride 1", run.Text("outputSizeCheck.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

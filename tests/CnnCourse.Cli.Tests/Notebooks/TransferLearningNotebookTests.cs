using System.Globalization;
using System.Text.RegularExpressions;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class TransferLearningRun : NotebookRun
{
    public TransferLearningRun() : base("05-vgg16-transfer-learning.ipynb", TimeSpan.FromMinutes(30), _ => new Dictionary<string, string?> { ["CNN_VGG16_WEIGHTS"] = null }) { }
}

/// <summary>05-vgg16-transfer-learning in the quick profile: VGG16's exact counts, and pretraining paying off.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("05-vgg16-transfer-learning.ipynb")]
public class TransferLearningNotebookTests(TransferLearningRun run) : IClassFixture<TransferLearningRun>
{
    [Fact]
    [Claim("VGG16 is much larger than ResNet18")]
    public void Vgg16_has_the_lectures_groups_and_torchvisions_parameter_count()
    {
        Assert.Equal(138_357_544, run.Whole("vggSummary.TotalParameters"));
        Assert.Equal(5, run.Get("groups").AsArray().Count);
        Assert.Equal([2, 2, 3, 3, 3], Enumerable.Range(0, 5).Select(g => run.Whole($"groups[{g}].Convolutions")));
        Assert.Equal(7 * 7 * 512, run.Whole("flattened"));
        // (25088 + 1) * 4096 + (4096 + 1) * 4096 + (4096 + 1) * 1000
        Assert.Equal(123_642_856, run.Whole("denseParameters"));
        Assert.Equal(123_642_856.0 / 138_357_544.0, run.Number("denseShare"), 12);
        Assert.False(run.Flag("vggLoaded"));
        Assert.Empty(run.Get("vggVariants").AsArray());
        Assert.True(run.Whole("vggSummary.TotalParameters") > 5 * run.Whole("allLayers.TrainableParameters"));   // VGG16 vs the whole ResNet18   // without the weights, VGG16 is not trained at all
    }

    [Fact]
    public void Freezing_leaves_only_the_new_classifier_trainable()
    {
        Assert.Equal(512 * 10 + 10, run.Whole("frozenSummary.TrainableParameters"));
        Assert.Equal(15_897_152, run.Whole("frozenSummary.FrozenParameters"));   // ResNet18 with blocks 2,2,2,3 without its fc
        Assert.Equal(5130, run.Whole("onlyClassifier.TrainableParameters"));
        Assert.Equal(15_897_152 + 5130, run.Whole("allLayers.TrainableParameters"));
    }

    [Fact]
    public void Each_variant_trains_with_three_seeds_and_is_compared_by_its_mean()
    {
        double all = run.Number("allLayers.TestAccuracy"), classifier = run.Number("onlyClassifier.TestAccuracy"), scratch = run.Number("scratch.TestAccuracy");
        Checked.Print("05", ("retrain all layers: mean test accuracy", all), ("classifier only: mean test accuracy", classifier),
            ("from scratch: mean test accuracy", scratch), ("from scratch: SD of the seeds", run.Number("scratch.TestAccuracySd")));
        Assert.Equal(100, run.Whole("train.Count"));
        Assert.Equal(1000, run.Whole("test.Count"));
        Assert.Equal([0L, 1, 2], run.Wholes("seeds"));
        foreach (var variant in new[] { "allLayers", "onlyClassifier", "scratch" })
        {
            var accuracies = run.Get($"{variant}.Runs").AsArray().Select(r => (double)r!["TestAccuracy"]!).ToArray();
            Assert.Equal(3, accuracies.Length);
            Assert.Equal(accuracies.Average(), run.Number($"{variant}.TestAccuracy"), 12);   // the mean the text compares
            Assert.InRange(accuracies.Min(), 0.2, 1.0);   // every run learns: far above chance (10%)
        }
    }

    [Fact]
    [Claim("by how many points each pretrained option beat (or fell short of) the same network trained from scratch")]
    public void The_printed_comparison_with_training_from_scratch_is_this_runs()
    {
        var notebook = File.ReadAllText(run.Output.File("05-vgg16-transfer-learning.ipynb"));
        double scratch = run.Number("scratch.TestAccuracy");
        var scratchRuns = run.Get("scratch.Runs").AsArray().Select(r => (double)r!["TestAccuracy"]!).ToArray();
        foreach (var (option, variant) in new[] { ("option 1", "allLayers"), ("option 2", "onlyClassifier") })
        {
            double margin = run.Number($"{variant}.TestAccuracy") - scratch;
            var runs = run.Get($"{variant}.Runs").AsArray().Select(r => (double)r!["TestAccuracy"]!).ToArray();
            var line = Regex.Match(notebook, option + @" (beat|fell short of) training from scratch by (\d+\.\d) points, and did so with (\d) of 3 seeds");
            Assert.True(line.Success, $"no comparison line for {option} in the executed notebook");
            Assert.Equal(margin >= 0 ? "beat" : "fell short of", line.Groups[1].Value);
            Assert.InRange(Math.Abs(double.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture) - Math.Abs(margin) * 100), 0, 0.051);   // printed with one decimal
            Assert.Equal(runs.Zip(scratchRuns).Count(r => r.First > r.Second), int.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    [Claim("an epoch is faster")]
    public void Training_only_the_classifier_is_faster_per_epoch()
    {
        Assert.True(run.Number("onlyClassifier.SecondsPerEpoch") < run.Number("allLayers.SecondsPerEpoch"));
    }

    [Fact]
    public void Every_chart_draws_offline()
    {
        var htmlPath = run.Output.File("05-vgg16-transfer-learning.html");
        var html = File.ReadAllText(htmlPath);
        Assert.Contains("CNN_VGG16_WEIGHTS is not set", html);
        var dom = Chromium.RenderedDom(htmlPath);
        int charts = Chromium.Count(html, "class=\"cnn-chart\"");
        Assert.Equal(7 + 3, charts);   // 7 charts, and the training curves each run draws as it goes
        Assert.Equal(charts, Chromium.Count(dom, "class=\"plot-container plotly\""));
    }

    [Fact]
    public void The_exercises_self_check_waits_for_the_students_answer()
    {
        // Shipped with zeros: the check asks for an answer instead of judging it (SelfCheckTests judge answers).
        foreach (var check in new[] { "vggConv1Check" })
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
        Assert.Contains("64 filters of 3×3 over 3 input channels", run.Text("vggConv1Check.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

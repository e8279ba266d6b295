using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class TransferLearningRun : NotebookRun
{
    public TransferLearningRun() : base("05-vgg16-transfer-learning.ipynb", TimeSpan.FromMinutes(15), _ => new Dictionary<string, string?> { ["CNN_VGG16_WEIGHTS"] = null }) { }
}

/// <summary>05-vgg16-transfer-learning in the quick profile: VGG16's exact counts, and pretraining paying off.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("05-vgg16-transfer-learning.ipynb")]
public class TransferLearningNotebookTests(TransferLearningRun run) : IClassFixture<TransferLearningRun>
{
    JsonObject R => run.Results;

    [Fact]
    public void Vgg16_has_the_lectures_groups_and_torchvisions_parameter_count()
    {
        Assert.Equal(138_357_544, (long)R["vgg16_parameters"]!);
        Assert.Equal(5, (int)R["vgg16_groups"]!);
        Assert.Equal([2, 2, 3, 3, 3], R["vgg16_convolutions_per_group"]!.AsArray().Select(v => (int)v!));
        Assert.Equal(7 * 7 * 512, (long)R["vgg16_flattened"]!);
        // (25088 + 1) * 4096 + (4096 + 1) * 4096 + (4096 + 1) * 1000
        Assert.Equal(123_642_856, (long)R["vgg16_fc_parameters"]!);
        Assert.Equal(123_642_856.0 / 138_357_544.0, (double)R["vgg16_fc_share"]!, 12);
        Assert.False((bool)R["vgg16_weights_loaded"]!);
    }

    [Fact]
    public void Freezing_leaves_only_the_new_classifier_trainable()
    {
        Assert.Equal(512 * 10 + 10, (long)R["frozen_trainable_parameters"]!);
        Assert.Equal(15_897_152, (long)R["frozen_frozen_parameters"]!);   // ResNet18 with blocks 2,2,2,3 without its fc
        Assert.Equal(5130, (long)R["trainable_classifier_only"]!);
        Assert.Equal(15_897_152 + 5130, (long)R["trainable_retrain_all"]!);
    }

    [Fact]
    public void Pretrained_weights_beat_the_same_network_from_scratch_on_the_same_budget()
    {
        double all = (double)R["accuracy_retrain_all"]!, classifier = (double)R["accuracy_classifier_only"]!, scratch = (double)R["accuracy_from_scratch"]!;
        Assert.Equal(100, (int)R["train_images"]!);
        Assert.Equal(1000, (int)R["test_images"]!);
        Assert.True(all >= scratch + 0.05, $"retrain all {all:P1} vs from scratch {scratch:P1}");
        Assert.True(classifier >= scratch + 0.05, $"classifier only {classifier:P1} vs from scratch {scratch:P1}");
        Assert.InRange(scratch, 0.2, 1.0);   // the baseline does learn: far above chance (10%)
    }

    [Fact]
    public void Training_only_the_classifier_is_faster_per_epoch()
    {
        Assert.True((double)R["seconds_per_epoch_classifier_only"]! < (double)R["seconds_per_epoch_retrain_all"]!);
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
}

using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class CnnClassifierRun : NotebookRun
{
    public CnnClassifierRun() : base("03-cnn-classifier.ipynb", TimeSpan.FromMinutes(20)) { }
}

/// <summary>03-cnn-classifier in the quick profile: the ranges the issue sets for training results.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("03-cnn-classifier.ipynb")]
public class CnnClassifierNotebookTests(CnnClassifierRun run) : IClassFixture<CnnClassifierRun>
{
    [Fact]
    [Claim("The quick profile trains on half of the training images for four\nepochs")]
    public void The_whole_cnn_reaches_85_percent_in_the_quick_profile()
    {
        Assert.Equal(4, run.Get("history").AsArray().Count);
        Assert.Equal(421_642, run.Whole("summary.TotalParameters"));
        var perClass = run.Numbers("perClass");
        double test = run.Number("evaluation.Accuracy"), validation = run.Number("history[-1].ValidationAccuracy");
        Checked.Print("03", ("whole CNN: test accuracy", test), ("whole CNN: validation accuracy", validation), ("whole CNN: lowest class accuracy", perClass.Min()));
        Assert.InRange(test, 0.85, 1.0);
        Assert.True(Math.Abs(validation - test) <= 0.05, $"validation {validation:P1} (held-out training images), test {test:P1}");
        Assert.Equal(30_000, run.Whole("trainCount"));
        Assert.Equal(2_000, run.Whole("validationLoader.Count"));
        Assert.Equal(10, perClass.Length);
        Assert.All(perClass, a => Assert.InRange(a, 0.3, 1.0));
    }

    [Fact]
    [Claim("Both reach about the same accuracy")]
    public void Sigmoid_and_softmax_binary_classifiers_both_learn_sneaker_vs_ankle_boot()
    {
        var sigmoid = run.Number("sigmoid[-1].ValidationAccuracy");
        var softmax = run.Number("softmax[-1].ValidationAccuracy");
        Checked.Print("03", ("sigmoid output: accuracy", sigmoid), ("softmax output: accuracy", softmax));
        Assert.InRange(sigmoid, 0.90, 1.0);
        Assert.InRange(softmax, 0.90, 1.0);
        Assert.InRange(Math.Abs(sigmoid - softmax), 0, 0.05);
    }

    double[] Each(string history, string property) => run.Get(history).AsArray().Select(e => (double)e![property]!).ToArray();

    [Fact]
    [Claim("training accuracy climbs towards 100 % while validation accuracy stays well below it, and validation loss, after reaching its minimum, climbs again")]
    [Claim("the network memorizes its 1,000 images and its validation loss rises from its\nminimum")]
    public void Without_dropout_the_small_training_set_is_memorized_and_validation_loss_rises_from_its_minimum()
    {
        Assert.Equal(1000, run.Whole("small.Count"));
        Assert.Equal(2000, run.Whole("validationSplit.Count"));   // taken from the training set after the 1,000 images
        var trainAccuracy = Each("plain", "TrainAccuracy");
        var validationLoss = Each("plain", "ValidationLoss");
        var validationAccuracy = Each("plain", "ValidationAccuracy");
        Checked.Print("03", ("1,000 images: training accuracy", trainAccuracy[^1]), ("1,000 images: validation loss, last five - lowest", validationLoss.TakeLast(5).Average() - validationLoss.Min()),
            ("1,000 images: validation accuracy", validationAccuracy[^1]));
        Assert.InRange(trainAccuracy[^1], 0.95, 1.0);
        // "Climbs again": the last five epochs' mean, not the last epoch alone, whose noise is as large as the rise.
        double late = validationLoss.TakeLast(5).Average();
        Assert.Equal(late, run.Number("plainLateLoss"), 12);
        Assert.True(late >= validationLoss.Min() + 0.04, $"validation loss {string.Join(", ", validationLoss.Select(l => l.ToString("F3")))}");
        Assert.True(trainAccuracy[^1] - validationAccuracy[^1] >= 0.05,   // well below: at least 5 points
            $"training {trainAccuracy[^1]:P1}, validation {string.Join(", ", validationAccuracy.Select(a => a.ToString("P1")))}");
    }

    [Fact]
    [Claim("With dropout, training accuracy rises more slowly, the gap between training and validation accuracy is\nsmaller, and the validation loss of the last epochs stays lower")]
    public void Dropout_slows_training_accuracy_and_narrows_the_gap_to_validation_accuracy()
    {
        // The notebook's Gap: last epoch's training accuracy minus its validation accuracy.
        double Gap(string history) => run.Number($"{history}[-1].TrainAccuracy") - run.Number($"{history}[-1].ValidationAccuracy");
        var without = Gap("plain");
        var with = Gap("dropped");
        Checked.Print("03", ("gap training - validation, no dropout", without), ("gap training - validation, dropout", with),
            ("training accuracy without - with dropout", run.Number("plain[-1].TrainAccuracy") - run.Number("dropped[-1].TrainAccuracy")));
        Assert.InRange(without, 0.05, 1.0);   // a small training set overfits...
        Assert.True(with < without, $"gap with dropout {with:P1} vs without {without:P1}");
        Assert.True(run.Number("dropped[-1].TrainAccuracy") < run.Number("plain[-1].TrainAccuracy"));
        double plainLate = run.Number("plainLateLoss"), droppedLate = run.Number("droppedLateLoss");
        Checked.Print("03", ("late validation loss without - with dropout", plainLate - droppedLate));
        Assert.True(droppedLate <= plainLate - 0.04, $"validation loss over the last five epochs: with dropout {droppedLate:F3}, without {plainLate:F3}");
    }

    [Fact]
    public void Activation_maps_have_the_layer_shapes()
    {
        Assert.Equal([3, 32, 28, 28], run.Wholes("maps.relu1.Shape"));
        Assert.Equal([3, 64, 14, 14], run.Wholes("maps.relu2.Shape"));
    }

    [Fact]
    [Claim("has four stages after its stem, each\nat half the resolution of the one before")]
    public void The_pretrained_resnet18s_four_stages_halve_the_resolution_on_the_photo()
    {
        Assert.Equal([1, 64, 56, 56], run.Wholes("stageMaps.layer1.Shape"));
        Assert.Equal([1, 128, 28, 28], run.Wholes("stageMaps.layer2.Shape"));
        Assert.Equal([1, 256, 14, 14], run.Wholes("stageMaps.layer3.Shape"));
        Assert.Equal([1, 512, 7, 7], run.Wholes("stageMaps.layer4.Shape"));
    }

    [Fact]
    public void Augmentation_changes_the_images_and_keeps_the_labels()
    {
        var changed = run.Wholes("augmentationChanged");   // images of 8 changed by the flip or the shift, per pass
        Assert.Equal(2, changed.Length);
        Assert.All(changed, c => Assert.InRange(c, 1, 8));
        Assert.Equal(8, run.Whole("eight.Count"));
    }

    [Fact]
    public void Every_chart_draws_offline()
    {
        var html = File.ReadAllText(run.Output.File("03-cnn-classifier.html"));
        var dom = Chromium.RenderedDom(run.Output.File("03-cnn-classifier.html"));
        int charts = Chromium.Count(html, "class=\"cnn-chart\"");
        Assert.True(charts >= 8, $"{charts} charts");
        Assert.Equal(charts, Chromium.Count(dom, "class=\"plot-container plotly\""));
    }

    [Fact]
    public void Sliding_the_classifier_over_the_scenes_finds_items()
    {
        Assert.Equal(200, run.Whole("scenes.Count"));
        long items = run.Whole("detectionScore.Objects"), found = run.Whole("detectionScore.Detections");
        Checked.Print("03", ("detector: precision", run.Number("detectionScore.Precision")), ("detector: recall", run.Number("detectionScore.Recall")));
        // 200 scenes of 1 to 4 items; a few merge or hide under others in the masks.
        Assert.InRange(items, 250, 800);
        Assert.InRange(found, items / 2, items * 2);
        Assert.InRange(run.Number("detectionScore.Precision"), 0.3, 1.0);
        Assert.InRange(run.Number("detectionScore.Recall"), 0.3, 1.0);
    }

    [Fact]
    public void The_exercises_self_check_waits_for_the_students_answer()
    {
        // Shipped with zeros: the check asks for an answer instead of judging it (SelfCheckTests judge answers).
        foreach (var check in new[] { "conv1Check", "poolingCheck" })
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
        Assert.Contains("32 filters of 3×3 over 1 input channel", run.Text("conv1Check.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync("Training");
}

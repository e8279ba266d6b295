using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class CnnClassifierRun : NotebookRun
{
    public CnnClassifierRun() : base("03-cnn-classifier.ipynb", TimeSpan.FromMinutes(10)) { }
}

/// <summary>03-cnn-classifier in the quick profile: the ranges the issue sets for training results.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("03-cnn-classifier.ipynb")]
public class CnnClassifierNotebookTests(CnnClassifierRun run) : IClassFixture<CnnClassifierRun>
{
    [Fact]
    public void The_whole_cnn_reaches_85_percent_in_the_quick_profile()
    {
        Assert.Equal(421_642, run.Whole("summary.TotalParameters"));
        Assert.InRange(run.Number("history[-1].ValidationAccuracy"), 0.85, 1.0);
        var perClass = run.Numbers("perClass");
        Assert.Equal(10, perClass.Length);
        Assert.All(perClass, a => Assert.InRange(a, 0.3, 1.0));
    }

    [Fact]
    public void Sigmoid_and_softmax_binary_classifiers_both_learn_sneaker_vs_ankle_boot()
    {
        var sigmoid = run.Number("sigmoid[-1].ValidationAccuracy");
        var softmax = run.Number("softmax[-1].ValidationAccuracy");
        Assert.InRange(sigmoid, 0.90, 1.0);
        Assert.InRange(softmax, 0.90, 1.0);
        Assert.InRange(Math.Abs(sigmoid - softmax), 0, 0.05);
    }

    [Fact]
    public void Dropout_narrows_the_gap_between_training_and_validation_accuracy()
    {
        // The notebook's Gap: last epoch's training accuracy minus its validation accuracy.
        double Gap(string history) => run.Number($"{history}[-1].TrainAccuracy") - run.Number($"{history}[-1].ValidationAccuracy");
        var without = Gap("plain");
        var with = Gap("dropped");
        Assert.InRange(without, 0.05, 1.0);   // a small training set overfits...
        Assert.True(with < without, $"gap with dropout {with:P1} vs without {without:P1}");
    }

    [Fact]
    public void Activation_maps_have_the_layer_shapes()
    {
        Assert.Equal([3, 32, 28, 28], run.Wholes("maps.relu1.Shape"));
        Assert.Equal([3, 64, 14, 14], run.Wholes("maps.relu2.Shape"));
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
}

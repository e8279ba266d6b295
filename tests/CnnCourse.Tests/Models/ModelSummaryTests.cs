using CnnCourse.Models;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class ModelSummaryTests
{
    [Fact]
    public void Lecture_cnn_shapes_and_parameter_counts()
    {
        Reproducibility.Seed(0);
        var model = new LectureCnn();
        var summary = ModelSummary.Of(model, 1, 1, 28, 28);
        Assert.Equal([1L, 32, 28, 28], summary.Layer("conv1").OutputShape);
        Assert.Equal([1L, 32, 14, 14], summary.Layer("pool1").OutputShape);
        Assert.Equal([1L, 64, 7, 7], summary.Layer("pool2").OutputShape);
        Assert.Equal([1L, 3136], summary.Layer("flatten").OutputShape);
        Assert.Equal([1L, 10], summary.OutputShape);
        // (K*K*C + 1) * N for the convolutions, (inputs + 1) * outputs for the dense layers
        long conv1 = (3 * 3 * 1 + 1) * 32, conv2 = (3 * 3 * 32 + 1) * 64, fc1 = (3136 + 1) * 128, classifier = (128 + 1) * 10;
        Assert.Equal(conv1, summary.Layer("conv1").Parameters);
        Assert.Equal(conv2, summary.Layer("conv2").Parameters);
        Assert.Equal(fc1, summary.Layer("fc1").Parameters);
        Assert.Equal(conv1 + conv2 + fc1 + classifier, summary.TotalParameters);
        Assert.Equal(summary.TotalParameters, summary.TrainableParameters);
        Assert.Contains("Total parameters: 421,642", summary.ToString());
        Assert.Contains("<table", summary.ToHtml());
        Assert.DoesNotContain(summary.Layers, l => l.Type == "Dropout");   // rate 0: no layer that does nothing
        Assert.Contains(ModelSummary.Of(new LectureCnn(dropout: 0.25), 1, 1, 28, 28).Layers, l => l.Type == "Dropout");
    }

    [Fact]
    public void Frozen_parameters_are_counted_apart_and_totals_count_each_parameter_once()
    {
        var model = nn.Sequential(("block", nn.Sequential(("conv", nn.Conv2d(3, 4, 3)), ("relu", nn.ReLU()))), ("flatten", nn.Flatten()), ("fc", nn.Linear(4 * 6 * 6, 2)));
        foreach (var p in model.parameters().Take(2)) p.requires_grad = false;   // the conv's weight and bias
        var summary = ModelSummary.Of(model, 2, 3, 8, 8);
        long conv = 3 * 3 * 3 * 4 + 4, fc = 144 * 2 + 2;
        Assert.Equal(conv + fc, summary.TotalParameters);
        Assert.Equal(conv, summary.FrozenParameters);
        Assert.Equal(conv, summary.Layer("block").Parameters);
        Assert.Equal(0, summary.Layer("block.conv").Trainable);
        Assert.Equal(1, summary.Layer("block.conv").Depth);
        Assert.Equal([2L, 4, 6, 6], summary.Layer("block.relu").OutputShape);
    }

    [Fact]
    public void Summarizing_leaves_the_model_as_it_was()
    {
        var model = new LectureCnn(dropout: 0.5);
        model.train();
        using var x = randn(4, 1, 28, 28);
        ModelSummary.Of(model, 1, 1, 28, 28);
        Assert.True(model.training);
        // hooks are removed: a second summary lists each layer once
        var again = ModelSummary.Of(model, 1, 1, 28, 28);
        Assert.Equal(again.Layers.Select(l => l.Name).Distinct().Count(), again.Layers.Count);
        using var y = model.call(x);
        Assert.Equal([4L, 10], y.shape);
    }

    [Fact]
    public void Bad_input_shape_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ModelSummary.Of(new LectureCnn(), 1, 0, 28, 28));
        Assert.Contains("(1, 0, 28, 28)", e.Message);
    }
}

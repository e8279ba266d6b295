using CnnCourse.Models;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class NumericalExampleCnnTests
{
    public NumericalExampleCnnTests() => TorchRuntime.EnsureLoaded();

    [Theory]
    [InlineData("conv1", new long[] { 8, 16, 16 }, 80)]
    [InlineData("pool1", new long[] { 8, 8, 8 }, 0)]
    [InlineData("conv2", new long[] { 16, 4, 4 }, 1168)]
    [InlineData("pool2", new long[] { 16, 2, 2 }, 0)]
    [InlineData("flatten", new long[] { 64 }, 0)]
    [InlineData("fc1", new long[] { 16 }, 1040)]
    [InlineData("classifier", new long[] { 4 }, 68)]
    public void Summary_shows_the_lecture_shapes_and_parameters(string layer, long[] shape, long parameters)
    {
        using var model = new NumericalExampleCnn();
        var summary = ModelSummary.Of(model, 1, 1, 32, 32);
        Assert.Equal([1, .. shape], summary.Layer(layer).OutputShape);
        Assert.Equal(parameters, summary.Layer(layer).Parameters);
        Assert.Equal(80 + 1168 + 1040 + 68, summary.TotalParameters);
    }

    [Fact]
    public void Formulas_agree_with_the_summary_for_every_layer()
    {
        using var model = new NumericalExampleCnn();
        var checks = LayerArithmetic.Compare(NumericalExampleCnn.Arithmetic(), ModelSummary.Of(model, 1, 1, 32, 32));
        Assert.Equal(7, checks.Count);
        Assert.All(checks, c => Assert.True(c.Agree, c.ToString()));
        Assert.Equal(64, NumericalExampleCnn.FlattenedSize);
    }

    [Fact]
    public void Output_is_four_logits_whose_softmax_is_a_distribution_over_the_classes()
    {
        using var model = new NumericalExampleCnn();
        model.eval();
        var logits = model.call(rand(3, 1, 32, 32, generator: new TorchSharp.torch.Generator().manual_seed(3)));
        Assert.Equal(new long[] { 3, 4 }, logits.shape);
        Assert.False(allclose(logits.sum(1), ones(3), atol: 1e-3));   // raw scores, no softmax layer
        Assert.True(allclose(logits.softmax(1).sum(1), ones(3), atol: 1e-6));
        Assert.Equal("Linear", ModelSummary.Of(model, 1, 1, 32, 32).Layers[^1].Type);
        Assert.Equal(["COVID-19", "Pneumonia", "Influenza", "Normal"], NumericalExampleCnn.ClassNames);
    }

    [Fact]
    public void Dropout_changes_outputs_in_training_only()
    {
        using var model = new NumericalExampleCnn();
        var image = rand(1, 1, 32, 32, generator: new TorchSharp.torch.Generator().manual_seed(5));
        model.eval();
        Assert.True(model.call(image).equal(model.call(image)).all().item<bool>());
        model.train();
        manual_seed(0);
        var outputs = Enumerable.Range(0, 5).Select(_ => model.call(image)).ToList();
        Assert.Contains(outputs.Skip(1), o => !o.equal(outputs[0]).all().item<bool>());
    }
}

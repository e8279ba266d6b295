using CnnCourse.Training;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Tests.Training;

[Trait("Category", "unit")]
public class LossDefinitionsTests
{
    [Fact]
    public void Softmax_forms_match_torch_and_only_the_stable_one_survives_large_logits()
    {
        using var scope = NewDisposeScope();
        var z = tensor(new[,] { { 2.0, 1.0, 0.1 }, { -1.0, 0.0, 3.0 } });
        Assert.True(LossDefinitions.NaiveSoftmax(z).allclose(F.softmax(z, 1), rtol: 0, atol: 1e-12));
        Assert.True(LossDefinitions.StableSoftmax(z).allclose(F.softmax(z, 1), rtol: 0, atol: 1e-12));

        var large = tensor(new[,] { { 1000.0, 999.0, 998.0 } });
        Assert.True(LossDefinitions.NaiveSoftmax(large).isnan().all().item<bool>());
        // exp(0), exp(-1), exp(-2) normalized
        double total = 1 + Math.Exp(-1) + Math.Exp(-2);
        Assert.Equal([1 / total, Math.Exp(-1) / total, Math.Exp(-2) / total], LossDefinitions.StableSoftmax(large).data<double>().ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Binary_cross_entropy_by_hand_for_two_images()
    {
        using var scope = NewDisposeScope();
        // y = 1 with ŷ = 0.9 costs -log 0.9; y = 0 with ŷ = 0.2 costs -log 0.8
        var loss = LossDefinitions.BinaryCrossEntropy(tensor(new[] { 0.9, 0.2 }), tensor(new[] { 1.0, 0.0 })).item<double>();
        Assert.Equal(-(Math.Log(0.9) + Math.Log(0.8)) / 2, loss, 12);
    }

    [Fact]
    public void Binary_cross_entropy_from_logits_equals_the_formula_and_torch_and_stays_finite()
    {
        using var scope = NewDisposeScope();
        var z = tensor(new[] { -3.0, -0.5, 0.0, 0.7, 4.0 });
        var y = tensor(new[] { 0.0, 1, 1, 0, 1 });
        double formula = LossDefinitions.BinaryCrossEntropy(z.sigmoid(), y).item<double>();
        Assert.Equal(formula, LossDefinitions.BinaryCrossEntropyFromLogits(z, y).item<double>(), 12);
        Assert.Equal(formula, F.binary_cross_entropy_with_logits(z, y).item<double>(), 12);

        // float32: sigmoid(40) rounds to 1, so the formula gives infinity; the logits form gives the true 40
        var confident = tensor(new[] { 40f });
        var wrong = tensor(new[] { 0f });
        Assert.True(float.IsPositiveInfinity(LossDefinitions.BinaryCrossEntropy(confident.sigmoid(), wrong).item<float>()));
        Assert.Equal(40f, LossDefinitions.BinaryCrossEntropyFromLogits(confident, wrong).item<float>(), 4);
    }

    [Fact]
    public void Cross_entropy_forms_match_torch()
    {
        using var scope = NewDisposeScope();
        var z = tensor(new[,] { { 2.0, 1.0, 0.1, -1 }, { 0.3, -0.2, 2.5, 0 }, { -1, -1, -1, 4 } });
        var labels = tensor(new long[] { 0, 2, 1 });
        var oneHot = F.one_hot(labels, 4).to_type(ScalarType.Float64);
        double torchLoss = F.cross_entropy(z, labels).item<double>();
        Assert.Equal(torchLoss, LossDefinitions.CrossEntropy(F.softmax(z, 1), oneHot).item<double>(), 12);
        Assert.Equal(torchLoss, LossDefinitions.CrossEntropyFromLogits(z, oneHot).item<double>(), 12);
        Assert.Equal(-Math.Log(0.7), LossDefinitions.CrossEntropy(tensor(new[,] { { 0.7, 0.2, 0.1 } }), tensor(new[,] { { 1.0, 0, 0 } })).item<double>(), 12);
    }
}

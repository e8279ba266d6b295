using System.Globalization;
using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

public sealed class OptimizersLossesRun : NotebookRun
{
    public OptimizersLossesRun() : base("08-optimizers-and-losses.ipynb", TimeSpan.FromMinutes(10)) { }
}

/// <summary>08-optimizers-and-losses in the quick profile: the lecture's loss formulas equal TorchSharp's, and the optimizers behave as taught.</summary>
[Trait("Category", "notebook")]
[RunsNotebook("08-optimizers-and-losses.ipynb")]
public class OptimizersLossesNotebookTests(OptimizersLossesRun run) : IClassFixture<OptimizersLossesRun>
{
    JsonObject R => run.Results;

    // NotebookResults writes NaN and infinities as the strings "NaN", "Infinity" and "-Infinity".
    static double Number(JsonNode? node) => node!.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? double.Parse((string)node!, CultureInfo.InvariantCulture) : (double)node!;
    double[] Numbers(string key) => R[key]!.AsArray().Select(Number).ToArray();

    [Fact]
    public void Softmax_by_its_definition_equals_torch_and_the_stable_form_survives_large_logits()
    {
        Assert.InRange(Number(R["softmax_max_difference"]), 0, 1e-6);
        Assert.All(Numbers("softmax_row_sums"), s => Assert.Equal(1.0, s, 6));
        Assert.True((bool)R["softmax_large_naive_is_nan"]!);
        double total = 1 + Math.Exp(-1) + Math.Exp(-2);
        double[] expected = [1 / total, Math.Exp(-1) / total, Math.Exp(-2) / total];   // 0.665, 0.245, 0.090
        Assert.Equal(expected, Numbers("softmax_large_stable"), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.Equal(expected, Numbers("softmax_large_builtin"), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void Binary_cross_entropy_four_ways_agree_and_only_the_logits_forms_get_a_confident_mistake_right()
    {
        var losses = Numbers("bce_losses");
        Assert.Equal(4, losses.Length);
        Assert.All(losses, l => Assert.Equal(losses[0], l, 6));
        Assert.InRange(Number(R["bce_max_difference"]), 0, 1e-6);
        Assert.InRange(losses[0], 0.05, 5);   // a real loss, not zero

        // float32, logit 40, label 0: the formula on sigmoid(40) = 1 gives −log 0 = ∞, torch clamps log at −100, the logits forms give 40
        Assert.Equal([double.PositiveInfinity, 100, 40, 40], Numbers("bce_confident_wrong"), (a, b) => a == b || Math.Abs(a - b) < 1e-4);
    }

    [Fact]
    public void Multi_class_cross_entropy_four_ways_agree()
    {
        Assert.Equal(-Math.Log(0.7), Number(R["ce_one_image"]), 6);
        var losses = Numbers("ce_losses");
        Assert.Equal(4, losses.Length);
        Assert.All(losses, l => Assert.Equal(losses[0], l, 6));
        Assert.InRange(Number(R["ce_max_difference"]), 0, 1e-6);
    }

    [Fact]
    public void Momentum_and_adam_get_further_down_the_bowl_than_plain_sgd_which_zigzags()
    {
        Assert.Equal(33, Number(R["bowl_start_loss"]));   // ½(16 + 50)
        var final = Numbers("bowl_final_losses");   // SGD, momentum, Adam
        Assert.True(final[1] < final[0] / 3, $"momentum {final[1]} vs SGD {final[0]}");
        Assert.True(final[2] < final[0] / 3, $"Adam {final[2]} vs SGD {final[0]}");
        Assert.Equal(40, (int)R["bowl_sgd_w1_sign_changes"]!);   // η·50 = 1.75 > 1: w₁ changes sign every step
    }

    [Fact]
    public void Optimizers_start_from_the_same_weights_and_adam_and_momentum_beat_plain_sgd()
    {
        var first = Numbers("optimizer_first_losses");
        Assert.All(first, l => Assert.Equal(first[0], l));   // same weights, same first batch: bit for bit
        Assert.InRange(first[0], 2.0, 2.6);                   // ≈ ln 10 for an untrained 10-class network
        var final = Numbers("optimizer_final_losses");        // SGD, momentum, Adam
        Assert.True(final[1] < final[0] - 0.1, $"momentum {final[1]:F3} vs SGD {final[0]:F3}");
        Assert.True(final[2] < final[0] - 0.1, $"Adam {final[2]:F3} vs SGD {final[0]:F3}");
        Assert.InRange(final[2], 0, 1.0);
    }

    [Fact]
    public void Learning_rates_too_small_right_and_too_large()
    {
        var final = Numbers("learning_rate_final_losses");
        var diverged = R["learning_rate_diverged"]!.AsArray().Select(v => (bool)v!).ToArray();
        Assert.Equal([false, false, true], diverged);
        Assert.InRange(final[0], 2.0, 2.4);                    // too small: barely below ln 10 ≈ 2.30
        Assert.True(final[1] < final[0] - 0.5, $"right {final[1]:F3} vs too small {final[0]:F3}");
    }

    [Fact]
    public void Backpropagation_matches_finite_differences()
    {
        Assert.Equal(2 * 3 + 3 + 3 * 1 + 1, (int)R["gradient_check_parameters"]!);
        Assert.InRange(Number(R["gradient_check_max_difference"]), 0, 1e-6);
        Assert.True(Number(R["gradient_check_max_gradient"]) > 1e-3);   // the gradients are not trivially zero
    }

    [Fact]
    public void Every_chart_draws_offline()
    {
        var htmlPath = run.Output.File("08-optimizers-and-losses.html");
        var html = File.ReadAllText(htmlPath);
        int charts = Chromium.Count(html, "class=\"cnn-chart\"");
        Assert.Equal(5, charts);   // BCE curves, bowl paths, optimizers, learning rates, gradient check
        Assert.Equal(charts, Chromium.Count(Chromium.RenderedDom(htmlPath), "class=\"plot-container plotly\""));
    }
}

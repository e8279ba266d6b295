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
    /// <summary>The losses of the notebook's table of loss forms <paramref name="forms"/>, an array of (Form, Loss) tuples.</summary>
    double[] Losses(string forms) => run.Get(forms).AsArray().Select((_, i) => run.Number($"{forms}[{i}][1]")).ToArray();

    /// <summary>Each optimizer run's mean loss over its last 20 steps, as OptimizerRun.FinalLoss() reports it in the notebook's tables.</summary>
    double[] FinalLosses(string runs) => run.Get(runs).AsArray().Select((_, i) => run.Numbers($"{runs}[{i}].Losses").TakeLast(20).Average()).ToArray();

    [Fact]
    [Claim("so no $\\exp$ exceeds 1")]
    public void Softmax_by_its_definition_equals_torch_and_the_stable_form_survives_large_logits()
    {
        Assert.InRange(run.Number("softmaxDifference"), 0, 1e-6);
        var probabilities = run.Numbers("naive.Values");   // the formula's softmax of the (8, 4) logits
        Assert.Equal([8L, 4], run.Wholes("naive.Shape"));
        Assert.All(probabilities.Chunk(4).Select(row => row.Sum()), s => Assert.Equal(1.0, s, 6));
        Assert.All(run.Numbers("naiveLarge"), p => Assert.True(double.IsNaN(p), $"naive softmax of 1000, 999, 998: {p}, expected NaN"));
        double total = 1 + Math.Exp(-1) + Math.Exp(-2);
        double[] expected = [1 / total, Math.Exp(-1) / total, Math.Exp(-2) / total];   // 0.665, 0.245, 0.090
        Assert.Equal(expected, run.Numbers("stableLarge"), (a, b) => Math.Abs(a - b) < 1e-6);
        Assert.All(run.Numbers("stableLarge"), p => Assert.InRange(p, 0, 1));   // exp(z - max z) <= 1, so nothing overflows
        Assert.Equal(expected, run.Numbers("builtInLarge"), (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void Binary_cross_entropy_four_ways_agree_and_only_the_logits_forms_get_a_confident_mistake_right()
    {
        var losses = Losses("binaryForms");
        Assert.Equal(4, losses.Length);
        Assert.All(losses, l => Assert.Equal(losses[0], l, 6));
        Assert.InRange(run.Number("binaryDifference"), 0, 1e-6);
        Assert.InRange(losses[0], 0.05, 5);   // a real loss, not zero

        // float32, logit 40, label 0: the formula on sigmoid(40) = 1 gives −log 0 = ∞, torch clamps log at −100, the logits forms give 40
        Assert.Equal([double.PositiveInfinity, 100, 40, 40], Losses("confidentForms"), (a, b) => a == b || Math.Abs(a - b) < 1e-4);
    }

    [Fact]
    [Claim("$-\\log 0.7 = 0.357$")]
    public void Multi_class_cross_entropy_four_ways_agree()
    {
        Assert.Equal(-Math.Log(0.7), run.Number("oneImage"), 6);
        Assert.Equal(0.357, Math.Round(run.Number("oneImage"), 3));
        var losses = Losses("multiForms");
        Assert.Equal(4, losses.Length);
        Assert.All(losses, l => Assert.Equal(losses[0], l, 6));
        Assert.InRange(run.Number("multiDifference"), 0, 1e-6);
    }

    [Fact]
    public void Momentum_and_adam_get_further_down_the_bowl_than_plain_sgd_which_zigzags()
    {
        Assert.Equal(33, run.Number("startLoss"));   // ½(16 + 50)
        var final = run.Numbers("bowlLosses");   // SGD, momentum, Adam
        Assert.True(final[1] < final[0] / 3, $"momentum {final[1]} vs SGD {final[0]}");
        Assert.True(final[2] < final[0] / 3, $"Adam {final[2]} vs SGD {final[0]}");
        var sgdW1 = run.Numbers("paths[0][1][1]");   // plain SGD's path: (Name, Path: (W0, W1))
        Assert.Equal(40, sgdW1.Zip(sgdW1.Skip(1), (a, b) => Math.Sign(a) != Math.Sign(b)).Count(changed => changed));   // η·50 = 1.75 > 1: w₁ changes sign every step
    }

    [Fact]
    [Claim("Plain SGD's zigzag flips sides at every step but dies out; momentum's swings are slower and wider and are still\nthere at the end, while its speed along the valley took it most of the way to the minimum")]
    public void Momentum_swings_across_the_valley_slowly_and_widely_while_plain_sgds_zigzag_dies_out()
    {
        var crossings = run.Wholes("valleyCrossings");   // SGD, momentum, Adam
        var swing = run.Numbers("lateSwing");
        Assert.Equal(40, crossings[0]);                                  // flips at every step
        Assert.InRange(crossings[1], 2, 20);                             // slower swings ...
        Assert.True(swing[1] > 100 * swing[0], $"momentum's late swing {swing[1]} vs SGD's {swing[0]}");   // ... wider, still there
        Assert.True(swing[0] < 0.01, $"SGD's late swing {swing[0]}");  // the zigzag died out
        var w0 = run.Get("paths").AsArray().Select((_, i) => run.Numbers($"paths[{i}][1][0]")[^1]).ToArray();
        Assert.True(Math.Abs(w0[1]) < 0.5 * 4, $"momentum's w0 {w0[1]}: most of the way from -4 to 0");
        Assert.True(Math.Abs(w0[1]) < Math.Abs(w0[0]), $"momentum's w0 {w0[1]} vs SGD's {w0[0]}");
    }

    [Fact]
    public void Optimizers_start_from_the_same_weights_and_adam_and_momentum_beat_plain_sgd()
    {
        var first = run.Get("runs").AsArray().Select((_, i) => run.Number($"runs[{i}].Losses[0]")).ToArray();
        Assert.All(first, l => Assert.Equal(first[0], l));   // same weights, same first batch: bit for bit
        Assert.InRange(first[0], 2.0, 2.6);                   // ≈ ln 10 for an untrained 10-class network
        var final = FinalLosses("runs");                      // SGD, momentum, Adam
        Checked.Print("08", ("SGD: final loss", final[0]), ("momentum: final loss", final[1]), ("Adam: final loss", final[2]));
        Assert.True(final[1] < final[0] - 0.1, $"momentum {final[1]:F3} vs SGD {final[0]:F3}");
        Assert.True(final[2] < final[0] - 0.1, $"Adam {final[2]:F3} vs SGD {final[0]:F3}");
        Assert.InRange(final[2], 0, 1.0);
    }

    [Fact]
    [Claim("The learning rate matters: too small wastes time, too large diverges")]
    public void Learning_rates_too_small_right_and_too_large()
    {
        var final = FinalLosses("rateRuns");
        Checked.Print("08", ("learning rate too small: final loss", final[0]), ("learning rate right: final loss", final[1]));
        var diverged = run.Get("rateRuns").AsArray().Select((_, i) => run.Flag($"rateRuns[{i}].Diverged")).ToArray();
        Assert.Equal([false, false, true], diverged);
        Assert.InRange(final[0], 2.0, 2.4);                    // too small: barely below ln 10 ≈ 2.30
        Assert.True(final[1] < final[0] - 0.5, $"right {final[1]:F3} vs too small {final[0]:F3}");
    }

    [Fact]
    public void Backpropagation_matches_finite_differences()
    {
        var autograd = run.Get("checks").AsArray().Select((_, i) => run.Numbers($"checks[{i}].Autograd")).ToArray();
        Assert.Equal(2 * 3 + 3 + 3 * 1 + 1, autograd.Sum(gradient => gradient.Length));
        Assert.InRange(run.Number("gradientDifference"), 0, 1e-6);
        Assert.True(autograd.SelectMany(gradient => gradient).Max(Math.Abs) > 1e-3);   // the gradients are not trivially zero
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

    [Fact]
    public void The_page_typesets_every_formula_and_the_run_wrote_the_deck_with_every_chart()
    {
        var dom = Chromium.RenderedDom(run.Output.File("08-optimizers-and-losses.html"));
        int formulas = Chromium.Count(dom, "class=\"math\"") + Chromium.Count(dom, "class=\"math display\"");   // $...$, and $$...$$ within a line
        Assert.True(formulas >= 10, $"{formulas} formulas on the page");
        Assert.Equal(formulas, Chromium.Count(dom, "data-typeset=\"1\""));
        Assert.Equal(0, Chromium.Count(dom, "class=\"katex-error\""));   // what KaTeX draws for TeX it cannot parse

        var deck = File.ReadAllText(run.Output.File("slides/08-optimizers-and-losses.html"));   // cnn run --out DIR puts decks in DIR/slides
        Assert.Equal(5, Chromium.Count(deck, "class=\"cnn-chart\""));
        Assert.Equal(1, Chromium.Count(deck, "/* plotly.js "));
    }

    [Fact]
    public void The_exercises_self_check_waits_for_the_students_answer()
    {
        // Shipped with zeros: the check asks for an answer instead of judging it (SelfCheckTests judge answers).
        foreach (var check in new[] { "uniformLossCheck" })
            Assert.Equal("NotAnswered", run.Text($"{check}.Verdict"));
        Assert.Contains("all 10 classes the same probability", run.Text("uniformLossCheck.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

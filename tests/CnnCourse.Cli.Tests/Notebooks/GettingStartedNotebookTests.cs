using System.Text.Json;
using System.Text.Json.Nodes;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Notebooks;

/// <summary>Runs 00-getting-started headless once (quick profile) and checks what it computed and wrote.</summary>
public sealed class GettingStartedRun : NotebookRun
{
    public GettingStartedRun() : base("00-getting-started.ipynb", TimeSpan.FromMinutes(10)) { }
}

[Trait("Category", "notebook")]
[RunsNotebook("00-getting-started.ipynb")]
public class GettingStartedNotebookTests(GettingStartedRun run) : IClassFixture<GettingStartedRun>
{
    [Fact]
    [Claim("60,000 for training and 10,000 for testing")]
    public void Reports_the_data_and_the_model()
    {
        Assert.Equal(60000, run.Whole("train.Count"));   // the full set: setup.sh installs it
        Assert.Equal(10000, run.Whole("test.Count"));
        Assert.Contains("Fashion-MNIST", run.Text("train.Source"));
        Assert.Equal(421_642, run.Whole("summary.TotalParameters"));
    }

    [Fact]
    [Claim("the validation accuracy and the test accuracy that the cell prints end up close to each other")]
    public void The_short_training_run_learns_and_its_validation_images_estimate_the_test_score()
    {
        double validation = run.Number("history[-1].ValidationAccuracy"), test = run.Number("testScore.Accuracy");
        Checked.Print("00", ("test accuracy after 3 epochs", test), ("validation accuracy after 3 epochs", validation));
        Assert.InRange(test, 0.70, 1.0);
        Assert.True(Math.Abs(validation - test) <= 0.05, $"validation {validation:P1}, test {test:P1}");
        Assert.True(run.Number("history[-1].ImagesPerSecond") > 0);
        // The validation images are the training images after the ones trained on.
        Assert.Equal(4_000, run.Whole("trainSubset.Count"));
        Assert.Equal(2_000, run.Whole("validationSubset.Count"));
        Assert.Equal(4_000, run.Whole("trainCount"));
    }

    [Fact]
    public void The_training_loop_by_hand_learns_in_one_epoch()
    {
        var losses = run.Numbers("batchLosses");
        Checked.Print("00", ("loop by hand: test accuracy after 1 epoch", run.Number("byHandAccuracy")),
            ("loop by hand: mean loss of the last 10 batches", run.Number("lastBatchesLoss")));
        Assert.True(losses.Length >= 20, $"{losses.Length} batches in the epoch");
        Assert.Equal(losses[0], run.Number("firstBatchLoss"));
        Assert.InRange(run.Number("firstBatchLoss"), 2.1, 2.5);   // an untrained network guesses near uniformly: ln 10 = 2.30
        Assert.InRange(run.Number("lastBatchesLoss"), 0.0, run.Number("firstBatchLoss") - 0.8);
        Assert.InRange(run.Number("byHandAccuracy"), 0.60, 1.0);
    }

    [Fact]
    public void The_executed_notebook_has_real_execution_counts_and_the_html_embeds_plotly_once()
    {
        var cells = JsonDocument.Parse(File.ReadAllText(run.Output.File("00-getting-started.ipynb"))).RootElement.GetProperty("cells");
        var counts = cells.EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => c.GetProperty("execution_count").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, counts.Count), counts);

        var html = File.ReadAllText(run.Output.File("00-getting-started.html"));
        Assert.Equal(1, Chromium.Count(html, "plotly.js 2.28.0, embedded for offline use"));
        Assert.DoesNotContain("<script src=\"http", html);
        var dom = Chromium.RenderedDom(run.Output.File("00-getting-started.html"));
        Assert.Equal(Chromium.Count(html, "class=\"cnn-chart\""), Chromium.Count(dom, "class=\"plot-container plotly\""));
        Assert.True(Chromium.Count(dom, "class=\"plot-container plotly\"") >= 3);
    }

    [Fact]
    public void The_exercises_self_check_waits_for_the_students_answer()
    {
        // Shipped with zeros: the check asks for an answer instead of judging it (SelfCheckTests judge answers).
        Assert.Equal("NotAnswered", run.Text("batchShapeCheck.Verdict"));
        Assert.Contains("a batch of 64 training images", run.Text("batchShapeCheck.Question"));
    }

    [Fact]
    public Task Every_slide_fits_a_1280x720_projector_with_few_words_and_speaker_notes() => run.CheckDeckAsync();
}

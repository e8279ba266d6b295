using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>Assignments 2 and 3 released and graded together: the instructor's solution gets full marks, the released copy none.</summary>
public sealed class TwoAssignmentsGrading : IDisposable
{
    public static readonly string[] Names = ["02-numerical-example", "03-train-a-cnn"];
    public TempDirectory Temp { get; } = new();
    public CnnTool.Result Result { get; }
    public List<Dictionary<string, string>> Gradebook { get; }
    public string Output => Temp.File("grade");

    public TwoAssignmentsGrading()
    {
        var release = Temp.File("release");
        var released = CnnTool.Run(TimeSpan.FromMinutes(2), ["assign", "release", .. Names.Select(Submissions.SourcePath), "--out", release]);
        Assert.True(released.ExitCode == 0, released.Output);
        foreach (var name in Names)
        {
            Submissions.Solution(name).Save(Temp.File("submissions"), "full", name);
            Submissions.Released(name).Save(Temp.File("submissions"), "empty", name);
        }
        // Assignment 3's training budget is 60 s; 30 s keeps the suite short and is still enough for 80% here.
        Result = CnnTool.Run(TimeSpan.FromMinutes(10), new Dictionary<string, string?> { ["CNN_ASSIGN_TRAIN_SECONDS"] = "30" },
            "assign", "grade", Temp.File("submissions"), "--release", release, "--out", Output, "--jobs", "2", "--memory-mb", "3000");
        Gradebook = Csv.Read(Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName));
    }

    public void Dispose() => Temp.Dispose();
}

[Trait("Category", "grading")]
[Collection("grading")]
public class GradingAssignmentsTests(TwoAssignmentsGrading grading) : IClassFixture<TwoAssignmentsGrading>
{
    [Fact]
    public void The_solutions_get_full_marks_on_both()
    {
        Assert.True(grading.Result.ExitCode == 0, grading.Result.Output);
        var full = grading.Gradebook.Where(r => r["student"] == "full").ToList();
        Assert.Equal(6, full.Count);
        Assert.All(full, r => Assert.True(r["result"] == "passed", $"{r["assignment"]} {r["test"]}: {r["reason"]}"));
    }

    [Fact]
    public void The_released_copies_get_nothing_and_say_why()
    {
        var empty = grading.Gradebook.Where(r => r["student"] == "empty").ToList();
        Assert.Equal(6, empty.Count);
        Assert.All(empty, r => Assert.Equal("0", r["points"]));
        Assert.All(empty.Where(r => r["test"] != "held-out-accuracy"), r => Assert.Contains("NotImplementedException", r["reason"]));
        Assert.Contains("there is no trained model", empty.Single(r => r["test"] == "held-out-accuracy")["reason"]);
    }

    [Fact]
    public void The_training_feedback_shows_the_time_and_the_held_out_accuracy()
    {
        var feedback = File.ReadAllText(Path.Combine(grading.Output, "feedback", "full", "03-train-a-cnn.html"));
        Assert.Contains("Score: <b>10 / 10</b>", feedback);
        Assert.Matches(@"training took \d+\.\d s of a 30 s budget", feedback);
        var accuracy = System.Text.RegularExpressions.Regex.Match(feedback, @"accuracy on the 10,000 held-out test images: (\d+\.\d) ?%");
        Assert.True(accuracy.Success, feedback);
        Assert.InRange(double.Parse(accuracy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 80.0, 100.0);
    }
}

using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// Assignments 2 and 3 released and graded together: the instructor's solution gets full marks, the released copy
/// none, two submissions of assignment 2 that let the course library answer (by name, and through aliases)
/// get nothing either, and one that answers exercises 5 and 6 with TorchSharp's functions gets nothing for those two. One grading run for all of them, because each run starts sandboxed children.
/// </summary>
public sealed class TwoAssignmentsGrading : IDisposable
{
    public static readonly string[] Names = ["02-numerical-example", "03-train-a-cnn"];
    public TempDirectory Temp { get; } = new();
    public CnnTool.Result Result { get; }
    public List<Dictionary<string, string>> Gradebook { get; }
    public string Output => Temp.File("grade");
    const string NumericalExample = "02-numerical-example";

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
        LibraryAnswers();
        // Assignment 3 "solved" by looking the test images up: BuildModel returns a table of the shipped test files,
        // keyed by each image's pixels, that answers with the stored label; Train does nothing.
        Submissions.Solution("03-train-a-cnn")
            .ReplaceAnswer("nn.Module<Tensor, Tensor> BuildModel", """
                class Lookup : nn.Module<Tensor, Tensor>
                {
                    readonly Dictionary<long, long> labels = new();
                    public Lookup() : base("lookup")
                    {
                        var test = FashionMnist.Test();
                        var pixels = test.Images.flatten(1).contiguous().data<float>().ToArray();
                        var classes = test.Labels.data<long>().ToArray();
                        for (int i = 0; i < classes.Length; i++) labels[Key(pixels, i * 784)] = classes[i];
                    }
                    static long Key(float[] pixels, int from)
                    {
                        long key = 17;
                        for (int j = from; j < from + 784; j++) key = key * 31 + (long)Math.Round(pixels[j] * 255);
                        return key;
                    }
                    public override Tensor forward(Tensor images)
                    {
                        var pixels = images.flatten(1).contiguous().data<float>().ToArray();
                        var scores = zeros(images.shape[0], 10);
                        for (int i = 0; i < images.shape[0]; i++)
                            scores[i, labels.TryGetValue(Key(pixels, i * 784), out var label) ? label : 0] = 1;
                        return scores;
                    }
                }
                nn.Module<Tensor, Tensor> BuildModel() => new Lookup();
                void Train(nn.Module<Tensor, Tensor> model, ImageDataset train, TimeSpan budget) { }
                """)
            .Save(Temp.File("submissions"), "lookup", "03-train-a-cnn");
        // The solution trains one epoch, which reaches 80% whatever the machine's speed, and stops early only at 85% of
        // the budget. A budget well above an epoch's time (seconds here, with two submissions training at once) keeps the
        // verdicts off this machine's speed and load: the same model is graded on a slow or a fast CPU.
        Result = CnnTool.Run(TimeSpan.FromMinutes(10), new Dictionary<string, string?> { ["CNN_ASSIGN_TRAIN_SECONDS"] = "150" },
            "assign", "grade", Temp.File("submissions"), "--release", release, "--out", Output, "--jobs", "2", "--memory-mb", "3000");
        Gradebook = Csv.Read(Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName));
    }

    /// <summary>
    /// Right values from the library's worked example instead of the student's own work: "library" names the
    /// library's types where it calls them; "library-alias" reaches them through `using static`, a `using` alias
    /// and fully qualified names, so the calls themselves never name a forbidden type.
    /// </summary>
    void LibraryAnswers()
    {
        const string toGrid = "float[,] ToGrid(Tensor t)\n{\n    var values = t.contiguous().data<float>().ToArray();\n    long columns = t.shape[1];\n" +
            "    var grid = new float[t.shape[0], columns];\n    for (int i = 0; i < values.Length; i++) grid[i / columns, i % columns] = values[i];\n    return grid;\n}\n";
        Submissions.Solution(NumericalExample)
            .ReplaceAnswer("long[] ShapeAfter", "long[] ShapeAfter(string layer)\n{\n    IReadOnlyList<LayerArithmetic> rows = NumericalExampleCnn.Arithmetic();\n" +
                "    return rows.Single(r => r.Layer == (layer switch { \"dense\" => \"fc1\", \"output\" => \"classifier\", _ => layer })).Shape;\n}")
            .ReplaceAnswer("int OutputNeurons", "string OutputActivation() => \"softmax\";\nint OutputNeurons() => NumericalExampleCnn.ClassNames.Count;")
            .ReplaceAnswer("BuildNetwork", "nn.Module<Tensor, Tensor> BuildNetwork(double dropoutRate) => new NumericalExampleCnn(dropoutRate);")
            .ReplaceAnswer("float[,] PadByRepeating", toGrid +
                "float[,] PadByRepeating(float[,] map, int padding) => ToGrid(NaiveConvolution.Pad(tensor(map), padding, PaddingMode.Replicate));\n" +
                "float[,] Convolve(float[,] map, float[,] kernel) => ToGrid(NaiveConvolution.Conv2d(tensor(map), tensor(kernel)));")
            .ReplaceAnswer("float[,] MaxPool", "float[,] MaxPool(float[,] map, int window) => ToGrid(NaivePooling.MaxPool2d(tensor(map), window));\n" +
                "float[] Flatten(float[,] map) => tensor(map).flatten().data<float>().ToArray();")
            .Save(Temp.File("submissions"), "library", NumericalExample);
        Submissions.Solution(NumericalExample)
            .AddCellAfter("Course.Start", "using static CnnCourse.Convolution.ConvArithmetic;\nusing Network = CnnCourse.Models.NumericalExampleCnn;")
            .ReplaceAnswer("long[] ShapeAfter", "long[] ShapeAfter(string layer)\n{\n" +
                "    long conv1 = OutputSize(32, 3, 1, 2), pool1 = PoolOutputSize((int)conv1), conv2 = OutputSize((int)pool1, 3, 1, 2), pool2 = PoolOutputSize((int)conv2);\n" +
                "    return layer switch { \"conv1\" => new[] { 8L, conv1, conv1 }, \"pool1\" => new[] { 8L, pool1, pool1 }, \"conv2\" => new[] { 16L, conv2, conv2 },\n" +
                "        \"pool2\" => new[] { 16L, pool2, pool2 }, \"flatten\" => new[] { 16 * pool2 * pool2 }, \"dense\" => new[] { 16L }, _ => new[] { 4L } };\n}")
            .ReplaceAnswer("BuildNetwork", "nn.Module<Tensor, Tensor> BuildNetwork(double dropoutRate) => new Network(dropoutRate);")
            .ReplaceAnswer("float[,] PadByRepeating", toGrid +
                "float[,] PadByRepeating(float[,] map, int padding) => ToGrid(CnnCourse.Convolution.NaiveConvolution.Pad(tensor(map), padding, CnnCourse.Convolution.PaddingMode.Replicate));\n" +
                "float[,] Convolve(float[,] map, float[,] kernel) => ToGrid(CnnCourse.Convolution.NaiveConvolution.Conv2d(tensor(map), tensor(kernel)));")
            .Save(Temp.File("submissions"), "library-alias", NumericalExample);
        // Exercises 5 and 6 answered by TorchSharp's own functions, on tensors made from the arrays.
        Submissions.Solution(NumericalExample)
            .ReplaceAnswer("float[,] PadByRepeating", toGrid + "Tensor Image(float[,] map) => tensor(map).unsqueeze(0).unsqueeze(0);\n" +
                "float[,] PadByRepeating(float[,] map, int padding) => ToGrid(nn.functional.pad(Image(map), new long[] { padding, padding, padding, padding }, PaddingModes.Replicate)[0, 0]);\n" +
                "float[,] Convolve(float[,] map, float[,] kernel) => ToGrid(nn.functional.conv2d(Image(map), Image(kernel))[0, 0]);")
            .ReplaceAnswer("float[,] MaxPool", "float[,] MaxPool(float[,] map, int window) => ToGrid(nn.functional.max_pool2d(Image(map), window)[0, 0]);\n" +
                "float[] Flatten(float[,] map) => tensor(map).flatten().data<float>().ToArray();")
            .Save(Temp.File("submissions"), "torch-functions", NumericalExample);
    }

    public IEnumerable<Dictionary<string, string>> Rows(string student, string assignment) =>
        Gradebook.Where(r => r["student"] == student && r["assignment"] == assignment);

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
        Assert.Equal(8, full.Count);
        Assert.Equal(["ne-shapes", "ne-output-layer", "ne-network", "ne-dropout", "ne-replicate-convolution", "ne-pool-flatten"],
            grading.Rows("full", "02-numerical-example").Select(r => r["test"]));
        Assert.All(full, r => Assert.True(r["result"] == "passed", $"{r["assignment"]} {r["test"]}: {r["reason"]}"));
    }

    [Fact]
    public void The_released_copies_get_nothing_and_say_why()
    {
        var empty = grading.Gradebook.Where(r => r["student"] == "empty").ToList();
        Assert.Equal(8, empty.Count);
        Assert.All(empty, r => Assert.Equal("0", r["points"]));
        Assert.All(empty.Where(r => r["test"] != "held-out-accuracy"), r => Assert.Contains("NotImplementedException", r["reason"]));
        Assert.Contains("there is no trained model", empty.Single(r => r["test"] == "held-out-accuracy")["reason"]);
    }

    [Fact]
    public void Letting_the_library_answer_assignment_2_scores_zero_with_the_forbidden_name()
    {
        foreach (var student in new[] { "library", "library-alias" })
        {
            var rows = grading.Rows(student, "02-numerical-example").ToList();
            Assert.Equal(6, rows.Count);
            Assert.All(rows, r => Assert.True(r["result"] == "rejected" && r["points"] == "0", $"{student}, {r["test"]}: {r["result"]} {r["points"]} ({r["reason"]})"));
        }
        string Reason(string student, string test) => grading.Rows(student, "02-numerical-example").Single(r => r["test"] == test)["reason"];
        const string ByFamily = "which this test forbids (`NumericalExample*`; write it yourself)";
        Assert.Contains("uses `LayerArithmetic`, which this test forbids (write it yourself)", Reason("library", "ne-shapes"));
        Assert.Contains($"uses `NumericalExampleCnn`, {ByFamily}", Reason("library", "ne-output-layer"));
        Assert.Contains("uses `NaiveConvolution`, which this test forbids", Reason("library", "ne-replicate-convolution"));
        Assert.Contains("uses `NaivePooling`, which this test forbids", Reason("library", "ne-pool-flatten"));
        // The alias cell (3) comes right after the set-up cell, and the calls below it name no forbidden type.
        Assert.All(new[] { "ne-shapes", "ne-network", "ne-pool-flatten" }, test =>
        {
            Assert.Contains("cell 3 uses `ConvArithmetic`, which this test forbids (write it yourself)", Reason("library-alias", test));
            Assert.Contains($"cell 3 uses `NumericalExampleCnn`, {ByFamily}", Reason("library-alias", test));
        });
        Assert.Contains("uses `NaiveConvolution`, which this test forbids", Reason("library-alias", "ne-replicate-convolution"));
        Assert.All(grading.Rows("library", "03-train-a-cnn"), r => Assert.Equal("not-submitted", r["result"]));
    }

    [Fact]
    public void Answering_exercises_5_and_6_with_torchsharps_functions_scores_zero_for_them_only()
    {
        var rows = grading.Rows("torch-functions", "02-numerical-example").ToDictionary(r => r["test"]);
        Assert.Equal(6, rows.Count);
        foreach (var test in new[] { "ne-shapes", "ne-output-layer", "ne-network", "ne-dropout" })
            Assert.True(rows[test]["result"] == "passed", $"{test}: {rows[test]["result"]} ({rows[test]["reason"]})");
        var convolution = rows["ne-replicate-convolution"];
        Assert.True(convolution["result"] == "rejected" && convolution["points"] == "0", $"{convolution["result"]} {convolution["points"]} ({convolution["reason"]})");
        Assert.Contains("uses `conv2d`, which this test forbids (write it yourself)", convolution["reason"]);
        Assert.Contains("uses `pad`, which this test forbids (write it yourself)", convolution["reason"]);
        var pooling = rows["ne-pool-flatten"];
        Assert.True(pooling["result"] == "rejected" && pooling["points"] == "0", $"{pooling["result"]} {pooling["points"]} ({pooling["reason"]})");
        Assert.Contains("uses `max_pool2d`, which this test forbids (`max_pool*`; write it yourself)", pooling["reason"]);
        Assert.Contains("uses `flatten`, which this test forbids (write it yourself)", pooling["reason"]);
    }

    [Fact]
    public void The_training_feedback_shows_the_time_and_the_held_out_accuracy()
    {
        var feedback = File.ReadAllText(Path.Combine(grading.Output, "feedback", "full", "03-train-a-cnn.html"));
        Assert.Contains("Score: <b>10 / 10</b>", feedback);
        var took = System.Text.RegularExpressions.Regex.Match(feedback, @"training took (\d+\.\d) s of a 150 s budget");
        Assert.True(took.Success, feedback);
        var accuracy = System.Text.RegularExpressions.Regex.Match(feedback, @"accuracy on the 10,000 held-out test images with seeded noise: (\d+\.\d) ?%");
        Assert.True(accuracy.Success, feedback);
        double percent = double.Parse(accuracy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Checked.Print("A3", ("solution: held-out accuracy (seeded noise) after one epoch, %", percent), ("solution: training seconds (not bounded)", double.Parse(took.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.InRange(percent, 80.0, 100.0);
    }

    [Fact]
    public void A_lookup_of_the_test_files_scores_what_it_earns_on_images_no_file_holds()
    {
        var rows = grading.Rows("lookup", "03-train-a-cnn").ToDictionary(r => r["test"]);
        // It is allowed code (a module, a dictionary, the datasets), so it runs; it is not untrained, and the noisy
        // held-out images are in no table.
        Assert.True(rows["train-budget"]["result"] == "failed" && rows["train-budget"]["reason"].Contains("it must be untrained"), rows["train-budget"]["reason"]);
        var heldOut = rows["held-out-accuracy"];
        Assert.True(heldOut["result"] == "failed" && heldOut["points"] == "0", $"{heldOut["result"]} {heldOut["points"]} ({heldOut["reason"]})");
        Assert.Contains("each pixel moved by seeded noise", heldOut["reason"]);
        var feedback = File.ReadAllText(Path.Combine(grading.Output, "feedback", "lookup", "03-train-a-cnn.html"));
        var first = System.Text.RegularExpressions.Regex.Match(feedback, @"accuracy on the first 1,000 test images: (\d+\.\d) ?%");
        Assert.True(first.Success && first.Groups[1].Value == "100.0", feedback);   // on the files themselves the table is perfect
    }
}

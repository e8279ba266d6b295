using System.Text.Json.Nodes;
using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>The three course assignments as sources, and what `cnn assign release` makes of them.</summary>
[Trait("Category", "grading")]
public class AssignmentSourceTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Assignments => new() { "01-convolution-from-scratch", "02-numerical-example", "03-train-a-cnn" };

    /// <summary>Each assignment's total: the sum of the points in its table of exercises.</summary>
    static readonly Dictionary<string, int> MaxPoints = new()
    {
        ["01-convolution-from-scratch"] = 10, ["02-numerical-example"] = 15, ["03-train-a-cnn"] = 10,
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    public void The_student_version_has_stubs_no_solutions_no_hidden_tests_and_checksummed_tests(string assignment)
    {
        var source = Submissions.Source(assignment);
        Assert.Equal(MaxPoints[assignment], source.MaxPoints);
        var released = source.Release();
        var json = released.ToJson();
        foreach (var marker in new[] { "BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS" }) Assert.DoesNotContain(marker, json);
        foreach (var test in source.Tests)
        {
            Assert.NotEqual(test.GradedCode, test.ReleasedCode);   // every test has hidden checks
            var cell = released.NumberedCells().Single(c => CellGrading.GradeIdOf(c.Cell) == test.GradeId).Cell;
            Assert.Equal(test.Checksum, (string?)Ipynb.CourseMetadata(cell)![CellGrading.ChecksumKey]);
            Assert.Equal(test.Checksum, CellChecksum.Of(test.GradeId, test.Grading.Points, Ipynb.Source(cell)));
        }
        // Every line of every solution is gone from the released copy, and a stub stands in each answer.
        var solutionLines = source.Notebook.NumberedCells().Select(c => Ipynb.Source(c.Cell))
            .SelectMany(SolutionLines).Where(l => l.Length > 12).ToList();
        Assert.NotEmpty(solutionLines);
        Assert.All(solutionLines, line => Assert.DoesNotContain(line, json));
        Assert.Contains(AssignmentRegions.Stub, json);
        Assert.All(released.NumberedCells().Where(c => Ipynb.IsCode(c.Cell)), c =>
        {
            Assert.Empty(c.Cell["outputs"]!.AsArray());
            Assert.Null(c.Cell["execution_count"]);
        });
        Assert.Equal(assignment, (string?)released.Root["metadata"]![CellGrading.MetadataKey]!["assignment"]);
    }

    static IEnumerable<string> SolutionLines(string code)
    {
        bool inside = false;
        foreach (var line in code.Split('\n').Select(l => l.Trim()))
        {
            if (line == AssignmentRegions.BeginSolution) inside = true;
            else if (line == AssignmentRegions.EndSolution) inside = false;
            else if (inside) yield return line;
        }
    }

    [Fact]
    public void Release_writes_the_notebooks_and_a_manifest_that_accumulates()
    {
        var outDir = temp.File("release");
        var first = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", Submissions.SourcePath("01-convolution-from-scratch"), "--out", outDir);
        Assert.True(first.ExitCode == 0, first.Output);
        var second = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", Submissions.SourcePath("02-numerical-example"), "--out", outDir);
        Assert.True(second.ExitCode == 0, second.Output);

        var manifest = ReleaseManifest.Read(outDir);
        Assert.Equal(["01-convolution-from-scratch", "02-numerical-example"], manifest.Assignments.Select(a => a.Name));
        var conv = manifest.Find("01-convolution-from-scratch")!;
        Assert.Equal("notebooks/assignments/01-convolution-from-scratch.ipynb", conv.Source);
        Assert.Equal(["conv-output-size", "conv-parameters", "conv2d-basic", "conv2d-stride-padding"], conv.Tests.Select(t => t.GradeId));
        Assert.Equal(Submissions.Source("01-convolution-from-scratch").Tests.Select(t => t.Checksum), conv.Tests.Select(t => t.Checksum));
        Assert.Contains("conv2d", conv.Tests[2].Forbidden);
        Assert.True(File.Exists(Path.Combine(outDir, "02-numerical-example.ipynb")));
        var check = CnnTool.Run(TimeSpan.FromMinutes(2), "check-clean", Path.Combine(outDir, "01-convolution-from-scratch.ipynb"));
        Assert.True(check.ExitCode == 0, check.Output);
    }

    [Fact]
    public void A_broken_source_fails_the_release_with_the_file_cell_and_line()
    {
        var notebook = Submissions.Source("01-convolution-from-scratch").Notebook;
        var copy = Ipynb.Parse(notebook.ToJson(), "copy");
        var answer = copy.NumberedCells().First(c => Ipynb.Source(c.Cell).Contains("BEGIN SOLUTION"));
        Ipynb.SetSource(answer.Cell, Ipynb.Source(answer.Cell).Replace("    // END SOLUTION\n", ""));
        var path = temp.File("99-broken.ipynb");
        File.WriteAllText(path, copy.ToJson());
        var result = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", path, "--out", temp.File("release"));
        Assert.Equal(1, result.ExitCode);
        int beginLine = Ipynb.Source(answer.Cell).Split('\n').ToList().FindIndex(l => l.Trim() == AssignmentRegions.BeginSolution) + 1;
        Assert.Contains($"{path}, cell {answer.Number}, line {beginLine}: region opened here is never closed", result.Output);
        Assert.False(File.Exists(temp.File("release/manifest.json")));
    }

    [Fact]
    public void Bad_grading_metadata_and_duplicate_grade_ids_are_refused()
    {
        var copy = Ipynb.Parse(Submissions.Source("02-numerical-example").Notebook.ToJson(), "copy");
        var tests = copy.NumberedCells().Where(c => Ipynb.CourseMetadata(c.Cell) is not null).ToList();
        Ipynb.CourseMetadata(tests[1].Cell)!["grade_id"] = (string)Ipynb.CourseMetadata(tests[0].Cell)!["grade_id"]!;
        var path = temp.File("dup.ipynb");
        File.WriteAllText(path, copy.ToJson());
        Assert.Contains($"cell {tests[1].Number}: grade_id \"ne-shapes\" is used by cell {tests[0].Number} too",
            Assert.Throws<AssignmentFormatException>(() => AssignmentSource.Read(path)).Message);

        Ipynb.CourseMetadata(tests[1].Cell)!["grade_id"] = "ok-id";
        Ipynb.CourseMetadata(tests[1].Cell)!["points"] = JsonValue.Create(-1);
        File.WriteAllText(path, copy.ToJson());
        Assert.Contains("needs \"points\", a number above 0", Assert.Throws<AssignmentFormatException>(() => AssignmentSource.Read(path)).Message);

        Ipynb.CourseMetadata(tests[1].Cell)!["points"] = 2;
        Ipynb.CourseMetadata(tests[1].Cell)!["pionts"] = 2;
        File.WriteAllText(path, copy.ToJson());
        Assert.Contains("unknown key \"pionts\"", Assert.Throws<AssignmentFormatException>(() => AssignmentSource.Read(path)).Message);
    }

    [Fact]
    public void A_test_cell_that_observes_nothing_is_refused()
    {
        var copy = Ipynb.Parse(Submissions.Source("02-numerical-example").Notebook.ToJson(), "copy");
        var test = copy.NumberedCells().First(c => CellGrading.GradeIdOf(c.Cell) == "ne-output-layer");
        Ipynb.SetSource(test.Cell, string.Join("\n", Ipynb.Source(test.Cell).Split('\n').Where(l => !l.Contains("Observe."))));
        var path = temp.File("no-observe.ipynb");
        File.WriteAllText(path, copy.ToJson());
        Assert.Contains($"cell {test.Number}: test cell \"ne-output-layer\" records no observation",
            Assert.Throws<AssignmentFormatException>(() => AssignmentSource.Read(path)).Message);
    }
}

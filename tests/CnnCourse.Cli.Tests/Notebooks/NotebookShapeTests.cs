using System.Text.Json;

namespace CnnCourse.Tests.Notebooks;

/// <summary>
/// Notebooks read like the lecture: a three-line setup cell, and almost no lines that exist only for the tests (the
/// tests read the notebook's own variables, which `cnn run` captures after every cell).
/// </summary>
[Trait("Category", "unit")]
public class NotebookShapeTests
{
    public const double MaxBookkeepingShare = 0.05;

    static IEnumerable<string> Notebooks(bool withAssignments) =>
        Directory.EnumerateFiles(CoursePaths.Notebooks, "*.ipynb", withAssignments ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Order();

    static List<string[]> CodeCells(string notebook)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(notebook));
        return doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))
                .Split('\n').Where(l => l.Trim().Length > 0).ToArray())
            .ToList();
    }

    /// <summary>The share of code lines that only record results for the tests.</summary>
    public static double BookkeepingShare(IEnumerable<string[]> cells)
    {
        var lines = cells.SelectMany(c => c).ToList();
        return lines.Count == 0 ? 0 : (double)lines.Count(l => l.Contains("NotebookResults.")) / lines.Count;
    }

    [Fact]
    public void Bookkeeping_for_the_tests_is_at_most_five_percent_of_the_lecture_code()
    {
        var share = BookkeepingShare(Notebooks(withAssignments: false).SelectMany(CodeCells));
        Assert.True(share <= MaxBookkeepingShare, $"{share:P1} of the lecture notebooks' code lines call NotebookResults; at most {MaxBookkeepingShare:P0}");
    }

    [Fact]
    public void The_share_counts_recording_lines()
    {
        Assert.Equal(0.5, BookkeepingShare([["var x = 1;", "NotebookResults.Record(\"x\", x);"]]));
        Assert.Equal(0.0, BookkeepingShare([["var x = 1;"]]));
    }

    [Fact]
    public void Every_notebook_opens_with_the_three_line_setup_cell()
    {
        Assert.All(Notebooks(withAssignments: true), notebook =>
        {
            var setup = CodeCells(notebook)[0];
            var prefix = Path.GetDirectoryName(notebook) == CoursePaths.Notebooks ? "../" : "../../";
            Assert.True(setup.Length == 3, $"{notebook}: the setup cell has {setup.Length} lines, expected 3");
            Assert.Equal($"#r \"{prefix}lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll\"", setup[0]);
            Assert.Equal("using CnnCourse.Notebooks;", setup[1]);
            Assert.StartsWith("Course.Start(\"", setup[2]);
        });
    }
}

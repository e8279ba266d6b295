using CnnCourse.Assignments;

namespace CnnCourse.Tests.Cli.Assignments;

[Trait("Category", "unit")]
public class AssignmentRegionsTests
{
    const string Answer = """
        int ConvOutputSize(int w, int k, int p, int s)
        {
            // BEGIN SOLUTION
            var numerator = w - k + 2 * p;
            return numerator / s + 1;
            // END SOLUTION
        }
        """;

    const string Test = """
        Check.Equal(28, ConvOutputSize(32, 5, 0, 1), "visible");
        // BEGIN HIDDEN TESTS
        Check.Equal(16, ConvOutputSize(32, 3, 1, 2), "hidden");
        // END HIDDEN TESTS
        Console.WriteLine("after");
        """;

    [Fact]
    public void The_release_stubs_solutions_at_their_indentation_and_drops_hidden_tests()
    {
        Assert.Equal("""
            int ConvOutputSize(int w, int k, int p, int s)
            {
                throw new NotImplementedException(); // your code here
            }
            """, AssignmentRegions.Release(Answer, "a", testCell: false));
        Assert.Equal("""
            Check.Equal(28, ConvOutputSize(32, 5, 0, 1), "visible");
            Console.WriteLine("after");
            """, AssignmentRegions.Release(Test, "t", testCell: true));
    }

    [Fact]
    public void The_solution_and_the_graded_test_keep_the_code_without_markers()
    {
        var solution = AssignmentRegions.Solution(Answer, "a", testCell: false);
        Assert.Contains("return numerator / s + 1;", solution);
        Assert.DoesNotContain("SOLUTION", solution);
        var graded = AssignmentRegions.WithHiddenTests(Test, "t");
        Assert.Contains("\"hidden\"", graded);
        Assert.DoesNotContain("HIDDEN TESTS", graded);
        Assert.DoesNotContain("\"hidden\"", AssignmentRegions.Solution(Test, "t", testCell: true));
    }

    [Theory]
    [InlineData("// END SOLUTION", "cell 3, line 1: \"// END SOLUTION\" without a matching BEGIN")]
    [InlineData("// BEGIN SOLUTION\nx", "cell 3, line 1: region opened here is never closed (expected \"// END SOLUTION\")")]
    [InlineData("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION", "cell 3, line 2: \"// BEGIN SOLUTION\" inside the region opened on line 1")]
    [InlineData("// BEGIN SOLUTION\n// END HIDDEN TESTS", "cell 3, line 2: \"// END HIDDEN TESTS\" closes the region opened on line 1 with a different marker")]
    [InlineData("// BEGIN HIDDEN TESTS\n// END HIDDEN TESTS", "hidden tests belong in test cells")]
    [InlineData("//BEGIN SOLUTION", "looks like a region marker but is not one")]
    public void Broken_markers_fail_with_the_cell_and_the_line(string code, string message)
    {
        var e = Assert.Throws<AssignmentFormatException>(() => AssignmentRegions.Release(code, "nb.ipynb, cell 3", testCell: false));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Solutions_in_test_cells_are_refused_and_ordinary_comments_are_not_markers()
    {
        Assert.Contains("test cells are read-only", Assert.Throws<AssignmentFormatException>(
            () => AssignmentRegions.Release("// BEGIN SOLUTION\n// END SOLUTION", "t", testCell: true)).Message);
        const string comments = "// the hidden tests check more sizes\n// a solution region would go here\nvar x = 1;";
        Assert.Equal(comments, AssignmentRegions.Release(comments, "c", testCell: true));
    }

    [Fact]
    public void Checksums_ignore_line_endings_and_trailing_spaces_but_not_code_or_points()
    {
        var original = CellChecksum.Of("conv", 2, "a();\nb();");
        Assert.Equal(original, CellChecksum.Of("conv", 2, "\r\na();  \r\nb();\n\n"));
        Assert.NotEqual(original, CellChecksum.Of("conv", 2, "a();\nb(); // changed"));
        Assert.NotEqual(original, CellChecksum.Of("conv", 3, "a();\nb();"));
        Assert.NotEqual(original, CellChecksum.Of("conv", null, "a();\nb();"));
        Assert.NotEqual(original, CellChecksum.Of("other", 2, "a();\nb();"));
        Assert.Equal(64, original.Length);
    }
}

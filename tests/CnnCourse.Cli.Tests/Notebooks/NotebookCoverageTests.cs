using System.Reflection;

namespace CnnCourse.Tests.Notebooks;

/// <summary>Every lecture notebook is executed by a test: a notebook without one fails here.</summary>
[Trait("Category", "unit")]
public class NotebookCoverageTests
{
    [Fact]
    public void Every_notebook_has_a_test_that_runs_it()
    {
        var notebooks = Directory.GetFiles(Path.Combine(CoursePaths.Root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order().ToList();
        var covered = typeof(NotebookCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RunsNotebookAttribute>()).Select(a => a.Notebook).ToHashSet();
        Assert.NotEmpty(notebooks);
        Assert.All(notebooks, n => Assert.True(covered.Contains(n!), $"{n} has no test class marked [RunsNotebook(\"{n}\")]"));
    }
}

/// <summary>Marks the test class that executes a notebook headless and asserts its key numbers.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RunsNotebookAttribute(string notebook) : Attribute
{
    public string Notebook { get; } = notebook;
}

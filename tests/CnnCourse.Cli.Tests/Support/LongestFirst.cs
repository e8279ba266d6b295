using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestCollectionOrderer("CnnCourse.Tests.Support.LongestFirst", "CnnCourse.Cli.Tests")]

namespace CnnCourse.Tests.Support;

/// <summary>
/// Starts the longest test classes first. The runner keeps two classes going at once (one per core) and starts the next
/// in this order; a long notebook run started last keeps one core busy alone while the rest of the run waits for it.
/// The order comes from where the full run's time goes (the slowest-tests list the test command prints).
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    static readonly string[] Longest =
    [
        "TransferLearningNotebookTests", "UNetSegmentationNotebookTests", "hub", "CnnClassifierNotebookTests", "grading resume",
        "InceptionResidualNotebookTests", "JupyterKernelTests", "BenchCommandTests", "OptimizersLossesNotebookTests",
        "GettingStartedNotebookTests", "SlidesBrowserTests",
    ];

    static int Rank(ITestCollection collection)
    {
        // A class's own collection is named "Test collection for Namespace.Class"; a shared one by its [Collection] name.
        int rank = Array.FindIndex(Longest, name => collection.DisplayName == name || collection.DisplayName.EndsWith("." + name, StringComparison.Ordinal));
        return rank < 0 ? Longest.Length : rank;
    }

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, index) => (collection, index)).OrderBy(c => Rank(c.collection)).ThenBy(c => c.index).Select(c => c.collection);
}

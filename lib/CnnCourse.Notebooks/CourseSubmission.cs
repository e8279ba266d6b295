using System.Net;
using CnnCourse.Exchange;
using CnnCourse.Grading;
using CnnCourse.Visualization;

namespace CnnCourse.Notebooks;

/// <summary>What <see cref="Course.Submit"/> shows: the receipt of this submission and the earlier ones.</summary>
static class CourseSubmission
{
    public static HtmlString Submit(string assignment)
    {
        if (Observe.InGradingChild) return new HtmlString("<p>(graded run: nothing is submitted)</p>");
        var exchange = ExchangeFolder.Default;
        if (!Directory.Exists(exchange.Root))
            return Show($"No course exchange on this machine ({exchange.Root}): nothing was submitted. On the course hub this cell hands the notebook in; elsewhere, hand in {assignment}.ipynb as your instructor says.");
        var student = UnixAccount.Current.Name;
        // The kernel runs in the notebook's folder, so the saved notebook is there under the assignment's name.
        var receipt = NotebookSubmitter.Submit(exchange, Path.Combine(Environment.CurrentDirectory, assignment + ".ipynb"), student, DateTimeOffset.UtcNow, assignment);
        var history = NotebookSubmitter.History(exchange, assignment, student);
        if (!NotebookEnvironment.IsActive) Console.WriteLine(receipt.Describe());
        return Show(receipt.Describe() + $" You have submitted {assignment} {history.Count} time(s); the latest counts unless your instructor says otherwise. (Submit takes the saved file: save before you run this cell.)");
    }

    static HtmlString Show(string text) => new($"<p class=\"cnn-submit\">{WebUtility.HtmlEncode(text)}</p>");
}

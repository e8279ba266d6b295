using System.Globalization;
using System.Net;
using System.Text;

namespace CnnCourse.Assignments;

/// <summary>One student's feedback for one notebook, as a self-contained HTML page: score, each test with its points and reason, and errors in the student's own cells. Every text is HTML-encoded (submissions control error messages).</summary>
public static class FeedbackPage
{
    const string Style = """
        body { font-family: -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; width: 100%; } td, th { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
        .passed { color: #1a7f37; font-weight: 600; } .zero { color: #b00020; font-weight: 600; }
        pre { white-space: pre-wrap; margin: 0; font-size: .9em; } .score { font-size: 1.4em; } .note { color: #555; }
        """;

    public static string Render(SubmissionResult result)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(result.Assignment)} · {E(result.Student)}</title><style>{Style}</style></head><body>\n");
        html.Append($"<h1>{E(result.Assignment)}</h1>\n<p>Student: <b>{E(result.Student)}</b> · status: {E(result.Status)}</p>\n");
        html.Append($"<p class=\"score\">Score: <b>{N(result.Points)} / {N(result.MaxPoints)}</b> ({result.Tests.Count(t => t.Outcome == TestOutcome.Passed)} of {result.Tests.Count} tests passed)</p>\n");
        html.Append("<table><tr><th>Test</th><th>Points</th><th>Result</th><th>Details</th></tr>\n");
        foreach (var t in result.Tests)
        {
            var css = t.Outcome == TestOutcome.Passed ? "passed" : "zero";
            html.Append($"<tr><td><code>{E(t.GradeId)}</code></td><td>{N(t.Points)} / {N(t.MaxPoints)}</td><td class=\"{css}\">{E(Gradebook.Result(t.Outcome))}</td><td><pre>{E(t.Reason)}</pre>{(t.Output.Length > 0 ? $"<pre class=\"note\">{E(t.Output.TrimEnd())}</pre>" : "")}</td></tr>\n");
        }
        html.Append("</table>\n");
        if (result.Problems.Count > 0)
        {
            html.Append("<h2>Errors in your own cells</h2>\n<table><tr><th>Cell</th><th>Error</th></tr>\n");
            foreach (var p in result.Problems) html.Append($"<tr><td>{p.NotebookCell}</td><td><pre>{E(p.Error)}</pre></td></tr>\n");
            html.Append("</table>\n");
        }
        if (result.Notes.Count > 0)
        {
            html.Append("<h2>Notes</h2>\n<ul>\n");
            foreach (var note in result.Notes) html.Append($"<li class=\"note\">{E(note)}</li>\n");
            html.Append("</ul>\n");
        }
        html.Append($"<p class=\"note\">Graded in {result.Attempts} run(s), {result.Seconds:F1} s. Isolation: {E(result.Isolation)}. Cells are numbered as in the notebook, markdown included.</p>\n");
        html.Append("</body></html>\n");
        return html.ToString();
    }
}

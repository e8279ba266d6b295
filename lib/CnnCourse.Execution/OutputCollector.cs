using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace CnnCourse.Execution;

/// <summary>
/// Turns kernel events into Jupyter outputs for one cell: displayed values (replaced in place when
/// updated, as Jupyter's update_display_data does), return values, stdout/stderr, and errors.
/// </summary>
sealed class OutputCollector(InteractiveDocumentElement cell)
{
    readonly Dictionary<string, DisplayElement> displays = [];
    readonly object gate = new();

    public void OnEvent(KernelEvent e)
    {
        lock (gate)
        {
            switch (e)
            {
                case DisplayedValueUpdated updated when updated.ValueId is not null && displays.TryGetValue(updated.ValueId, out var shown):
                    var replacement = new DisplayElement(ToData(updated.FormattedValues));
                    cell.Outputs[cell.Outputs.IndexOf(shown)] = replacement;
                    displays[updated.ValueId] = replacement;
                    break;
                case DisplayedValueProduced produced:
                    var element = new DisplayElement(ToData(produced.FormattedValues));
                    cell.Outputs.Add(element);
                    if (produced.ValueId is not null) displays[produced.ValueId] = element;
                    break;
                case ReturnValueProduced returned:
                    var value = new ReturnValueElement { ExecutionOrder = cell.ExecutionOrder };
                    foreach (var (mime, text) in ToData(returned.FormattedValues)) value.Data[mime] = text;
                    cell.Outputs.Add(value);
                    break;
                case StandardOutputValueProduced stdout:
                    AppendText(Text(stdout.FormattedValues), "stdout");
                    break;
                case StandardErrorValueProduced stderr:
                    AppendText(Text(stderr.FormattedValues), "stderr");
                    break;
                case ErrorProduced error:
                    cell.Outputs.Add(new ErrorElement(error.Message, "Error", []));
                    break;
                case CommandFailed failed:
                    var exception = failed.Exception;
                    cell.Outputs.Add(new ErrorElement(
                        exception?.Message ?? failed.Message,
                        exception?.GetType().Name ?? "Error",
                        (exception?.StackTrace ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)));
                    break;
            }
        }
    }

    void AppendText(string text, string stream)
    {
        // Consecutive writes to one stream become one output, as in Jupyter.
        if (cell.Outputs.Count > 0 && cell.Outputs[^1] is TextElement last && last.Name == stream)
            cell.Outputs[^1] = new TextElement(last.Text + text, stream);
        else
            cell.Outputs.Add(new TextElement(text, stream));
    }

    static string Text(IEnumerable<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? "";

    static Dictionary<string, object> ToData(IEnumerable<FormattedValue> values) =>
        values.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.First().Value);
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>
/// How a grading child reports to its parent: one line per event on standard output, <c>#cnn-grade# {json}</c>,
/// each carrying a sequence number (and the job's run id, for logs). There is no key and no secret: the
/// student's code runs in the same process and could find any. Records carry only what happened and what the test cells observed; the
/// grader decides every verdict by comparing those observations with a reference run it holds, so a record
/// the submission writes itself gains nothing. The parent checks the order: a record out of sequence, a
/// second end of a cell or an end of a cell that was not running marks the cells it names as tampered with.
/// </summary>
public static class GradingProtocol
{
    public const string Prefix = "#cnn-grade# ";

    public static string Format(JsonObject payload) => Prefix + payload.ToJsonString();

    /// <summary>The payload of a record line; null for anything else (what the submission printed). A record the submission wrote is read too, and caught by its order.</summary>
    public static JsonObject? Parse(string line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        try
        {
            return JsonNode.Parse(line[Prefix.Length..]) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>
/// The grader's side of <see cref="CnnCourse.Grading.Observe"/>: compares what a test cell recorded in the
/// student's process with what the same cell recorded in the reference run of the instructor's solution.
/// Kinds, tolerances and bounds come from the reference only; the student's record contributes its values.
/// The lists must match one to one, in order: a missing, extra, repeated or reordered observation fails the test.
/// </summary>
public static class Observations
{
    /// <summary>Why <paramref name="actual"/> does not match <paramref name="reference"/>; null when every observation matches.</summary>
    public static string? Mismatch(JsonArray reference, JsonArray? actual)
    {
        if (reference.Count == 0) return "the reference run recorded no observations for this test";
        actual ??= [];
        for (int i = 0; i < reference.Count; i++)
        {
            var expected = reference[i] as JsonObject;
            string what = Text(expected?["what"]) ?? $"observation {i + 1}";
            if (i >= actual.Count)
                return $"{what}: no value recorded (the test stopped after {actual.Count} of its {reference.Count} observations)";
            var got = actual[i] as JsonObject;
            string gotWhat = Text(got?["what"]) ?? "";
            if (gotWhat != what)
            {
                bool elsewhere = reference.Any(r => Text(r?["what"]) == gotWhat);
                return elsewhere
                    ? $"observation {i + 1} is \"{Clip(gotWhat)}\", expected \"{what}\": recorded twice or out of order"
                    : $"observation {i + 1} is \"{Clip(gotWhat)}\", which this test does not record: forged or recorded by other code";
            }
            if (Text(got?["kind"]) != Text(expected!["kind"]))
                return $"{what}: recorded as {Clip(Text(got?["kind"]) ?? "nothing")}, expected {Text(expected["kind"])}";
            if (Compare(expected, got!["value"]) is { } reason) return $"{what}: {reason}";
        }
        if (actual.Count > reference.Count)
            return $"{actual.Count - reference.Count} observation(s) more than the test records (\"{Clip(Text(actual[reference.Count]?["what"]) ?? "")}\"): forged or recorded by other code";
        return null;
    }

    static string? Compare(JsonObject expected, JsonNode? actual)
    {
        var value = expected["value"];
        switch (Text(expected["kind"]))
        {
            case "integer":
            case "bool":
                return JsonNode.DeepEquals(value, actual) ? null : $"expected {Show(value)}, got {Show(actual)}";
            case "shape":
                return JsonNode.DeepEquals(value, actual) ? null : $"expected {ShowList(value)}, got {ShowList(actual)}";
            case "text":
                return Text(value) is { } expectedText && Text(actual) is { } actualText && string.Equals(expectedText.Trim(), actualText.Trim(), StringComparison.OrdinalIgnoreCase)
                    ? null : $"expected {Show(value)}, got {Show(actual)}";
            case "number":
            {
                double tolerance = Number(expected["tolerance"]) ?? 0;
                if (Number(value) is not { } reference) return "the reference value is not a number";
                var number = Number(actual);
                return number is { } got && Math.Abs(got - reference) <= tolerance ? null
                    : $"expected {G(reference)} ± {G(tolerance)}, got {(number is { } x ? G(x) : Show(actual))}";
            }
            case "range":
            {
                double low = Number(expected["low"]) ?? double.NaN, high = Number(expected["high"]) ?? double.NaN;
                var number = Number(actual);
                return number is { } got && got >= low && got <= high ? null
                    : $"expected between {G(low)} and {G(high)}, got {(number is { } x ? G(x) : Show(actual))}";
            }
            case "tensor":
                return CompareTensor(value as JsonObject, actual as JsonObject, Number(expected["tolerance"]) ?? 0);
            default:
                return $"unknown kind of observation \"{Text(expected["kind"])}\" in the reference";
        }
    }

    static string? CompareTensor(JsonObject? expected, JsonObject? actual, double tolerance)
    {
        if (expected is null) return "the reference recorded no tensor";
        if (actual is null) return $"expected a tensor of shape {ShowList(expected["shape"])}, got null";
        if (!JsonNode.DeepEquals(expected["shape"], actual["shape"])) return $"shape: expected {ShowList(expected["shape"])}, got {ShowList(actual["shape"])}";
        if (Text(expected["sha256"]) is { } hash)
            return Text(actual["sha256"]) == hash ? null : "values differ from the reference (compared by SHA-256: a tensor this large must match exactly)";
        var e = Floats(expected["float32"]);
        var a = Floats(actual["float32"]);
        if (e is null) return "the reference recorded no values";
        if (a is null || a.Length != e.Length) return "the values are missing or do not fit the shape";
        double worst = 0;
        for (int i = 0; i < e.Length; i++)
        {
            double difference = Math.Abs((double)e[i] - a[i]);
            if (!(difference <= worst)) worst = double.IsNaN(difference) ? double.PositiveInfinity : difference;
        }
        return worst <= tolerance ? null : $"values differ by up to {G(worst)}, more than the {G(tolerance)} allowed";
    }

    static float[]? Floats(JsonNode? node)
    {
        if (Text(node) is not { } text) return null;
        try
        {
            var bytes = Convert.FromBase64String(text);
            if (bytes.Length % sizeof(float) != 0) return null;
            var values = new float[bytes.Length / sizeof(float)];
            Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
            return values;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    static string Show(JsonNode? node) => node is null ? "null" : Clip(node.ToJsonString());

    static string ShowList(JsonNode? node) => node is JsonArray list ? "(" + string.Join(", ", list.Select(n => n?.ToJsonString())) + ")" : Show(node);

    // What the student's process sent is shown in reasons; keep it short.
    static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

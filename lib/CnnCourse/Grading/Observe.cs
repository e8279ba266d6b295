using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using static TorchSharp.torch;

namespace CnnCourse.Grading;

/// <summary>
/// What a graded test cell records for the grader: the student's value for one of the test's inputs, and how
/// the grader compares it. The grader runs the instructor's solution on the same inputs in a separate process
/// and compares the two lists there, with the tolerance the instructor's run declared; the student's process
/// never sees an expected value and decides nothing. Outside grading (a student running the notebook) the
/// calls record nothing: students check their work with <see cref="Check"/>.
/// </summary>
public static class Observe
{
    /// <summary>Tensors up to this many elements travel as values (float32); larger ones as shape + SHA-256 of the values, compared exactly.</summary>
    public const int MaxTensorValues = 65536;

    // The grading child installs a sink for the duration of a cell and collects what it holds; null elsewhere.
    static readonly object gate = new();
    static List<JsonObject>? sink;

    /// <summary>A whole number (a size, a count) that must equal the reference exactly.</summary>
    public static void Equal(string what, long actual) => Record(what, "integer", JsonValue.Create(actual));

    /// <summary>A yes/no property that must equal the reference.</summary>
    public static void Equal(string what, bool actual) => Record(what, "bool", JsonValue.Create(actual));

    /// <summary>A text answer that must equal the reference, ignoring case and surrounding spaces.</summary>
    public static void Equal(string what, string? actual) => Record(what, "text", actual is null ? null : JsonValue.Create(actual));

    /// <summary>A shape (or any list of whole numbers) that must equal the reference element by element.</summary>
    public static void Equal(string what, long[]? actual) => Record(what, "shape", actual is null ? null : new JsonArray(actual.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));

    /// <summary>A number within <paramref name="tolerance"/> (absolute) of the reference; the grader uses the tolerance of the reference run.</summary>
    public static void Close(string what, double actual, double tolerance) =>
        Record(what, "number", Finite(actual), new JsonObject { ["tolerance"] = tolerance });

    /// <summary>A tensor with the reference's shape, within <paramref name="tolerance"/> of it everywhere.</summary>
    public static void Close(string what, Tensor? actual, double tolerance) =>
        Record(what, "tensor", actual is null ? null : Describe(actual), new JsonObject { ["tolerance"] = tolerance });

    /// <summary>A number that must lie in [<paramref name="low"/>, <paramref name="high"/>]; the grader uses the bounds of the reference run.</summary>
    public static void InRange(string what, double actual, double low, double high) =>
        Record(what, "range", Finite(actual), new JsonObject { ["low"] = low, ["high"] = high });

    /// <summary>True in a grading child, from its start: what only makes sense for a student (handing in) is skipped there.</summary>
    public static bool InGradingChild { get; private set; }

    /// <summary>Marks this process as a grading child (the child calls it once, before the first cell).</summary>
    public static void EnterGradingChild() => InGradingChild = true;

    /// <summary>Starts collecting (the grading child calls it before a cell runs).</summary>
    public static void Begin()
    {
        lock (gate) sink = [];
    }

    /// <summary>Stops collecting and returns what the cell recorded, in order.</summary>
    public static JsonArray End()
    {
        lock (gate)
        {
            var recorded = new JsonArray(sink?.Select(o => (JsonNode?)o).ToArray() ?? []);
            sink = null;
            return recorded;
        }
    }

    static void Record(string what, string kind, JsonNode? value, JsonObject? declared = null)
    {
        var observation = new JsonObject { ["what"] = what, ["kind"] = kind, ["value"] = value };
        if (declared is not null)
            foreach (var (key, node) in declared) observation[key] = node?.DeepClone();
        lock (gate) sink?.Add(observation);
    }

    // JSON has no NaN or infinity; a string keeps them visible in the reason without breaking the record.
    static JsonNode Finite(double value) => double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));

    static JsonObject Describe(Tensor tensor)
    {
        using var scope = NewDisposeScope();
        var values = tensor.detach().cpu().to_type(ScalarType.Float32).contiguous().data<float>().ToArray();
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        var description = new JsonObject { ["shape"] = new JsonArray(tensor.shape.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };
        if (values.Length <= MaxTensorValues) description["float32"] = Convert.ToBase64String(bytes);
        else description["sha256"] = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        return description;
    }
}

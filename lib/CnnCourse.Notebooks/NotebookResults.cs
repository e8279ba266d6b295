using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CnnCourse.Notebooks;

/// <summary>
/// Key numbers a notebook computed, saved as JSON next to the executed notebook (the runner sets
/// CNN_RESULTS), so tests assert what the notebook really produced. Without CNN_RESULTS it does nothing.
/// </summary>
public static class NotebookResults
{
    static readonly object gate = new();

    // A diverged loss is a result too: NaN and ±Infinity are written as the strings "NaN", "Infinity", "-Infinity",
    // which System.Text.Json reads back as doubles with the same option.
    public static JsonSerializerOptions JsonOptions { get; } = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, WriteIndented = true };

    /// <summary>Records <paramref name="value"/> (a number, string, bool or array of them) under <paramref name="key"/>.</summary>
    public static void Record(string key, object value)
    {
        var path = Settings.Results.Value;
        if (string.IsNullOrEmpty(path)) return;
        lock (gate)
        {
            var results = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : new JsonObject();
            results[key] = JsonSerializer.SerializeToNode(value, JsonOptions);
            AtomicFile.WriteAllText(path, results.ToJsonString(JsonOptions));
        }
    }
}

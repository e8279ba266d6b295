using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis.Scripting;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Execution;

/// <summary>
/// The values of a notebook's top-level variables, as JSON, taken after each cell: what the notebook's tests assert,
/// so that notebooks need no bookkeeping lines. Numbers, text and their arrays are written as they are; a tensor as its
/// shape (and its values when small); a module as its type and parameter count; the course's records and the
/// notebook's own types by their public properties. Reading must not change the run: lazy sequences are never
/// enumerated (they could draw random numbers), and a value that cannot be read is left out.
/// </summary>
public static class NotebookVariables
{
    const int MaxDepth = 5;
    const int MaxItems = 10_000;
    const int MaxTensorValues = 4_096;
    const int MaxText = 20_000;

    /// <summary>NaN and ±Infinity are results too (a diverged loss): written as the strings "NaN", "Infinity", "-Infinity".</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, WriteIndented = true };

    /// <summary>
    /// Adds every variable of <paramref name="state"/> to <paramref name="into"/>: a later value of a name replaces an earlier
    /// one, unless it can no longer be read (a tensor disposed by a later cell keeps the value it had).
    /// </summary>
    public static void Capture(ScriptState? state, JsonObject into)
    {
        if (state is null) return;
        foreach (var variable in state.Variables)
        {
            if (variable.Name.StartsWith('<')) continue;   // compiler-generated
            if (ToJson(variable.Value, 0) is { } json) into[variable.Name] = json;
        }
    }

    /// <summary>The JSON of one value, or null when it is not data (a delegate, a stream, a chart, a lazy sequence) or cannot be read.</summary>
    public static JsonNode? ToJson(object? value, int depth)
    {
        try
        {
            return Convert(value, depth);
        }
        catch (Exception)
        {
            return null;   // a disposed tensor, a property that throws: not part of the results
        }
    }

    static JsonNode? Convert(object? value, int depth)
    {
        switch (value)
        {
            case null: return null;
            case string text: return text.Length <= MaxText ? JsonValue.Create(text) : null;
            case bool or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                return JsonSerializer.SerializeToNode(value, value.GetType(), JsonOptions);
            case char c: return JsonValue.Create(c.ToString());
            case Enum e: return JsonValue.Create(e.ToString());
            case TimeSpan span: return JsonValue.Create(span.TotalSeconds);
            case DateTime or DateTimeOffset: return JsonValue.Create(((IFormattable)value).ToString("o", CultureInfo.InvariantCulture));
            case Tensor tensor: return Tensor(tensor);
            case nn.Module module: return new JsonObject { ["Type"] = module.GetType().Name, ["Parameters"] = module.parameters().Sum(p => p.numel()) };
            case Device device: return JsonValue.Create(device.ToString());
        }
        if (depth >= MaxDepth) return null;
        var type = value.GetType();
        if (value is Array { Rank: > 1 } grid) return Grid(grid, depth);
        if (value is IDictionary dictionary) return Dictionary(dictionary, depth);
        if (value is ITuple tuple) return new JsonArray(Enumerable.Range(0, tuple.Length).Select(i => Convert(tuple[i], depth + 1)).ToArray());
        // Only collections that already hold their items: enumerating anything else could run code with side effects.
        if (value is Array or IList) return Items((IEnumerable)value, depth);
        if (value is IEnumerable sequence && IsCourseType(type) && (value is ICollection || ImplementsReadOnlyList(type))) return Items(sequence, depth);
        if (IsCourseType(type) || IsNotebookType(type)) return Properties(value, type, depth);
        return null;
    }

    static JsonNode Tensor(Tensor tensor)
    {
        var json = new JsonObject { ["Shape"] = new JsonArray(tensor.shape.Select(d => (JsonNode?)JsonValue.Create(d)).ToArray()) };
        if (tensor.numel() <= MaxTensorValues && tensor.dtype is ScalarType.Float32 or ScalarType.Float64 or ScalarType.Int32 or ScalarType.Int64 or ScalarType.Bool)
        {
            using var scope = NewDisposeScope();
            var flat = tensor.detach().cpu().flatten();
            json["Values"] = tensor.dtype switch
            {
                ScalarType.Float32 => Numbers(flat.data<float>().ToArray().Select(v => (double)v)),
                ScalarType.Float64 => Numbers(flat.data<double>().ToArray()),
                ScalarType.Int32 => Numbers(flat.data<int>().ToArray().Select(v => (double)v)),
                ScalarType.Int64 => Numbers(flat.data<long>().ToArray().Select(v => (double)v)),
                _ => new JsonArray(flat.data<bool>().ToArray().Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            };
        }
        return json;
    }

    static JsonArray Numbers(IEnumerable<double> values) =>
        new(values.Select(v => JsonSerializer.SerializeToNode(v, JsonOptions)).ToArray());

    static JsonNode? Items(IEnumerable items, int depth)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            if (array.Count >= MaxItems) return null;
            array.Add(Convert(item, depth + 1));
        }
        return array;
    }

    static JsonNode Grid(Array grid, int depth)
    {
        // A 2-D array (e.g. a confusion matrix) as rows.
        if (grid.Rank != 2) return new JsonArray();
        var rows = new JsonArray();
        for (int i = 0; i < grid.GetLength(0); i++)
        {
            var row = new JsonArray();
            for (int j = 0; j < grid.GetLength(1); j++) row.Add(Convert(grid.GetValue(i, j), depth + 1));
            rows.Add(row);
        }
        return rows;
    }

    static JsonNode? Dictionary(IDictionary dictionary, int depth)
    {
        if (dictionary.Count > MaxItems) return null;
        var json = new JsonObject();
        foreach (DictionaryEntry entry in dictionary) json[System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = Convert(entry.Value, depth + 1);
        return json;
    }

    static JsonObject Properties(object value, Type type, int depth)
    {
        var json = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (Exception)
            {
                continue;
            }
            if (ToJson(propertyValue, depth + 1) is { } node) json[property.Name] = node;
        }
        return json;
    }

    /// <summary>The course's own types: their properties are data by design.</summary>
    static bool IsCourseType(Type type) => type.Namespace is { } ns && (ns == "CnnCourse" || ns.StartsWith("CnnCourse.", StringComparison.Ordinal));

    /// <summary>Types a notebook declares (records, anonymous types): compiled into the kernel's submission assemblies.</summary>
    static bool IsNotebookType(Type type) =>
        type.Assembly.IsDynamic || type.Name.Contains("AnonymousType", StringComparison.Ordinal) || type.FullName?.StartsWith("Submission#", StringComparison.Ordinal) == true;

    static bool ImplementsReadOnlyList(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CnnCourse.Execution;

namespace CnnCourse.Assignments;

/// <summary>
/// A notebook (.ipynb, nbformat 4) kept as its JSON, so cell metadata survives a rewrite. Read and checked by
/// Execution's <see cref="NotebookFile"/>, which fails with the file, the cell and what was expected.
/// </summary>
public sealed class Ipynb
{
    static readonly JsonSerializerOptions writeOptions = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    Ipynb(string path, JsonObject root, JsonArray cells) => (Path, Root, Cells) = (path, root, cells);

    public string Path { get; }
    public JsonObject Root { get; }
    public JsonArray Cells { get; }

    /// <summary>Parses notebook JSON, checked by <see cref="NotebookFile.ParseJson"/>; <paramref name="path"/> only names it in errors.</summary>
    public static Ipynb Parse(string json, string path)
    {
        var root = NotebookFile.ParseJson(json, path);
        return new Ipynb(path, root, (JsonArray)root["cells"]!);
    }

    public IEnumerable<(int Number, JsonObject Cell)> NumberedCells() => Cells.Select((c, i) => (i + 1, (JsonObject)c!));

    public static string CellType(JsonObject cell) => cell["cell_type"]!.GetValue<string>();

    public static bool IsCode(JsonObject cell) => CellType(cell) == "code";

    /// <summary>The cell's source as one string (Jupyter stores it as a string or as a list of lines).</summary>
    public static string Source(JsonObject cell) => NotebookFile.SourceOf(cell) ?? "";

    /// <summary>Sets the source as a list of lines, each but the last ending in "\n", as Jupyter writes it.</summary>
    public static void SetSource(JsonObject cell, string source)
    {
        var lines = new JsonArray();
        int start = 0;
        for (int i = 0; i < source.Length; i++)
            if (source[i] == '\n') { lines.Add(source[start..(i + 1)]); start = i + 1; }
        if (start < source.Length) lines.Add(source[start..]);
        cell["source"] = lines;
    }

    /// <summary>The cell's "cnncourse" metadata object, if any.</summary>
    public static JsonObject? CourseMetadata(JsonObject cell) =>
        cell["metadata"] is JsonObject metadata && metadata[CellGrading.MetadataKey] is JsonObject course ? course : null;

    /// <summary>Removes outputs and execution counts from every code cell.</summary>
    public void ClearOutputs()
    {
        foreach (var (_, cell) in NumberedCells())
        {
            if (!IsCode(cell)) continue;
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
    }

    public string ToJson() => Root.ToJsonString(writeOptions) + "\n";
}

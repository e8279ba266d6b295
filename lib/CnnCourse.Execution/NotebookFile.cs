using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using DocKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace CnnCourse.Execution;

/// <summary>
/// The one reader of .ipynb files (nbformat 4, C#): `cnn run`, `cnn check-clean` and the assignments' release and
/// grading all read notebooks here, so a file that is not a notebook fails the same way everywhere, with the file,
/// the cell and what was expected. The checks are those the grader relies on: a JSON object with a "cells" array
/// of objects, each with a cell_type and a source.
/// </summary>
public static class NotebookFile
{
    /// <summary>
    /// The notebook's JSON, checked (see <see cref="ParseJson"/>); an <see cref="InvalidDataException"/> naming the file for a
    /// missing file, malformed JSON or a file that is not a notebook.
    /// </summary>
    public static JsonObject ReadJson(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: notebook not found");
        return ParseJson(File.ReadAllText(path), path);
    }

    /// <summary>How deeply a notebook's JSON may nest.</summary>
    public const int MaxDepth = 256;

    /// <summary>Parses and checks notebook JSON (a leading byte order mark is allowed); <paramref name="path"/> only names it in errors.</summary>
    public static JsonObject ParseJson(string json, string path)
    {
        JsonNode? node;
        try
        {
            // Deeper than the default 64: cell outputs (nested HTML, widgets) can nest far. A key given twice in one object
            // is refused here, where the error can name the place, instead of failing later when the object is read.
            // Editors on Windows may save a byte order mark; it is not part of the JSON.
            node = JsonNode.Parse(json.TrimStart('\uFEFF'), documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e) when (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: JSON nested more than {MaxDepth} levels deep at line {e.LineNumber + 1}; a Jupyter notebook never is", e);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine}" : "";   // a duplicate key has no position
            throw new InvalidDataException($"{path}: malformed JSON{where} ({e.Message.Split('.')[0]}); expected a Jupyter notebook", e);
        }
        if (node is not JsonObject root || root["cells"] is not JsonArray cells)
            throw new InvalidDataException($"{path}: not a Jupyter notebook (expected a JSON object with a \"cells\" array, nbformat 4)");
        if (root["nbformat"] is JsonValue format && format.TryGetValue<int>(out var version) && version != 4)
            throw new InvalidDataException($"{path}: nbformat {version}, expected 4");
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell) throw new InvalidDataException($"{path}: cell {i + 1} is not a JSON object");
            if (cell["cell_type"] is not JsonValue type || !type.TryGetValue<string>(out _))
                throw new InvalidDataException($"{path}: cell {i + 1} has no \"cell_type\" (expected \"code\" or \"markdown\")");
            if (SourceOf(cell) is null)
                throw new InvalidDataException($"{path}: cell {i + 1} has no readable \"source\" (expected a string or an array of strings)");
        }
        return root;
    }

    /// <summary>The cell's source as one string (Jupyter stores it as a string or as a list of lines); null when it is neither.</summary>
    public static string? SourceOf(JsonObject cell)
    {
        switch (cell["source"])
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                return text;
            case JsonArray lines:
                var parts = new List<string>(lines.Count);
                foreach (var line in lines)
                {
                    if (line is not JsonValue v || !v.TryGetValue<string>(out var part)) return null;
                    parts.Add(part);
                }
                return string.Concat(parts);
            default:
                return null;
        }
    }

    /// <summary>The notebook as .NET Interactive's document, to execute; checked like <see cref="ReadJson"/> first.</summary>
    public static InteractiveDocument Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: notebook not found");
        var json = File.ReadAllText(path);
        ParseJson(json, path);
        var kernels = new KernelInfoCollection { new DocKernelInfo("csharp", "C#", ["c#", "C#"]) };
        kernels.DefaultKernelName = "csharp";
        try
        {
            return Notebook.Parse(json, kernels);
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException($"{path}: cannot read the notebook ({e.Message})", e);
        }
    }

    /// <summary>Code cells are every cell that is not markdown/raw (cells without kernel metadata are C#).</summary>
    public static bool IsCode(InteractiveDocumentElement cell) =>
        cell.KernelName is null or "csharp" or "C#" or "c#";
}

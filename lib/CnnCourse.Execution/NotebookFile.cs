using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using DocKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace CnnCourse.Execution;

/// <summary>Reads course notebooks (.ipynb, C#) with clear errors for files that are not notebooks.</summary>
public static class NotebookFile
{
    /// <summary>The notebook's JSON; an <see cref="InvalidDataException"/> naming the file and the place for a missing file or malformed JSON.</summary>
    public static JsonDocument ParseJson(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: notebook not found");
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine} ({e.Message.Split('.')[0]}); expected a Jupyter notebook", e);
        }
    }

    public static InteractiveDocument Read(string path)
    {
        using (var parsed = ParseJson(path))
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException($"{path}: not a Jupyter notebook (expected a JSON object with a \"cells\" array, nbformat 4)");
            if (root.TryGetProperty("nbformat", out var format) && format.ValueKind == JsonValueKind.Number && format.GetInt32() != 4)
                throw new InvalidDataException($"{path}: nbformat {format.GetInt32()}, expected 4");
        }
        var json = File.ReadAllText(path);
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

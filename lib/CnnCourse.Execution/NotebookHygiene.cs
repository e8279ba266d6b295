using System.Text.Json;

namespace CnnCourse.Execution;

/// <summary>Notebook sources are committed without outputs; executed copies live in artifacts/.</summary>
public static class NotebookHygiene
{
    /// <summary>False, with the first offending cell in <paramref name="reason"/>, when a cell carries outputs or an execution count.</summary>
    /// <exception cref="InvalidDataException">The file is not a notebook (its message names the file and what was expected).</exception>
    public static bool IsClean(string path, out string reason)
    {
        using var doc = NotebookFile.ParseJson(path);
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{path}: not a Jupyter notebook (expected a JSON object with a \"cells\" array)");
        int index = 0;
        foreach (var cell in cells.EnumerateArray())
        {
            index++;
            if (cell.TryGetProperty("outputs", out var outputs) && outputs.GetArrayLength() > 0) { reason = $"cell {index} has outputs"; return false; }
            if (cell.TryGetProperty("execution_count", out var count) && count.ValueKind != JsonValueKind.Null) { reason = $"cell {index} has an execution count"; return false; }
        }
        reason = "";
        return true;
    }
}

using System.Text.Json.Nodes;

namespace CnnCourse.Execution;

/// <summary>Notebook sources are committed without outputs; executed copies live in artifacts/.</summary>
public static class NotebookHygiene
{
    /// <summary>False, with the first offending cell in <paramref name="reason"/>, when a cell carries outputs or an execution count.</summary>
    /// <exception cref="InvalidDataException">The file is not a notebook (its message names the file and what was expected).</exception>
    public static bool IsClean(string path, out string reason)
    {
        var cells = (JsonArray)NotebookFile.ReadJson(path)["cells"]!;
        for (int index = 1; index <= cells.Count; index++)
        {
            var cell = (JsonObject)cells[index - 1]!;
            if (cell["outputs"] is JsonArray { Count: > 0 }) { reason = $"cell {index} has outputs"; return false; }
            if (cell["execution_count"] is not null) { reason = $"cell {index} has an execution count"; return false; }
        }
        reason = "";
        return true;
    }
}

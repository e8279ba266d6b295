using System.Text.Json;

namespace CnnCourse.Execution;

/// <summary>Notebook sources are committed without outputs; executed copies live in artifacts/.</summary>
public static class NotebookHygiene
{
    public static bool IsClean(string path, out string reason)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        int index = 0;
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            index++;
            if (cell.TryGetProperty("outputs", out var outputs) && outputs.GetArrayLength() > 0) { reason = $"cell {index} has outputs"; return false; }
            if (cell.TryGetProperty("execution_count", out var count) && count.ValueKind != JsonValueKind.Null) { reason = $"cell {index} has an execution count"; return false; }
        }
        reason = "";
        return true;
    }
}

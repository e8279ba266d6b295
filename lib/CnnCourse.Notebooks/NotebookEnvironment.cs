namespace CnnCourse.Notebooks;

public static class NotebookEnvironment
{
    /// <summary>True while code runs inside a .NET Interactive kernel (Jupyter, VS Code, or `cnn run`).</summary>
    public static bool IsActive => Microsoft.DotNet.Interactive.KernelInvocationContext.Current is not null;
}

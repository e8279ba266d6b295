using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace CnnCourse.Execution;

/// <summary>
/// .NET Interactive's C# kernel, in this process, running notebook cells one at a time: each cell's displayed
/// values, return value, standard output and errors become its Jupyter outputs. `cnn run` and the grading child
/// both execute cells through it.
/// </summary>
public sealed class CellKernel : IDisposable
{
    readonly CompositeKernel kernel;

    /// <summary>The C# kernel itself (its script state shows what it really ran).</summary>
    public CSharpKernel CSharp { get; }

    public CellKernel()
    {
        CSharp = new CSharpKernel()
            .UseNugetDirective((k, references) =>
            {
                k.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing();
        kernel = new CompositeKernel { CSharp };
        kernel.DefaultKernelName = "csharp";
    }

    /// <summary>
    /// Runs <paramref name="code"/> (by default the cell's own source) and adds its outputs to <paramref name="cell"/>.
    /// Returns the kernel's failure, or null when the cell ran to its end.
    /// </summary>
    public async Task<CommandFailed?> RunAsync(InteractiveDocumentElement cell, string? code = null)
    {
        var collector = new OutputCollector(cell);
        using var subscription = kernel.KernelEvents.Subscribe(collector.OnEvent);
        var result = await kernel.SendAsync(new SubmitCode(code ?? cell.Contents, "csharp"));
        return result.Events.OfType<CommandFailed>().FirstOrDefault();
    }

    public void Dispose() => kernel.Dispose();
}

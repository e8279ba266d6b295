using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CnnCourse.Execution;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Formatting;

namespace CnnCourse.Assignments;

/// <summary>
/// `cnn assign execute-one` (hidden): the child process that runs one submission. It reads a
/// <see cref="GradingJob"/> from standard input, runs the cells in a fresh C# kernel, and reports each
/// cell's start and end, with what a test cell observed (<see cref="CnnCourse.Grading.Observe"/>), as record
/// lines (<see cref="GradingProtocol"/>). It decides nothing: the parent compares the observations with the
/// reference run. It exits when its parent closes standard input, so a grader that dies does not leave
/// children running.
/// </summary>
public static partial class GradingChild
{
    public const int ExitParentGone = 70;
    const int MaxText = 2000;

    [GeneratedRegex("""^(\s*#r\s+")([^"]*(CnnCourse(?:\.Notebooks)?\.dll))(")""", RegexOptions.Multiline)]
    private static partial Regex LibraryReference();

    public static async Task<int> RunAsync()
    {
        var input = Console.OpenStandardInput();
        // Records go to the raw standard output: the kernel redirects Console.Out while cells run.
        var output = Console.OpenStandardOutput();
        var job = GradingJob.Parse(ReadJobLine(input));
        new Thread(() => WatchParent(input)) { IsBackground = true, Name = "parent watch" }.Start();

        Directory.CreateDirectory(job.WorkDirectory);
        Directory.SetCurrentDirectory(job.WorkDirectory);
        int sequence = 0;
        void Emit(JsonObject payload)
        {
            payload["run"] = job.Run;
            payload["seq"] = sequence++;
            var bytes = Encoding.UTF8.GetBytes(GradingProtocol.Format(payload) + "\n");
            lock (output)
            {
                output.Write(bytes);
                output.Flush();
            }
        }

        CnnCourse.Grading.Observe.EnterGradingChild();   // a submission's Course.Submit() cell hands nothing in while graded
        using var kernel = new CellKernel();
        var csharp = kernel.CSharp;
        Emit(new JsonObject { ["event"] = "ready" });
        foreach (var cell in job.Cells)
        {
            Emit(new JsonObject { ["event"] = "start", ["cell"] = cell.Id });
            var clock = Stopwatch.StartNew();
            var code = LibraryReference().Replace(cell.Code, m => m.Groups[1].Value + Path.Combine(AppContext.BaseDirectory, m.Groups[3].Value) + m.Groups[4].Value);
            var element = new InteractiveDocumentElement(code, "csharp");
            var before = csharp.ScriptState;
            if (cell.Test) CnnCourse.Grading.Observe.Begin();
            var failed = await kernel.RunAsync(element);
            var observations = cell.Test ? CnnCourse.Grading.Observe.End() : null;
            string? error = failed is null ? null : Truncate(failed.Exception is { } e ? $"{e.GetType().Name}: {e.Message}" : failed.Message);
            if (error is null && cell.Test)
            {
                // A cell counts only if the C# kernel really ran it: its script state must have moved on to this
                // code without an exception. Code that intercepts the kernel's commands cannot fake that cheaply.
                var state = csharp.ScriptState;
                if (state is null || ReferenceEquals(state, before) || state.Exception is not null || !SameCode(state.Script.Code, code))
                    error = "the cell did not run to its end in the C# kernel (its script state did not advance to this code)";
            }
            Emit(new JsonObject
            {
                ["event"] = "end",
                ["cell"] = cell.Id,
                ["ok"] = error is null,
                ["error"] = error,
                ["output"] = Truncate(OutputText(element)),
                ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 2),
                ["observations"] = observations,
            });
        }
        Emit(new JsonObject { ["event"] = "done" });
        output.Flush();
        // Threads a submission started must not keep the process alive.
        Environment.Exit(0);
        return 0;
    }

    static string ReadJobLine(Stream input)
    {
        var bytes = new MemoryStream();
        var buffer = new byte[1];
        while (input.Read(buffer, 0, 1) == 1 && buffer[0] != (byte)'\n')
        {
            bytes.WriteByte(buffer[0]);
            if (bytes.Length > 256L << 20) throw new InvalidDataException("grading job larger than 256 MB");
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    static void WatchParent(Stream input)
    {
        try
        {
            var buffer = new byte[4096];
            while (input.Read(buffer) > 0) { }
        }
        catch (IOException) { }
        // _exit, not Environment.Exit: the managed shutdown runs ProcessExit handlers and may wait for the thread
        // that runs the submission (busy in an endless loop, or half-way through starting the kernel), and a
        // child that outlives its grader keeps its sandbox and its CPU. Every record was flushed when written.
        ExitNow(ExitParentGone);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "_exit")]
    static extern void ExitNow(int status);

    static bool SameCode(string ran, string submitted) => Normalize(submitted).Contains(Normalize(ran), StringComparison.Ordinal) && Normalize(ran).Length > 0;

    static string Normalize(string code) => new(code.Where(c => !char.IsWhiteSpace(c)).ToArray());

    static string OutputText(InteractiveDocumentElement element)
    {
        var text = new StringBuilder();
        foreach (var output in element.Outputs)
        {
            switch (output)
            {
                case TextElement t: text.Append(t.Text); break;
                case DisplayElement d when d.Data.TryGetValue(PlainTextFormatter.MimeType, out var plain): text.AppendLine(plain?.ToString()); break;
                case ReturnValueElement r when r.Data.TryGetValue(PlainTextFormatter.MimeType, out var plain): text.AppendLine(plain?.ToString()); break;
            }
            if (text.Length > MaxText) break;
        }
        return text.ToString();
    }

    static string Truncate(string text) => text.Length <= MaxText ? text : text[..MaxText] + " …";
}

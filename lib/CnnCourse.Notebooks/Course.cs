using System.Net;
using CnnCourse.Exercises;
using CnnCourse.Models;
using CnnCourse.Training;
using CnnCourse.Visualization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace CnnCourse.Notebooks;

/// <summary>
/// The first call of every notebook: <c>Course.Start("01 · Convolution")</c>. It loads torch's natives,
/// registers the course's HTML formatters (offline charts, model summaries), embeds plotly.js once, points
/// training progress at the live display, imports the course's namespaces into the notebook, and shows the
/// device, profile and folder the notebook runs with.
/// </summary>
public static class Course
{
    /// <summary>
    /// The namespaces every notebook cell after the first can use without a <c>using</c> of its own. The kernel runs
    /// them before the next cell, so the setup cell stays three lines.
    /// </summary>
    public static IReadOnlyList<string> Imports => NotebookImports.Usings;

    /// <summary>Prepares the notebook and returns a short description to display.</summary>
    public static HtmlString Start(string title)
    {
        Settings.WarnAboutUnknown(Console.Error);   // a mistyped CNN_ variable would otherwise be ignored silently
        TorchRuntime.EnsureLoaded();
        RegisterFormatters();
        Reproducibility.Seed(0);
        TrainingProgress.Default = name => NotebookEnvironment.IsActive ? new NotebookTrainingProgress(name) : new ConsoleProgress();
        KernelInvocationContext.Current?.HandlingKernel?.DeferCommand(new SubmitCode(string.Join("\n", Imports)));
        var facts = new[]
        {
            Devices.Describe(),
            $"Profile: {Profile.Current.ToString().ToLowerInvariant()} (set CNN_PROFILE=full for the full-length runs)",
            $"Course folder: {CoursePaths.Root}",
        };
        if (!NotebookEnvironment.IsActive) Console.WriteLine($"{title}\n" + string.Join("\n", facts));
        var html = $"<div class=\"cnn-start\"><b>{WebUtility.HtmlEncode(title)}</b><br/>{string.Join("<br/>", facts.Select(WebUtility.HtmlEncode))}</div>";
        // plotly.js goes into this first output, once per notebook; every chart after it draws offline.
        return new HtmlString(html + "\n" + ChartHtml.PlotlyScript());
    }

    /// <summary>Registers text/html formatters for charts, summaries and HTML strings (idempotent).</summary>
    public static void RegisterFormatters()
    {
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartHtml.Fragment(chart)), HtmlFormatter.MimeType);
        Formatter.Register<ModelSummary>((summary, writer) => writer.Write(summary.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<HtmlString>((html, writer) => writer.Write(html.Html), HtmlFormatter.MimeType);
        Formatter.Register<SelfCheckResult>((result, writer) => writer.Write(result.ToHtml()), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ModelSummary), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(HtmlString), HtmlFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(SelfCheckResult), HtmlFormatter.MimeType);
    }

    /// <summary>
    /// Hands in the saved notebook of <paramref name="assignment"/> (e.g. "01-convolution-from-scratch", the file in this
    /// notebook's folder) to the course hub's exchange, and shows when and what was submitted. Every submission is kept.
    /// In a grading run it does nothing.
    /// </summary>
    public static HtmlString Submit(string assignment) => CourseSubmission.Submit(assignment);

    /// <summary>Shows a value now (not only as the cell's last expression); outside notebooks it prints it.</summary>
    public static void Show(object value)
    {
        if (KernelInvocationContext.Current is { } context) context.Display(value, HtmlFormatter.MimeType);
        else Console.WriteLine(value);
    }
}

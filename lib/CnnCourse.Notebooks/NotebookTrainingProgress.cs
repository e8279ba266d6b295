using System.Net;
using CnnCourse.Training;
using CnnCourse.Visualization;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace CnnCourse.Notebooks;

/// <summary>
/// Training progress inside a notebook: one status line updated in place during each epoch, and the
/// loss/accuracy curves redrawn after every epoch, so students watch the model learn.
/// </summary>
public sealed class NotebookTrainingProgress(string name) : ITrainingProgress
{
    DisplayedValue? status;
    DisplayedValue? curves;
    int epoch, numEpochs;

    public void EpochStarted(int epoch, int numEpochs, int numBatches)
    {
        (this.epoch, this.numEpochs) = (epoch, numEpochs);
        Show(ref status, StatusHtml($"{name}: epoch {epoch}/{numEpochs} starting ({numBatches} batches)", 0));
    }

    public void BatchCompleted(int batch, int numBatches, double runningLoss) =>
        Show(ref status, StatusHtml($"{name}: epoch {epoch}/{numEpochs}, batch {batch}/{numBatches}, loss {runningLoss:F4}", (double)batch / numBatches));

    public void EpochCompleted(EpochResult result, TrainingHistory history)
    {
        Show(ref status, StatusHtml($"{name}: {ConsoleProgress.Format(result, numEpochs)}", 1));
        var html = ChartHtml.Fragment(Charts.TrainingCurves(history));
        Show(ref curves, html);
    }

    static void Show(ref DisplayedValue? shown, string html)
    {
        var value = new HtmlString(html);
        if (shown is null)
        {
            var context = KernelInvocationContext.Current;
            if (context is null) return;
            shown = context.Display(value, "text/html");
        }
        else shown.Update(value);
    }

    static string StatusHtml(string text, double fraction) =>
        $"<div class=\"cnn-progress\" style=\"font-family:monospace\"><progress value=\"{fraction:F3}\" max=\"1\" style=\"width:12em\"></progress> {WebUtility.HtmlEncode(text)}</div>";
}

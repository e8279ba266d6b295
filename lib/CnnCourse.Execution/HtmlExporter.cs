using System.Net;
using System.Text;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Microsoft.DotNet.Interactive.Documents;

namespace CnnCourse.Execution;

/// <summary>
/// Writes an executed notebook as one self-contained HTML page: markdown rendered, code shown, outputs
/// inlined (HTML outputs as they are, so the plotly.js embedded by the first cell draws every chart), formulas
/// typeset by KaTeX embedded once in the page (see <see cref="WebAssets"/>). Nothing is loaded from the network.
/// </summary>
public static class HtmlExporter
{
    /// <summary>
    /// Markdown as Jupyter reads it. The advanced extensions include the math extension, which keeps <c>$...$</c> and
    /// <c>$$...$$</c> out of markdown's hands (no emphasis made of a formula's underscores) and leaves each formula's TeX in a
    /// <c>.math</c> element for KaTeX to typeset.
    /// </summary>
    static readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    const string Style = """
        body { font-family: -apple-system, "Segoe UI", Roboto, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
        .cell { margin: 1em 0; }
        .code pre { background: #f6f8fa; border-left: 3px solid #4a7ebb; padding: .6em .8em; overflow-x: auto; }
        .prompt { color: #4a7ebb; font-family: monospace; font-size: .85em; }
        .output { margin: .3em 0 .3em 1.2em; overflow-x: auto; }
        .output pre { margin: 0; white-space: pre-wrap; }
        .stderr pre { color: #8a6d00; }
        .error pre { color: #b00020; background: #fff0f0; padding: .5em; }
        table { border-collapse: collapse; } td, th { padding: 2px 8px; border-bottom: 1px solid #ddd; }
        """;

    /// <param name="log">Told once when the page has formulas but KaTeX is not installed (they then stay TeX).</param>
    public static string Export(InteractiveDocument document, string title, TextWriter? log = null)
    {
        var body = new StringBuilder();
        bool hasMath = false;
        foreach (var cell in document.Elements)
        {
            if (cell.KernelName == "markdown")
            {
                var html = MarkdownToHtml(cell.Contents);
                hasMath |= HasMath(html);
                body.Append("<div class=\"cell markdown\">").Append(html).Append("</div>\n");
                continue;
            }
            if (!NotebookFile.IsCode(cell)) continue;
            string prompt = cell.ExecutionOrder > 0 ? cell.ExecutionOrder.ToString() : " ";
            body.Append($"<div class=\"cell code\"><div class=\"prompt\">In [{prompt}]:</div><pre><code>{Encode(cell.Contents)}</code></pre>\n");
            foreach (var output in cell.Outputs) body.Append(Output(output));
            body.Append("</div>\n");
        }
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style>{Style}</style>\n");
        if (hasMath) sb.Append(MathHead(title, log));
        sb.Append("</head><body>\n").Append(body).Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// A markdown cell's HTML, with its formulas left in <c>.math</c> elements. Markdig writes <c>$$...$$</c> inside a line
    /// as inline math; Jupyter shows it as a display formula, so those get the class <c>display</c> too.
    /// </summary>
    internal static string MarkdownToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var formula in document.Descendants<MathInline>().Where(m => m.DelimiterCount >= 2))
            formula.GetAttributes().AddClass("display");
        return document.ToHtml(pipeline);
    }

    /// <summary>True when Markdig found a formula in the HTML it wrote.</summary>
    internal static bool HasMath(string html) =>
        html.Contains("<span class=\"math", StringComparison.Ordinal) || html.Contains("<div class=\"math", StringComparison.Ordinal);

    /// <summary>KaTeX for a page with formulas; without KaTeX installed, nothing (the page still works, its formulas stay TeX).</summary>
    internal static string MathHead(string title, TextWriter? log)
    {
        if (WebAssets.HasKatex) return WebAssets.MathHead();
        log?.WriteLine($"[{title}] warning: KaTeX is not installed, so the page shows its formulas as TeX (run `bash environment/setup.sh`)");
        return "";
    }

    static string Output(InteractiveDocumentOutputElement output) => output switch
    {
        TextElement text => $"<div class=\"output {text.Name}\"><pre>{Encode(text.Text ?? "")}</pre></div>\n",
        ErrorElement error => $"<div class=\"output error\"><pre>{Encode($"{error.ErrorName}: {error.ErrorValue}")}</pre></div>\n",
        DisplayElement display => Rich(display.Data),
        ReturnValueElement value => Rich(value.Data),
        _ => "",
    };

    static string Rich(IDictionary<string, object> data)
    {
        if (data.TryGetValue("text/html", out var html)) return $"<div class=\"output\">{Join(html)}</div>\n";
        if (data.TryGetValue("text/plain", out var plain)) return $"<div class=\"output\"><pre>{Encode(Join(plain))}</pre></div>\n";
        return "";
    }

    static string Join(object value) => value switch
    {
        string text => text,
        IEnumerable<string> lines => string.Concat(lines),
        _ => value.ToString() ?? "",
    };
    static string Encode(string text) => WebUtility.HtmlEncode(text);
}

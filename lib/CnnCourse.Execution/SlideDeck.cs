using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CnnCourse.Execution;

/// <summary>How a cell enters a deck: Jupyter's <c>metadata.slideshow.slide_type</c>, which nbconvert and RISE read too.</summary>
public enum SlideType
{
    /// <summary>"-" or no metadata: the cell goes on the current slide.</summary>
    Continue,
    /// <summary>"slide": starts a new slide (a new column, left to right).</summary>
    Slide,
    /// <summary>"subslide": starts a new slide below the current one (down within the column).</summary>
    Subslide,
    /// <summary>"fragment": appears on the current slide at the next key press.</summary>
    Fragment,
    /// <summary>"skip": left out of the deck.</summary>
    Skip,
    /// <summary>"notes": the current slide's speaker notes (press S).</summary>
    Notes,
}

/// <summary>
/// Turns a notebook (nbformat 4 JSON, executed or not) into one self-contained reveal.js slide deck: slides from the
/// cells' slide types, markdown with typeset formulas, code, and the outputs the notebook holds (tables, images,
/// interactive Plotly charts drawn by the plotly.js the kit embeds in its first chart's output). reveal.js, its
/// speaker-notes plugin, KaTeX and its fonts are inlined once, so the deck opens from a file with no network.
/// </summary>
public static class SlideDeck
{
    /// <summary>The slide-type names, as Jupyter writes them.</summary>
    public static readonly IReadOnlyDictionary<string, SlideType> Names = new Dictionary<string, SlideType>
    {
        ["slide"] = SlideType.Slide, ["subslide"] = SlideType.Subslide, ["fragment"] = SlideType.Fragment,
        ["skip"] = SlideType.Skip, ["notes"] = SlideType.Notes, ["-"] = SlideType.Continue,
    };

    /// <summary>
    /// The slide type of cell <paramref name="index"/> (0-based) of the notebook at <paramref name="path"/>; an
    /// <see cref="InvalidDataException"/> naming the notebook and the cell for metadata that is not an object or a slide
    /// type that is not one of <see cref="Names"/>.
    /// </summary>
    public static SlideType TypeOf(JsonObject cell, string path, int index)
    {
        string where = $"{path}: cell {index + 1}";
        if (cell["metadata"] is null) return SlideType.Continue;
        if (cell["metadata"] is not JsonObject metadata) throw new InvalidDataException($"{where}: \"metadata\" is {Kind(cell["metadata"])}, expected a JSON object");
        if (metadata["slideshow"] is null) return SlideType.Continue;
        if (metadata["slideshow"] is not JsonObject slideshow)
            throw new InvalidDataException($"{where}: metadata.slideshow is {Kind(metadata["slideshow"])}, expected an object such as {{\"slide_type\": \"slide\"}}");
        if (slideshow["slide_type"] is null) return SlideType.Continue;
        if (slideshow["slide_type"] is not JsonValue value || !value.TryGetValue<string>(out var name))
            throw new InvalidDataException($"{where}: metadata.slideshow.slide_type is {Kind(slideshow["slide_type"])}, expected one of {Expected}");
        return Names.TryGetValue(name, out var type) ? type
            : throw new InvalidDataException($"{where}: unknown slide type \"{name}\" in metadata.slideshow.slide_type, expected one of {Expected}");
    }

    static string Expected => string.Join(", ", Names.Keys.Select(n => $"\"{n}\""));

    static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        JsonValue v when v.TryGetValue<string>(out var s) => $"the string \"{s}\"",
        _ => $"the value {node.ToJsonString()}",
    };

    /// <summary>Every cell's slide type, checked (see <see cref="TypeOf"/>): one error for the first bad cell.</summary>
    public static IReadOnlyList<SlideType> TypesOf(JsonObject notebook, string path)
    {
        var cells = notebook["cells"]!.AsArray();
        return cells.Select((cell, i) => TypeOf(cell!.AsObject(), path, i)).ToList();
    }

    /// <summary>True when a code cell of the notebook has outputs or an execution count: it was executed, and its deck shows what it holds.</summary>
    public static bool IsExecuted(JsonObject notebook) =>
        notebook["cells"]!.AsArray().OfType<JsonObject>().Any(cell => (string?)cell["cell_type"] == "code"
            && (cell["outputs"] is JsonArray { Count: > 0 } || cell["execution_count"] is JsonValue));

    sealed class Subslide
    {
        public readonly StringBuilder Content = new();
        public readonly StringBuilder Notes = new();
    }

    /// <summary>The deck of <paramref name="notebook"/>, titled <paramref name="title"/>; <paramref name="path"/> names the notebook in errors.</summary>
    public static string Build(JsonObject notebook, string path, string title)
    {
        var types = TypesOf(notebook, path);
        var cells = notebook["cells"]!.AsArray().Select(c => c!.AsObject()).ToList();
        var plotly = new PlotlyScript();
        var slides = new List<List<Subslide>>();
        bool hasMath = false;
        for (int i = 0; i < cells.Count; i++)
        {
            var type = types[i];
            var cell = cells[i];
            if (type == SlideType.Skip)
            {
                plotly.Collect(cell);   // a skipped cell's chart is gone, but the plotly.js it carried serves the others
                continue;
            }
            if (slides.Count == 0 || type == SlideType.Slide) slides.Add([new Subslide()]);
            else if (type == SlideType.Subslide) slides[^1].Add(new Subslide());
            var current = slides[^1][^1];
            var html = CellHtml(cell, plotly);
            if (html.Length == 0) continue;
            hasMath |= HtmlExporter.HasMath(html);
            if (type == SlideType.Notes) current.Notes.Append(html);
            else if (type == SlideType.Fragment) current.Content.Append("<div class=\"fragment\">").Append(html).Append("</div>\n");
            else current.Content.Append(html);
        }

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n");
        sb.Append($"<title>{Encode(title)}</title>\n");
        sb.Append(WebAssets.RevealHead());
        sb.Append("<style>").Append(Style).Append("</style>\n");
        if (hasMath) sb.Append(WebAssets.MathHead());
        sb.Append(plotly.Script);
        sb.Append("</head><body>\n<div class=\"reveal\"><div class=\"slides\">\n");
        foreach (var column in slides)
        {
            if (column.Count == 1) Section(sb, column[0]);
            else
            {
                sb.Append("<section>\n");
                foreach (var subslide in column) Section(sb, subslide);
                sb.Append("</section>\n");
            }
        }
        sb.Append("</div></div>\n");
        sb.Append(WebAssets.RevealScripts());
        sb.Append("<script>\n").Append(Start).Append("\n</script>\n</body></html>\n");
        return sb.ToString();
    }

    static void Section(StringBuilder sb, Subslide subslide)
    {
        sb.Append("<section>\n").Append(subslide.Content);
        if (subslide.Notes.Length > 0) sb.Append("<aside class=\"notes\">\n").Append(subslide.Notes).Append("</aside>\n");
        sb.Append("</section>\n");
    }

    static string CellHtml(JsonObject cell, PlotlyScript plotly)
    {
        var source = NotebookFile.SourceOf(cell) ?? "";
        switch ((string?)cell["cell_type"])
        {
            case "markdown":
                return source.Trim().Length == 0 ? "" : $"<div class=\"cell markdown\">{HtmlExporter.MarkdownToHtml(source)}</div>\n";
            case "code":
                var outputs = new StringBuilder();
                if (cell["outputs"] is JsonArray list)
                    foreach (var output in list.OfType<JsonObject>()) outputs.Append(Output(output, plotly));
                if (source.Trim().Length == 0 && outputs.Length == 0) return "";
                var code = source.Trim().Length == 0 ? "" : Code(source.TrimEnd());
                return $"<div class=\"cell code\">{code}{outputs}</div>\n";
            default:
                return "";   // raw cells are for other tools
        }
    }

    /// <summary>Code longer than this many lines is collapsed to one line that opens on a click, so its outputs stay in view.</summary>
    public const int CollapsedCodeLines = 10;

    static string Code(string source)
    {
        var pre = $"<pre class=\"source\"><code>{Encode(source)}</code></pre>\n";
        int lines = source.Split('\n').Length;
        return lines <= CollapsedCodeLines ? pre : $"<details class=\"source\"><summary>code ({lines} lines)</summary>\n{pre}</details>\n";
    }

    /// <summary>One nbformat output: a stream, a displayed or returned value (richest form first), or an error.</summary>
    static string Output(JsonObject output, PlotlyScript plotly)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                return $"<div class=\"output {Encode((string?)output["name"] ?? "stdout")}\"><pre>{Encode(Text(output["text"]))}</pre></div>\n";
            case "error":
                return $"<div class=\"output error\"><pre>{Encode($"{(string?)output["ename"]}: {(string?)output["evalue"]}")}</pre></div>\n";
            case "display_data" or "execute_result" when output["data"] is JsonObject data:
                if (data["text/html"] is { } html) return $"<div class=\"output\">{plotly.Take(Text(html))}</div>\n";
                foreach (var image in new[] { "image/png", "image/jpeg", "image/gif" })
                    if (data[image] is { } bytes)
                        return $"<div class=\"output\"><img src=\"data:{image};base64,{Text(bytes).Replace("\n", "")}\"></div>\n";
                if (data["image/svg+xml"] is { } svg) return $"<div class=\"output\">{Text(svg)}</div>\n";
                if (data["text/markdown"] is { } markdown) return $"<div class=\"output\">{HtmlExporter.MarkdownToHtml(Text(markdown))}</div>\n";
                if (data["text/plain"] is { } plain) return $"<div class=\"output\"><pre>{Encode(Text(plain))}</pre></div>\n";
                return "";
            default:
                return "";
        }
    }

    /// <summary>Jupyter's multiline text: a string or an array of strings.</summary>
    static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonArray lines => string.Concat(lines.Select(l => l is JsonValue lv && lv.TryGetValue<string>(out var s) ? s : "")),
        _ => "",
    };

    /// <summary>
    /// The plotly.js bundle the kit's chart formatter puts in the first chart's output (once per notebook). The deck moves
    /// it into its head, so every chart draws even when that first chart's cell is skipped, and it is embedded only once.
    /// </summary>
    sealed class PlotlyScript
    {
        const string Marker = "<script type=\"text/javascript\">/* plotly.js ";
        public string Script { get; private set; } = "";

        /// <summary>The output's HTML without the bundle (kept for the head).</summary>
        public string Take(string html)
        {
            int start = html.IndexOf(Marker, StringComparison.Ordinal);
            if (start < 0) return html;
            int end = html.IndexOf("</script>", start, StringComparison.Ordinal);
            if (end < 0) return html;
            end += "</script>".Length;
            if (Script.Length == 0) Script = html[start..end] + "\n";
            return html[..start] + html[end..];
        }

        public void Collect(JsonObject cell)
        {
            if (cell["outputs"] is not JsonArray outputs) return;
            foreach (var output in outputs.OfType<JsonObject>())
                if (output["data"] is JsonObject data && data["text/html"] is { } html) Take(Text(html));
        }
    }

    /// <summary>Slides hold a notebook's long cells: code and outputs in smaller type, and a slide that runs long scrolls.</summary>
    const string Style = """
        .reveal .slides section { height: 100%; overflow-y: auto; overflow-x: hidden; text-align: left; }
        .reveal .slides section.stack { overflow: visible; }   /* a column of slides: only its slides scroll */
        .reveal h1, .reveal h2, .reveal h3 { text-transform: none; }
        .reveal h1 { font-size: 1.9em; } .reveal h2 { font-size: 1.5em; } .reveal h3 { font-size: 1.2em; }
        .reveal p, .reveal li { font-size: 0.8em; line-height: 1.35; }
        .reveal p code, .reveal li code { font-size: 0.8em; }
        .reveal pre { width: 100%; box-shadow: none; margin: 0.3em 0; font-size: 0.45em; }
        .reveal pre.source { background: #f6f8fa; border-left: 4px solid #4a7ebb; }
        .reveal details.source summary { font-size: 0.5em; color: #4a7ebb; cursor: pointer; font-family: monospace; }
        .reveal pre code { max-height: none; padding: 0.4em 0.6em; white-space: pre-wrap; }
        .reveal .output { font-size: 0.8em; margin: 0.2em 0 0.6em 0; overflow-x: auto; }
        .reveal .output pre { font-size: 0.6em; white-space: pre-wrap; }
        .reveal .output.stderr pre { color: #8a6d00; }
        .reveal .output.error pre { color: #b00020; background: #fff0f0; }
        .reveal .output img { max-height: 60vh; margin: 0; }
        .reveal table { font-size: 0.6em; border-collapse: collapse; }
        .reveal table td, .reveal table th { padding: 2px 8px; border-bottom: 1px solid #ddd; }
        .reveal .katex-display { font-size: 0.9em; }
        """;

    /// <summary>
    /// Starts reveal.js. Linear navigation: the arrow keys go through every slide in the notebook's order, sections' slides
    /// below them included (a presenter should not have to know which way the next slide lies). A chart laid out while its slide was hidden has the wrong width, so each chart on a slide that comes
    /// into view is resized to its slide.
    /// </summary>
    const string Start = """
        Reveal.initialize({
          hash: true, slideNumber: 'c/t', center: false, transition: 'slide', navigationMode: 'linear',
          width: 1280, height: 800, margin: 0.04,
          plugins: [RevealNotes]
        });
        function cnnResizeCharts(event) {
          if (!window.Plotly || !event.currentSlide) return;
          event.currentSlide.querySelectorAll('.js-plotly-plot').forEach(function (plot) { window.Plotly.Plots.resize(plot); });
        }
        Reveal.on('ready', cnnResizeCharts);
        Reveal.on('slidechanged', cnnResizeCharts);
        """;

    static string Encode(string text) => WebUtility.HtmlEncode(text);
}

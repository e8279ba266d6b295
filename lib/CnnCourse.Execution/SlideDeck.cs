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

    /// <summary>One slide as the writer fills it: its blocks (each a top-level element the deck may move to a continuation slide), its speaker notes, and the prose words it shows.</summary>
    sealed class Subslide
    {
        public readonly StringBuilder Content = new();
        public readonly StringBuilder Notes = new();
        public int ProseWords;
    }

    /// <summary>A cell tag that shows the cell's code on its slide (by default a slide shows only what the code produced).</summary>
    public const string ShowCodeTag = "slide-code";

    /// <summary>A cell tag that keeps all of a markdown cell's text on its slide (exercises, take-aways), continued on the next slide when it is long.</summary>
    public const string KeepTextTag = "slide-text";

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
            if (SpeakerNotes(cell, path, i) is { } notes) current.Notes.Append(HtmlExporter.MarkdownToHtml(notes));
            if (type == SlideType.Notes)
            {
                current.Notes.Append(CellHtml(cell, plotly));
                continue;
            }
            bool markdown = (string?)cell["cell_type"] == "markdown";
            var (shown, said) = markdown && HasTag(cell, KeepTextTag) ? (KeptMarkdown(NotebookFile.SourceOf(cell) ?? "", current), "")
                : markdown ? SplitMarkdown(NotebookFile.SourceOf(cell) ?? "", current)
                : (CellHtml(cell, plotly), "");
            hasMath |= HtmlExporter.HasMath(shown) || HtmlExporter.HasMath(said);
            current.Notes.Append(said);
            if (shown.Length == 0) continue;
            if (type == SlideType.Fragment) current.Content.Append("<div class=\"fragment\">").Append(shown).Append("</div>\n");
            else current.Content.Append(shown);
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

    /// <summary>
    /// The markdown of one cell split between the slide (headings, figures, and prose up to the slide's share, see
    /// <see cref="SlideText"/>) and the speaker notes (the rest), as HTML, one block per top-level element.
    /// </summary>
    static (string Shown, string Said) SplitMarkdown(string markdown, Subslide slide)
    {
        var shown = new StringBuilder();
        var said = new StringBuilder();
        foreach (var block in SlideText.Blocks(markdown))
        {
            if (block.Kind != SlideText.Kind.Prose) shown.Append(MarkdownBlock(block.Markdown, block.Kind));
            else if (slide.ProseWords + block.Words <= SlideText.ProseWordsPerSlide)
            {
                shown.Append(MarkdownBlock(block.Markdown, block.Kind));
                slide.ProseWords += block.Words;
            }
            else if (slide.ProseWords == 0)
            {
                var (lead, rest) = SlideText.Lead(block.Markdown, SlideText.ProseWordsPerSlide);
                shown.Append(MarkdownBlock(lead, block.Kind));
                slide.ProseWords += SlideText.Words(lead);
                if (rest.Length > 0) said.Append(HtmlExporter.MarkdownToHtml(rest));
            }
            else said.Append(HtmlExporter.MarkdownToHtml(block.Markdown));
        }
        return (shown.ToString(), said.ToString());
    }

    /// <summary>
    /// All of a markdown cell's text on slides (tagged <see cref="KeepTextTag"/>), a list split between its items: after
    /// <see cref="SlideText.KeptWordsPerSlide"/> words, the next block starts a continuation slide (class slide-break).
    /// </summary>
    static string KeptMarkdown(string markdown, Subslide slide)
    {
        var shown = new StringBuilder();
        foreach (var block in SlideText.Blocks(markdown))
        {
            if (block.Kind != SlideText.Kind.Prose)
            {
                shown.Append(MarkdownBlock(block.Markdown, block.Kind));
                continue;
            }
            var parts = SlideText.ListItems(block.Markdown) ?? [block.Markdown];
            var group = new List<string>();
            void Flush(bool breakBefore)
            {
                if (group.Count == 0) return;
                shown.Append(MarkdownBlock(string.Join("\n", group), block.Kind, breakBefore ? " slide-break" : ""));
                group.Clear();
            }
            bool breakNext = false;
            foreach (var part in parts)
            {
                int words = SlideText.Words(part);
                if (slide.ProseWords > 0 && slide.ProseWords + words > SlideText.KeptWordsPerSlide)
                {
                    Flush(breakNext);
                    breakNext = true;
                    slide.ProseWords = 0;
                }
                group.Add(part);
                slide.ProseWords += words;
            }
            Flush(breakNext);
        }
        return shown.ToString();
    }

    static string MarkdownBlock(string markdown, SlideText.Kind kind, string extraClass = "") =>
        $"<div class=\"cell markdown {kind.ToString().ToLowerInvariant()}{extraClass}\">{HtmlExporter.MarkdownToHtml(markdown)}</div>\n";

    /// <summary>A cell's speaker notes: <c>metadata.cnncourse.notes</c>, markdown (a string or a list of lines), shown in the speaker view only.</summary>
    static string? SpeakerNotes(JsonObject cell, string path, int index)
    {
        if (cell["metadata"] is not JsonObject metadata || metadata["cnncourse"] is not JsonObject course || course["notes"] is not { } notes) return null;
        var text = notes switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonArray lines when lines.All(l => l is JsonValue lv && lv.TryGetValue<string>(out _)) => Text(lines),
            _ => throw new InvalidDataException($"{path}: cell {index + 1}: metadata.cnncourse.notes is {Kind(notes)}, expected markdown text (a string or a list of strings)"),
        };
        return text.Trim().Length == 0 ? null : text;
    }

    static bool HasTag(JsonObject cell, string tag) =>
        cell["metadata"] is JsonObject metadata && metadata["tags"] is JsonArray tags
        && tags.Any(t => t is JsonValue v && v.TryGetValue<string>(out var s) && s == tag);

    /// <summary>A cell as the slide shows it: markdown whole; a code cell's outputs, each a block of its own, and its code only when tagged <see cref="ShowCodeTag"/>.</summary>
    static string CellHtml(JsonObject cell, PlotlyScript plotly)
    {
        var source = NotebookFile.SourceOf(cell) ?? "";
        switch ((string?)cell["cell_type"])
        {
            case "markdown":
                return source.Trim().Length == 0 ? "" : $"<div class=\"cell markdown\">{HtmlExporter.MarkdownToHtml(source)}</div>\n";
            case "code":
                var html = new StringBuilder();
                if (source.Trim().Length > 0 && HasTag(cell, ShowCodeTag)) html.Append($"<div class=\"cell code\">{Code(source.TrimEnd())}</div>\n");
                if (cell["outputs"] is JsonArray list)
                    foreach (var output in list.OfType<JsonObject>()) html.Append(Output(output, plotly));
                return html.ToString();
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

    /// <summary>The size of a slide in CSS pixels: a projector's 1280x720; reveal.js scales it to any screen of the same shape.</summary>
    public const int SlideWidth = 1280, SlideHeight = 720;

    /// <summary>A slide shows its outputs full size and never scrolls: what does not fit moves on (see <see cref="Start"/>).</summary>
    const string Style = """
        .reveal .slides section { height: 100%; overflow: hidden; text-align: left; }
        .reveal .slides section.stack { overflow: visible; }
        .reveal h1, .reveal h2, .reveal h3 { text-transform: none; margin-bottom: 0.3em; }
        .reveal h1 { font-size: 1.7em; } .reveal h2 { font-size: 1.4em; } .reveal h3 { font-size: 1.15em; }
        .reveal p, .reveal li { font-size: 0.75em; line-height: 1.3; }
        .reveal p code, .reveal li code { font-size: 0.8em; }
        .reveal pre { width: 100%; box-shadow: none; margin: 0.3em 0; font-size: 0.45em; }
        .reveal pre.source { background: #f6f8fa; border-left: 4px solid #4a7ebb; }
        .reveal details.source summary { font-size: 0.5em; color: #4a7ebb; cursor: pointer; font-family: monospace; }
        .reveal pre code { max-height: none; padding: 0.4em 0.6em; white-space: pre-wrap; }
        .reveal .output { font-size: 0.8em; margin: 0.2em 0 0.4em 0; }
        .reveal .output pre { font-size: 0.6em; white-space: pre-wrap; margin: 0; }
        .reveal .output.stderr pre { color: #8a6d00; }
        .reveal .output.error pre { color: #b00020; background: #fff0f0; }
        .reveal .output img { max-height: 520px; margin: 0; }
        .reveal table { font-size: 0.6em; border-collapse: collapse; }
        .reveal table td, .reveal table th { padding: 2px 8px; border-bottom: 1px solid #ddd; }
        .reveal .katex-display { font-size: 0.9em; margin: 0.4em 0; }
        .reveal .continued-mark { font-size: 0.6em; color: #888; font-weight: normal; }
        .reveal .cnn-progress { font-size: 0.55em; }
        """;

    /// <summary>
    /// Fits every slide to the 1280x720 slide, then starts reveal.js. A block too wide is scaled to the slide's width;
    /// a slide whose blocks reach past its bottom moves the blocks that do not fit to a continuation slide after it
    /// (its heading repeated, its speaker notes too), and a single block taller than the room under its heading is
    /// scaled to fit. Runs once the page and its fonts are loaded, before reveal.js lays out (print view included), and
    /// sets <c>window.cnnDeckFitted</c>. Linear navigation: the arrow keys go through every slide in the notebook's order.
    /// A chart laid out while its slide was hidden has the wrong width, so each chart on a slide that comes into view is
    /// resized to its slide.
    /// </summary>
    const string Start = """
        function cnnShow(section) {
          var shown = [];
          for (var s = section; s && s.tagName === 'SECTION'; s = s.parentElement) { shown.push([s, s.style.display]); s.style.display = 'block'; }
          return function () { shown.forEach(function (pair) { pair[0].style.display = pair[1]; }); };
        }
        function cnnBlocks(section) {
          return Array.prototype.filter.call(section.children, function (c) { return !c.matches('aside.notes'); });
        }
        function cnnIsHeading(block) { return block.matches('.cell.markdown.heading'); }
        function cnnFitOne(section) {
          var hide = cnnShow(section);
          try {
            var width = section.clientWidth;
            cnnBlocks(section).forEach(function (block) {
              if (block.scrollWidth > width + 1) block.style.zoom = (width / block.scrollWidth).toFixed(3);
            });
            // A margin below: reveal.js's own layout differs from this one by a few pixels.
            var bottom = section.clientHeight - parseFloat(getComputedStyle(section).paddingBottom || '0') - 16;
            var blocks = cnnBlocks(section);
            var firstContent = blocks.findIndex(function (b) { return !cnnIsHeading(b); });
            // A long text the writer divided (class slide-break) continues where it says; otherwise where the slide ends.
            var over = blocks.findIndex(function (b, i) { return i > firstContent && b.classList.contains('slide-break'); });
            var overflow = blocks.findIndex(function (b) { return b.offsetTop + b.offsetHeight > bottom + 1; });
            if (overflow >= 0 && (over < 0 || overflow < over)) over = overflow;
            if (over < 0) return null;
            if (over <= firstContent || firstContent < 0) {
              var block = blocks[over];
              var room = bottom - block.offsetTop;
              if (room > 40 && block.offsetHeight > room) block.style.zoom = Math.max(0.3, 0.97 * room / block.offsetHeight).toFixed(3);
              over = over + 1;
              if (over >= blocks.length) return null;
            }
            var next = document.createElement('section');
            var heading = section.querySelector('.cell.markdown.heading');
            if (heading) {
              var copy = heading.cloneNode(true);
              var title = copy.querySelector('h1, h2, h3, h4');
              if (title && !title.querySelector('.continued-mark')) title.insertAdjacentHTML('beforeend', ' <span class="continued-mark">(continued)</span>');
              next.appendChild(copy);
            }
            blocks.slice(over).forEach(function (b) { next.appendChild(b); });
            var notes = section.querySelector('aside.notes');
            if (notes) next.appendChild(notes.cloneNode(true));
            next.setAttribute('data-continued', '');
            section.parentElement.insertBefore(next, section.nextSibling);
            return next;
          } finally { hide(); }
        }
        function cnnFitSlides() {
          var slides = document.querySelector('.reveal .slides');
          slides.style.width = '1280px'; slides.style.height = '720px';
          var queue = Array.prototype.filter.call(slides.querySelectorAll('section'), function (s) { return !s.querySelector('section'); });
          for (var guard = 0; queue.length && guard < 1000; guard++) {
            var next = cnnFitOne(queue.shift());
            if (next) queue.unshift(next);
          }
          slides.style.width = ''; slides.style.height = '';
        }
        window.addEventListener('load', function () {
          document.fonts.ready.then(function () {
            cnnFitSlides();
            Reveal.initialize({
              hash: true, slideNumber: 'c/t', center: false, transition: 'slide', navigationMode: 'linear',
              width: 1280, height: 720, margin: 0.04,
              pdfSeparateFragments: false, pdfMaxPagesPerSlide: 1,
              plugins: [RevealNotes]
            }).then(function () { window.cnnDeckFitted = true; });
          });
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

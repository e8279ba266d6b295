using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CnnCourse.Execution;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli;

/// <summary>Slide decks and math in exported pages, without a browser: structure from slide types, clear errors, nothing from the network.</summary>
[Trait("Category", "unit")]
public class SlideDeckTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    static JsonObject Cell(string type, JsonNode? slideshow, string source, JsonArray? outputs = null)
    {
        var metadata = new JsonObject();
        if (slideshow is not null) metadata["slideshow"] = slideshow;
        var cell = new JsonObject { ["cell_type"] = type, ["metadata"] = metadata, ["source"] = source };
        if (type == "code")
        {
            cell["execution_count"] = outputs is null ? null : 1;
            cell["outputs"] = outputs ?? [];
        }
        return cell;
    }

    static JsonObject Slide(string type) => new() { ["slide_type"] = type };

    static JsonObject Tagged(JsonObject cell, string tag)
    {
        cell["metadata"]!["tags"] = new JsonArray(tag);
        return cell;
    }

    static JsonObject Notebook(params JsonObject[] cells) => new()
    {
        ["cells"] = new JsonArray(cells.Select(c => (JsonNode)c).ToArray()),
        ["metadata"] = new JsonObject(),
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    string Write(string name, JsonObject notebook)
    {
        var path = temp.File(name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    /// <summary>An executed notebook: outputs, execution counts, every slide type.</summary>
    static JsonObject Executed() => Notebook(
        Cell("markdown", Slide("slide"), "# Title $x^2$"),
        Cell("code", Slide("-"), "var total = 1 + 1;\ntotal", [new JsonObject { ["output_type"] = "execute_result", ["execution_count"] = 1, ["metadata"] = new JsonObject(), ["data"] = new JsonObject { ["text/plain"] = "2" } }]),
        Cell("markdown", Slide("subslide"), "## Below"),
        Cell("markdown", Slide("fragment"), "later"),
        Cell("markdown", Slide("notes"), "speaker only"),
        Cell("code", Slide("skip"), "Console.WriteLine(\"hidden\");", [new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "hidden output\n" }]),
        Cell("markdown", null, "still below"),
        Cell("markdown", Slide("slide"), "## Next"),
        Tagged(Cell("code", null, string.Join('\n', Enumerable.Range(1, 14).Select(i => $"var v{i} = {i};")), [new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "long cell ran\n" }]), SlideDeck.ShowCodeTag));

    [Fact]
    public void Slide_types_give_columns_subslides_fragments_notes_and_skips()
    {
        var html = SlideDeck.Build(Executed(), "executed.ipynb", "executed");
        var slides = html[html.IndexOf("<div class=\"slides\">", StringComparison.Ordinal)..html.IndexOf("</div></div>", StringComparison.Ordinal)];
        // Column 1 has the title slide and its subslide (nested sections); column 2 is one slide.
        Assert.Equal(4, Regex.Matches(slides, "<section>").Count);
        Assert.Matches(new Regex(@"^<div class=""slides"">\s*<section>\s*<section>", RegexOptions.Singleline), slides);
        Assert.Contains("<div class=\"fragment\"><div class=\"cell markdown prose\"><p>later</p>", slides);
        Assert.Matches(new Regex(@"<aside class=""notes"">\s*<div class=""cell markdown""><p>speaker only</p>", RegexOptions.Singleline), slides);
        Assert.DoesNotContain("hidden", slides);
        Assert.True(slides.IndexOf("still below", StringComparison.Ordinal) < slides.IndexOf("Next", StringComparison.Ordinal));
        Assert.Contains("<pre>2</pre>", slides);   // the executed cell's output
        Assert.DoesNotContain("var total", slides);   // ... without its code: the cell is not tagged for showing it
        Assert.Contains("<details class=\"source\"><summary>code (14 lines)</summary>", slides);   // tagged: long code collapsed, its output shown
        Assert.Contains("long cell ran", slides);
        Assert.Contains("<span class=\"math\">\\(x^2\\)</span>", slides);
    }

    [Fact]
    public void Prose_past_a_slides_share_goes_to_the_speaker_notes_and_headings_formulas_and_tagged_text_stay()
    {
        // n words of one sentence, capitalized as sentences are
        string words(int n, string word) => char.ToUpperInvariant(word[0]) + word[1..] + string.Concat(Enumerable.Repeat(" " + word, n - 1)) + ".";
        var notes = Cell("markdown", Slide("slide"), $"## Long\n\n{words(30, "shown")} {words(30, "said")}\n\n$$a = b$$\n\n{words(20, "later")}");
        notes["metadata"]!["cnncourse"] = new JsonObject { ["notes"] = "Ask the room a question." };
        var html = SlideDeck.Build(Notebook(
            notes,
            Tagged(Cell("markdown", Slide("slide"), $"## Kept\n\n{words(80, "kept")}"), SlideDeck.KeepTextTag)), "prose.ipynb", "prose");
        var sections = Regex.Matches(html, "<section>(.*?)</section>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, sections.Count);
        var (slide, speaker) = (sections[0][..sections[0].IndexOf("<aside", StringComparison.Ordinal)], sections[0][sections[0].IndexOf("<aside", StringComparison.Ordinal)..]);
        Assert.Contains("<h2", slide);
        Assert.Contains("shown shown", slide);   // the first sentence that fits the slide's share of prose
        Assert.DoesNotContain("said", slide);
        Assert.Contains("a = b", slide);         // a formula stays on the slide
        Assert.DoesNotContain("later", slide);   // the share is spent: the next paragraph is said, not shown
        Assert.Contains("Ask the room a question.", speaker);
        Assert.Contains("said said", speaker);
        Assert.Contains("later later", speaker);
        Assert.Contains(words(80, "kept"), sections[1]);   // tagged slide-text: all of it on the slide
        Assert.DoesNotContain("<aside", sections[1]);
        Assert.Equal(44, SlideText.Words("Forty-four? No: `code` and $x^2$ do not count, " + words(38, "word")));
    }

    [Fact]
    public void A_deck_embeds_its_libraries_once_and_asks_for_nothing_outside_the_page()
    {
        var html = SlideDeck.Build(Executed(), "executed.ipynb", "executed");
        Assert.Single(Regex.Matches(html, Regex.Escape("/* reveal.js 6.0.2 (MIT), embedded")));
        Assert.Single(Regex.Matches(html, Regex.Escape("/* reveal.js 6.0.2 speaker notes plugin (MIT), embedded")));
        Assert.Single(Regex.Matches(html, Regex.Escape("/* KaTeX 0.19.1 (MIT), embedded")));
        // The markup outside the scripts' code loads no script, stylesheet or image from a file or address.
        var markup = Regex.Replace(html, @"(<script[^>]*>).*?</script>", "$1</script>", RegexOptions.Singleline);
        Assert.DoesNotMatch(new Regex(@"<(script|link|img)[^>]+(src|href)=""(?!data:)"), markup);
        Assert.DoesNotContain("url(fonts/", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("data:font/woff2;base64,", html);
    }

    [Fact]
    public void An_exported_page_gets_katex_once_when_it_has_formulas_and_not_at_all_without()
    {
        var withMath = HtmlExporter.Export(NotebookFile.Read(Write("math.ipynb", Notebook(Cell("markdown", null, "Loss $\\mathcal{L}$ and $$\\frac{a}{b}$$"), Cell("markdown", null, "$y_i$")))), "math");
        Assert.Single(Regex.Matches(withMath, Regex.Escape("/* KaTeX 0.19.1 (MIT), embedded")));
        Assert.Contains("<span class=\"math\">\\(\\mathcal{L}\\)</span>", withMath);
        Assert.Contains("<span class=\"math\">\\(y_i\\)</span>", withMath);   // the underscore stays TeX, not markdown emphasis
        Assert.Contains("<span class=\"math display\">\\(\\frac{a}{b}\\)</span>", withMath);   // $$...$$ in a line: a display formula, as in Jupyter
        var without = HtmlExporter.Export(NotebookFile.Read(Write("plain.ipynb", Notebook(Cell("markdown", null, "No formulas; a price of 5 dollars.")))), "plain");
        Assert.DoesNotContain("katex", without, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"slide_type\": \"slyde\"}", "cell 2: unknown slide type \"slyde\" in metadata.slideshow.slide_type, expected one of \"slide\", \"subslide\", \"fragment\", \"skip\", \"notes\", \"-\"")]
    [InlineData("\"slide\"", "cell 2: metadata.slideshow is the string \"slide\", expected an object such as {\"slide_type\": \"slide\"}")]
    [InlineData("{\"slide_type\": 3}", "cell 2: metadata.slideshow.slide_type is the value 3, expected one of")]
    public void Bad_slide_metadata_is_one_line_naming_the_notebook_and_the_cell_and_writes_no_deck(string slideshow, string reason)
    {
        var path = Write("bad.ipynb", Notebook(Cell("markdown", Slide("slide"), "# Title"), Cell("markdown", JsonNode.Parse(slideshow), "text")));
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "slides", path, "--out", temp.File("decks"));
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"cnn: {path}: ", line);
        Assert.Contains(reason, line);
        Assert.False(Directory.Exists(temp.File("decks")) && Directory.EnumerateFileSystemEntries(temp.File("decks")).Any());
    }

    [Fact]
    public void Cnn_run_refuses_bad_slide_metadata_before_running_the_notebook()
    {
        var path = Write("bad-run.ipynb", Notebook(Cell("code", Slide("sub-slide"), "Console.WriteLine(\"ran\");")));
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "run", path, "--out", temp.File("out"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"FAILED: bad-run.ipynb: {path}: cell 1: unknown slide type \"sub-slide\"", result.Output);
        Assert.DoesNotContain("ran\n", result.Output);
    }

    [Fact]
    public void An_executed_notebook_becomes_a_deck_of_its_outputs_without_running_again()
    {
        var path = Write("executed.ipynb", Executed());
        var result = CnnTool.Run(TimeSpan.FromMinutes(1), "slides", path, "--out", temp.File("decks"));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("executed first", result.Output);
        var deck = temp.File("decks/executed.html");
        Assert.Contains("<pre>2</pre>", File.ReadAllText(deck));
        Assert.Equal(["executed.html"], Directory.GetFiles(temp.File("decks")).Select(Path.GetFileName));   // no temporary file left
    }

    [Fact]
    public void Every_lecture_notebook_has_valid_slide_metadata_and_starts_with_a_slide()
    {
        foreach (var path in Directory.GetFiles(CoursePaths.Notebooks, "[0-9][0-9]-*.ipynb"))
        {
            var types = SlideDeck.TypesOf(NotebookFile.ReadJson(path), path);
            Assert.True(types[0] == SlideType.Slide, $"{Path.GetFileName(path)}: the first cell is {types[0]}, expected a slide");
            Assert.True(types.Count(t => t == SlideType.Slide) >= 4, $"{Path.GetFileName(path)}: {types.Count(t => t == SlideType.Slide)} slides");
        }
    }
}

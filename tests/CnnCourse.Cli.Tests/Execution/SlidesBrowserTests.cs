using System.Text.Json;
using CnnCourse.Execution;
using CnnCourse.Tests.Support;
using Microsoft.Playwright;

namespace CnnCourse.Tests.Cli;

/// <summary>
/// What the class's tests open: notebook 08's exported page (the exporter `cnn run` uses, on the lecture's own markdown),
/// and the deck `cnn slides --pdf` makes of a small generated source notebook, with its PDF (executed first: a real chart
/// from the kit, a formula, a subslide with a fragment and speaker notes, skipped cells, the first of which carries
/// plotly.js, and a slide too long for the screen).
/// </summary>
public sealed class SlidesFixture : IAsyncLifetime
{
    public TempDirectory Temp { get; } = new();
    public OfflineBrowser Browser { get; } = new();
    public string Page08 => Temp.File("08-optimizers-and-losses.html");
    public string Deck => Temp.File("decks/deck.html");
    public string Pdf => Temp.File("decks/deck.pdf");
    public string CommandOutput { get; private set; } = "";

    static object Cell(string type, string slideType, string source) => type == "code"
        ? new { cell_type = type, execution_count = (int?)null, metadata = new { slideshow = new { slide_type = slideType } }, outputs = Array.Empty<object>(), source }
        : new { cell_type = type, metadata = new { slideshow = new { slide_type = slideType } }, source };

    public async Task InitializeAsync()
    {
        var notebook08 = Path.Combine(CoursePaths.Notebooks, "08-optimizers-and-losses.ipynb");
        File.WriteAllText(Page08, HtmlExporter.Export(NotebookFile.Read(notebook08), "08-optimizers-and-losses"));

        var library = Path.Combine(CoursePaths.Root, "lib", "CnnCourse.Notebooks", "bin", "CnnCourse.Notebooks.dll");
        var cells = new[]
        {
            Cell("markdown", "slide", "# A deck\n\nThe mean of $n$ numbers:\n\n$$\\bar{x} = \\frac{1}{n} \\sum_{i=1}^{n} x_i$$"),
            Cell("code", "skip", $"#r \"{library}\"\nusing CnnCourse.Notebooks;\nCourse.Start(\"deck\")"),
            Cell("markdown", "slide", "## A chart"),
            Cell("code", "-", "Charts.Lines([(\"loss\", new double[] { 1, 2, 3, 4 }, new double[] { 2.0, 1.2, 0.7, 0.5 })], \"training loss\", \"epoch\", \"loss\")"),
            Cell("markdown", "subslide", "### Below the chart"),
            Cell("markdown", "fragment", "This line appears on the next key press."),
            Cell("markdown", "notes", "Say this aloud: the loss falls."),
            Cell("code", "skip", "Console.WriteLine(\"a skipped cell's output\");"),
            // Too long for one slide: forty printed lines, then a chart; the deck continues it on a slide of its own.
            Cell("markdown", "slide", "## A long slide"),
            Cell("code", "-", "for (int i = 1; i <= 40; i++) Console.WriteLine($\"line {i}\");"),
            Cell("code", "-", "Charts.Lines([(\"loss\", new double[] { 1, 2, 3 }, new double[] { 1.0, 0.6, 0.4 })], \"a chart after the lines\", \"epoch\", \"loss\")"),
        };
        var source = Temp.File("deck.ipynb");
        File.WriteAllText(source, JsonSerializer.Serialize(new
        {
            cells,
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" } },
            nbformat = 4,
            nbformat_minor = 4,
        }));
        var result = CnnTool.Run(TimeSpan.FromMinutes(4), "slides", source, "--out", Temp.File("decks"), "--pdf");
        CommandOutput = result.Output;
        Assert.True(result.ExitCode == 0, $"cnn slides exited {result.ExitCode}:\n{result.Output}");
        await Browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Temp.Dispose();
    }
}

/// <summary>Formulas and slide decks in a real browser with no network: typeset math, arrow keys, a chart that draws, speaker notes.</summary>
[Trait("Category", "browser")]
public class SlidesBrowserTests(SlidesFixture fixture) : IClassFixture<SlidesFixture>
{
    static Task<int> Count(IPage page, string script) => page.EvaluateAsync<int>(script);

    /// <summary>Opens the fixture's deck (at a slide, when given) once reveal.js has laid it out.</summary>
    async Task<OfflineBrowser.OpenPage> OpenDeckAsync(string fragment = "")
    {
        var open = await fixture.Browser.OpenAsync(fixture.Deck, fragment);
        try
        {
            await open.Page.WaitForFunctionAsync("window.Reveal && Reveal.isReady()");
            return open;
        }
        catch
        {
            await open.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task Every_formula_of_notebook_08s_page_is_typeset_and_no_raw_tex_shows()
    {
        await using var open = await fixture.Browser.OpenAsync(fixture.Page08);
        var page = open.Page;
        int formulas = await Count(page, "document.querySelectorAll('.math').length");
        Assert.True(formulas >= 10, $"{formulas} formula elements on 08's page; the lecture's losses and softmax have more");
        Assert.Equal(formulas, await Count(page, "document.querySelectorAll('.math .katex').length"));
        Assert.Equal(0, await Count(page, "document.querySelectorAll('.katex-error').length"));
        var text = await page.InnerTextAsync("body");
        Assert.DoesNotContain("\\frac", text);
        Assert.DoesNotContain("\\(", text);
        // KaTeX's fonts came from the page itself: the math font is loaded, not a fallback.
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Main'))"));
        await page.Locator(".math").Nth(formulas / 2).ScrollIntoViewIfNeededAsync();
        await open.ScreenshotAsync("08-page-formulas.png");
        Assert.Empty(open.Refused);
    }

    [Fact]
    public async Task Arrow_keys_move_through_the_slides_in_the_notebooks_order()
    {
        await using var open = await OpenDeckAsync();
        var page = open.Page;
        Assert.Equal(5, await Count(page, "Reveal.getTotalSlides()"));   // title, chart, the subslide below it, the long slide and its continuation; skipped cells make none
        async Task<string> Where() => await page.EvaluateAsync<string>("(() => { const i = Reveal.getIndices(); return i.h + '/' + i.v + '/' + (i.f ?? -1); })()");
        Assert.Equal("0/0/-1", await Where());
        var expected = new[] { "1/0/-1", "1/1/-1", "1/1/0", "2/0/-1", "3/0/-1" };   // the chart, the slide below it, its fragment, the long slide, its continuation
        foreach (var step in expected)
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await page.WaitForTimeoutAsync(100);
            Assert.Equal(step, await Where());
        }
        await page.Keyboard.PressAsync("ArrowRight");   // the last slide: nowhere further to go
        Assert.Equal("3/0/-1", await Where());
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("1/1/0", await Where());
        Assert.True(await page.Locator(".present .fragment.visible").IsVisibleAsync());
        Assert.Empty(open.Refused);
    }

    [Fact]
    public async Task A_chart_slide_draws_its_plot()
    {
        await using var open = await OpenDeckAsync();
        var page = open.Page;
        await page.Keyboard.PressAsync("ArrowRight");   // the chart was laid out while its slide was hidden, as in a talk
        var plot = page.Locator("section.present .js-plotly-plot .main-svg").First;
        await plot.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        var box = await plot.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 150 }, $"the chart is {box?.Width}x{box?.Height} px");
        Assert.Equal(4, await Count(page, "document.querySelectorAll('section.present .js-plotly-plot .scatterlayer .point').length"));
        Assert.Equal(1, await Count(page, "[...document.scripts].filter(s => s.text.includes('/* plotly.js ')).length"));   // embedded once, from the skipped first cell
        await page.WaitForTimeoutAsync(600);   // the slide transition ends
        await open.ScreenshotAsync("deck-chart-slide.png");
        Assert.Empty(open.Refused);
    }

    [Fact]
    public async Task A_math_slide_shows_typeset_math()
    {
        await using var open = await OpenDeckAsync();
        var page = open.Page;
        Assert.Equal(2, await Count(page, "document.querySelectorAll('section.present .math .katex').length"));
        Assert.True(await page.Locator("section.present .katex-display").IsVisibleAsync());
        var text = await page.InnerTextAsync("section.present");
        Assert.DoesNotContain("\\frac", text);
        Assert.DoesNotContain("$$", text);
        await open.ScreenshotAsync("deck-math-slide.png");
        Assert.Empty(open.Refused);
    }

    [Fact]
    public async Task S_opens_the_speaker_view_with_the_slides_notes()
    {
        await using var open = await OpenDeckAsync("#/1/1");
        var page = open.Page;
        var speakerView = await page.RunAndWaitForPopupAsync(() => page.Keyboard.PressAsync("s"));
        await speakerView.Locator(".speaker-controls-notes .value").GetByText("Say this aloud").WaitForAsync(new() { Timeout = 60_000 });   // it loads the deck twice, plotly.js included
        await speakerView.SetViewportSizeAsync(1280, 720);
        await speakerView.WaitForTimeoutAsync(1000);   // the current and next slide's frames lay out
        Directory.CreateDirectory(OfflineBrowser.ScreenshotFolder);
        await speakerView.ScreenshotAsync(new() { Path = Path.Combine(OfflineBrowser.ScreenshotFolder, "deck-speaker-view.png") });
        Assert.Empty(open.Refused);
    }

    [Fact]
    public async Task Notes_cells_are_speaker_notes_and_skipped_cells_stay_out()
    {
        var html = File.ReadAllText(fixture.Deck);
        Assert.DoesNotContain("a skipped cell's output", html);
        Assert.DoesNotContain("Course.Start(", html);
        await using var open = await OpenDeckAsync("#/1/1");
        var page = open.Page;
        Assert.True(await page.EvaluateAsync<bool>("Reveal.hasPlugin('notes')"));   // S opens the speaker view
        Assert.Contains("Say this aloud", await page.EvaluateAsync<string>("Reveal.getSlideNotes()"));
        Assert.False(await page.GetByText("Say this aloud").IsVisibleAsync());
        Assert.Empty(open.Refused);
        Assert.Contains("executed first", fixture.CommandOutput);
    }

    [Fact]
    public async Task A_slide_too_long_for_the_screen_continues_on_the_next_and_every_slide_fits_1280x720_and_1920x1080()
    {
        foreach (var (width, height) in new[] { (1280, 720), (1920, 1080) })
        {
            var deck = await DeckFit.MeasureAsync(fixture.Deck, width, height);
            DeckFit.AssertFits(deck);
            Assert.Equal(["A deck", "A chart", "Below the chart", "A long slide", "A long slide (continued)"], deck.Slides.Select(s => s.Title).ToArray());
        }
        var html = File.ReadAllText(fixture.Deck);
        Assert.DoesNotContain("Console.WriteLine($", html);   // code is not shown on a slide unless its cell is tagged for it
    }

    [Fact]
    public async Task The_pdf_has_one_page_per_slide()
    {
        Assert.True(File.Exists(fixture.Pdf), $"no {fixture.Pdf}; cnn slides --pdf said:\n{fixture.CommandOutput}");
        var pdf = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(fixture.Pdf));
        Assert.StartsWith("%PDF-", pdf);
        int pages = System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page(?![a-zA-Z])").Count;
        await using var open = await OpenDeckAsync();
        await open.Page.WaitForFunctionAsync("window.cnnDeckFitted === true");
        Assert.Equal(await Count(open.Page, "Reveal.getTotalSlides()"), pages);
        Assert.Contains($"deck.pdf ({pages} pages)", fixture.CommandOutput);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(fixture.Pdf)!, "*.tmp"));
    }
}

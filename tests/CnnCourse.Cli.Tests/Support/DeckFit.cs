using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnnCourse.Tests.Support;

/// <summary>
/// Steps through every slide of a deck in Chromium at a projector's size and measures each: how far its content reaches
/// past the screen (or past the slide's own box, where it would be clipped), its words of visible text (prose, code and
/// printed output; not chart labels, formulas or speaker notes) and whether it has speaker notes. Each deck's figures go
/// to artifacts/test-results/deck-fit.tsv, which the test command prints after the run.
/// </summary>
public static class DeckFit
{
    /// <summary>One slide: its number (1-based), reveal.js's indices, its heading, how far it reaches past the screen, its words, its notes.</summary>
    public sealed record Slide(
        [property: JsonPropertyName("n")] int Number, [property: JsonPropertyName("where")] string Where,
        [property: JsonPropertyName("title")] string Title, [property: JsonPropertyName("reach")] double Reach,
        [property: JsonPropertyName("words")] int Words, [property: JsonPropertyName("notes")] bool HasNotes,
        [property: JsonPropertyName("farthest")] string Farthest);

    /// <summary>A deck's slides as measured, and the figures the issue of slides for the room names.</summary>
    public sealed record Deck(string Name, int Width, int Height, IReadOnlyList<Slide> Slides)
    {
        /// <summary>Slides whose content reaches more than <see cref="Tolerance"/> px past the screen.</summary>
        public IReadOnlyList<Slide> Over => Slides.Where(s => s.Reach > Tolerance).ToList();
        public double MedianWords => Median(Slides.Select(s => (double)s.Words));
        public double NotesShare => Slides.Count == 0 ? 0 : Slides.Count(s => s.HasNotes) / (double)Slides.Count;
        public string Summary => string.Create(CultureInfo.InvariantCulture,
            $"{Name} at {Width}x{Height}: {Slides.Count} slides, {Over.Count} past the screen, median {MedianWords:0} words (most {Slides.Max(s => s.Words)}), notes on {NotesShare:P0}");
    }

    /// <summary>Rounding of the browser's layout: a pixel or two past the edge is not content cut off.</summary>
    public const double Tolerance = 2;

    /// <summary>The most words of visible text a deck's median slide may hold.</summary>
    public const int MedianWordsAllowed = 60;

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    const string MeasureScript = """
        async () => {
          Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
          const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const skip = 'aside.notes, .js-plotly-plot, .katex-mathml, svg, script, style';
          const out = [];
          const slides = Reveal.getSlides();
          for (let n = 0; n < slides.length; n++) {
            const s = slides[n];
            const i = Reveal.getIndices(s);
            Reveal.slide(i.h, i.v || 0, s.querySelectorAll('.fragment').length);   // every fragment shown
            await frame();
            const scale = Reveal.getScale();
            // The slide's own blocks against the screen; anything inside a block that reaches further widens the
            // section's scroll area, which the clipped measure below catches.
            let bottom = 0, right = 0, farthest = '';
            const describe = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            for (const el of s.children) {
              if (el.matches('aside.notes')) continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (Math.max(r.bottom - window.innerHeight, r.right - window.innerWidth) > Math.max(bottom - window.innerHeight, right - window.innerWidth, 0)) farthest = describe(el);
              bottom = Math.max(bottom, r.bottom); right = Math.max(right, r.right);
            }
            const screen = Math.max(bottom - window.innerHeight, right - window.innerWidth, 0) / scale;
            const clipped = Math.max(s.scrollHeight - s.clientHeight, s.scrollWidth - s.clientWidth, 0);
            let words = 0;
            // Charts, formulas' MathML and notes are left out whole (their subtrees are not walked).
            const walker = document.createTreeWalker(s, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
              { acceptNode: n => n.nodeType === 1 && n.matches(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
            for (let t = walker.nextNode(); t; t = walker.nextNode())
              if (t.nodeType === 3) words += (t.textContent.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:-]*/gu) || []).length;
            const heading = s.querySelector('h1, h2, h3, h4');
            const notes = s.querySelector('aside.notes');
            out.push({ n: n + 1, where: i.h + '/' + (i.v || 0), title: heading ? heading.textContent.trim() : '', reach: Math.round(Math.max(screen, clipped)),
                       words, notes: !!(notes && notes.textContent.trim()), farthest });
          }
          return JSON.stringify(out);
        }
        """;

    /// <summary>
    /// Measures every slide of <paramref name="deckPath"/> at <paramref name="width"/>x<paramref name="height"/>; saves a
    /// screenshot (in artifacts/browser/) of each slide whose heading starts with one of <paramref name="screenshots"/>.
    /// </summary>
    public static async Task<Deck> MeasureAsync(string deckPath, int width = 1280, int height = 720, params string[] screenshots)
    {
        return await OfflineBrowser.WithSharedAsync(browser => MeasureAsync(browser, deckPath, width, height, screenshots));
    }

    static async Task<Deck> MeasureAsync(OfflineBrowser browser, string deckPath, int width, int height, string[] screenshots)
    {
        await using var open = await browser.OpenAsync(deckPath, width: width, height: height);
        var page = open.Page;
        // Decks from before the fitting step have no cnnDeckFitted: reveal.js being ready is enough there.
        await page.WaitForFunctionAsync("window.Reveal && Reveal.isReady() && (window.cnnDeckFitted || !document.body.innerHTML.includes('cnnFitSlides'))", null, new() { Timeout = 120_000 });
        var slides = JsonSerializer.Deserialize<List<Slide>>(await page.EvaluateAsync<string>(MeasureScript))!;
        var name = Path.GetFileNameWithoutExtension(deckPath);
        foreach (var slide in slides.Where(s => screenshots.Any(prefix => s.Title.StartsWith(prefix, StringComparison.Ordinal))))
        {
            var (h, v) = (int.Parse(slide.Where.Split('/')[0], CultureInfo.InvariantCulture), int.Parse(slide.Where.Split('/')[1], CultureInfo.InvariantCulture));
            await page.EvaluateAsync($"Reveal.slide({h}, {v}, 1000)");
            await page.WaitForTimeoutAsync(300);
            await open.ScreenshotAsync($"{name}-slide-{slide.Number}-{width}x{height}.png");
        }
        Assert.True(open.Errors.Count == 0, $"{deckPath}: script errors: {string.Join(" | ", open.Errors)}");
        Assert.Empty(open.Refused);
        var deck = new Deck(name, width, height, slides);
        Record(deck);
        return deck;
    }

    /// <summary>Fails, naming each slide and how far it reaches, when any slide of the deck does not fit the screen.</summary>
    public static void AssertFits(Deck deck)
    {
        Assert.True(deck.Slides.Count > 0, $"{deck.Name}: no slides");
        Assert.True(deck.Over.Count == 0, $"{deck.Summary}; past the screen:\n" + string.Join("\n", deck.Over.Select(s =>
            $"  slide {s.Number} ({s.Where}) \"{s.Title}\": reaches {s.Reach:0} px past the screen (farthest: {s.Farthest})")));
    }

    /// <summary>Fails when the deck's median slide holds more than <see cref="MedianWordsAllowed"/> words or fewer than half its slides have speaker notes.</summary>
    public static void AssertReadable(Deck deck)
    {
        Assert.True(deck.MedianWords <= MedianWordsAllowed, $"{deck.Summary}: the median slide holds more than {MedianWordsAllowed} words; wordiest: "
            + string.Join(", ", deck.Slides.OrderByDescending(s => s.Words).Take(5).Select(s => $"slide {s.Number} \"{s.Title}\" ({s.Words})")));
        Assert.True(deck.NotesShare >= 0.5, $"{deck.Summary}: fewer than half the slides have speaker notes; without: "
            + string.Join(", ", deck.Slides.Where(s => !s.HasNotes).Select(s => $"{s.Number} \"{s.Title}\"")));
    }

    static readonly object Gate = new();

    /// <summary>artifacts/test-results/deck-fit.tsv (or TEST_RESULTS_DIR's): one line per deck and size.</summary>
    static void Record(Deck deck)
    {
        var path = Path.Combine(Path.GetDirectoryName(Checked.FilePath)!, "deck-fit.tsv");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllLines(path, [string.Create(CultureInfo.InvariantCulture,
                $"{deck.Name}\t{deck.Width}x{deck.Height}\t{deck.Slides.Count}\t{deck.Over.Count}\t{deck.MedianWords:0}\t{deck.Slides.Max(s => s.Words)}\t{deck.NotesShare:P0}")]);
        }
    }
}

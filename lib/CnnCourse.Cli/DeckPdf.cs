using Microsoft.Playwright;

namespace CnnCourse.Cli;

/// <summary>
/// Prints slide decks to PDF, one page per slide, in Debian's Chromium driven by Playwright (by its path: no browser is
/// downloaded), through reveal.js's own print view. The page opens from its file with every other request refused, so
/// a PDF shows what the deck shows offline: charts as drawn, formulas typeset. Each PDF is written atomically.
/// </summary>
static class DeckPdf
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>A one-line error when Chromium is not installed.</summary>
    public static void RequireChromium()
    {
        if (!File.Exists(Chromium))
            throw new CommandLineException($"{Chromium} is missing: PDFs are printed in Debian's chromium (run `bash environment/setup.sh --browser`)");
    }

    /// <summary>Prints each deck to NN-name.pdf beside it; returns the PDFs written, with their page counts.</summary>
    public static async Task<List<(string Pdf, int Pages)>> PrintAsync(IEnumerable<string> decks, TextWriter log)
    {
        RequireChromium();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"],
        });
        var written = new List<(string, int)>();
        foreach (var deck in decks)
        {
            var pdf = Path.ChangeExtension(deck, ".pdf");
            int pages = await PrintOneAsync(browser, deck, pdf);
            log.WriteLine($"{pdf} ({pages} pages)");
            written.Add((pdf, pages));
        }
        return written;
    }

    static async Task<int> PrintOneAsync(IBrowser browser, string deck, string pdf)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file://", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.GetFullPath(deck)).AbsoluteUri + "?print-pdf", new() { WaitUntil = WaitUntilState.Load });
        try
        {
            await page.WaitForFunctionAsync("window.cnnDeckFitted === true", null, new() { Timeout = 120_000 });
        }
        catch (TimeoutException)
        {
            throw new CommandLineException($"{deck}: the deck did not finish its layout in 120 s (expected a deck written by `cnn slides` or `cnn run`)");
        }
        int pages = await page.EvaluateAsync<int>("document.querySelectorAll('.pdf-page').length");
        var temp = pdf + ".tmp";
        try
        {
            await page.PdfAsync(new() { Path = temp, PreferCSSPageSize = true, PrintBackground = true });
            File.Move(temp, pdf, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return pages;
    }
}

namespace CnnCourse.Tests.Support;

/// <summary>Headless Chromium (Debian package chromium, installed by environment/setup.sh --test-extras), offline.</summary>
public static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>
    /// The DOM of a local page after its scripts ran, with every request that is not for a local file refused: loaded in
    /// the shared browser, then given up to 10 s for every course chart on it to be drawn (a chart waits for
    /// plotly.js; without it, none is drawn and the caller's count shows it).
    /// </summary>
    public static string RenderedDom(string htmlPath) => OfflineBrowser.WithSharedAsync(async browser =>
    {
        await using var open = await browser.OpenAsync(htmlPath);
        try
        {
            await open.Page.WaitForFunctionAsync(
                "() => document.querySelectorAll('.cnn-chart').length === document.querySelectorAll('.cnn-chart .plot-container.plotly').length",
                null, new() { Timeout = 10_000 });
        }
        catch (TimeoutException) { }   // not all drawn: the caller counts what was
        return await open.Page.ContentAsync();
    }).GetAwaiter().GetResult();

    public static int Count(string text, string needle)
    {
        int count = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

using Microsoft.Playwright;

namespace CnnCourse.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (by its executable path: no browser download), with every request that is not
/// for a local file refused and recorded, so a test can prove a page used no network. One browser per test class.
/// </summary>
public sealed class OfflineBrowser : IAsyncLifetime
{
    IPlaywright? playwright;
    IBrowser? browser;

    /// <summary>Where the screenshots go, for people to look at: artifacts/browser/.</summary>
    public static string ScreenshotFolder => Path.Combine(CoursePaths.Artifacts, "browser");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium.Executable), $"{Chromium.Executable} is missing: run `bash environment/setup.sh --test-extras` (installs Debian's chromium)");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Executable, Headless = true,
            // A second fence behind the request filter: no name resolves and no proxy answers.
            Args = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"],
        });
    }

    /// <summary>A page open on a local file, and the list that collects the requests it tried to make outside it.</summary>
    public sealed record OpenPage(IPage Page, IBrowserContext Context, List<string> Refused) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Context.CloseAsync();

        /// <summary>Saves a screenshot of what is on screen now under <see cref="ScreenshotFolder"/>; returns its path.</summary>
        public async Task<string> ScreenshotAsync(string name)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            var path = Path.Combine(ScreenshotFolder, name);
            await Page.ScreenshotAsync(new() { Path = path });
            return path;
        }
    }

    public async Task<OpenPage> OpenAsync(string file, string fragment = "")
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var refused = new List<string>();
        // Every request the page makes passes here; only the page's own file (and files beside it) may load.
        await context.RouteAsync("**/*", route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file://", StringComparison.Ordinal)) return route.ContinueAsync();
            lock (refused) refused.Add(url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => { lock (errors) errors.Add(message); };
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri + fragment, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(errors.Count == 0, $"{file}: script errors: {string.Join(" | ", errors)}");
        return new OpenPage(page, context, refused);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}

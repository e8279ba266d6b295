using Microsoft.Playwright;

namespace CnnCourse.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (by its executable path: no browser download), with every request that is not
/// for a local file refused and recorded, so a test can prove a page used no network. A test class that drives pages
/// for long (the hub, the slide deck) has a browser of its own; the short checks share one (<see cref="WithSharedAsync"/>).
/// </summary>
public sealed class OfflineBrowser : IAsyncLifetime
{
    IPlaywright? playwright;
    IBrowser? browser;

    static readonly SemaphoreSlim SharedGate = new(1, 1);
    static OfflineBrowser? shared;

    /// <summary>
    /// Runs <paramref name="use"/> with the test run's shared browser, one check at a time: starting Chromium costs
    /// seconds of CPU, a fresh context in a running one next to nothing, and each check still gets a context of its
    /// own (no cookies, storage or cache carried over). The browser is started on first use and closed when the test
    /// process exits.
    /// </summary>
    public static async Task<T> WithSharedAsync<T>(Func<OfflineBrowser, Task<T>> use)
    {
        await SharedGate.WaitAsync();
        try
        {
            if (shared?.browser is not { IsConnected: true })
            {
                if (shared is not null)
                    try { await shared.DisposeAsync(); } catch (PlaywrightException) { }   // it is gone already
                var started = new OfflineBrowser();
                await started.InitializeAsync();
                shared = started;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started.DisposeAsync().Wait(TimeSpan.FromSeconds(10));
            }
            return await use(shared);
        }
        finally { SharedGate.Release(); }
    }

    /// <summary>Where the screenshots go, for people to look at: artifacts/browser/.</summary>
    public static string ScreenshotFolder => Path.Combine(CoursePaths.Artifacts, "browser");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium.Executable), $"{Chromium.Executable} is missing: run `bash environment/setup.sh --test-extras` (installs Debian's chromium)");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.Executable, Headless = true,
            // A second fence behind the request filter: no name resolves and no proxy answers (the loopback address,
            // where a test's own servers listen, is reached directly).
            Args = ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=127.0.0.1:9"],
        });
    }

    /// <summary>An open page, the requests it tried to make outside what it may load, and its script errors.</summary>
    public sealed record OpenPage(IPage Page, IBrowserContext Context, List<string> Refused, List<string> Errors) : IAsyncDisposable
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

    public async Task<OpenPage> OpenAsync(string file, string fragment = "", int width = 1280, int height = 800)
    {
        // Only the page's own file (and files beside it) may load.
        var open = await NewPageAsync(url => url.StartsWith("file://", StringComparison.Ordinal), width, height);
        await open.Page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri + fragment, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(open.Errors.Count == 0, $"{file}: script errors: {string.Join(" | ", open.Errors)}");
        return open;
    }

    /// <summary>
    /// A page open at <paramref name="url"/> of a server the test started on the loopback address: requests to
    /// <paramref name="origin"/> (scheme, address and port) pass, every other request is refused and recorded.
    /// Script errors are collected in <see cref="OpenPage.Errors"/> for the test to judge (a web app may log some).
    /// </summary>
    public async Task<OpenPage> OpenLoopbackAsync(string url, string origin)
    {
        Assert.StartsWith("http://127.0.0.1:", origin);
        var open = await NewPageAsync(u => u == origin || u.StartsWith(origin + "/", StringComparison.Ordinal) || u.StartsWith("ws://" + origin["http://".Length..] + "/", StringComparison.Ordinal));
        await open.Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        return open;
    }

    async Task<OpenPage> NewPageAsync(Func<string, bool> allowed, int width = 1280, int height = 800)
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var refused = new List<string>();
        // Every request the page makes passes here.
        await context.RouteAsync("**/*", route =>
        {
            var url = route.Request.Url;
            if (allowed(url)) return route.ContinueAsync();
            lock (refused) refused.Add(url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, message) => { lock (errors) errors.Add(message); };
        return new OpenPage(page, context, refused, errors);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }
}

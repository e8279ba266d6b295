using System.Text.RegularExpressions;
using CnnCourse.Tests.Support;
using Microsoft.Playwright;

namespace CnnCourse.Tests.Hub;

/// <summary>A student's first lecture in the browser: log in on the hub's page, open notebook 00, Cell > Run All.</summary>
public partial class CourseHubTests
{
    [Fact]
    public async Task A_student_logs_in_in_the_browser_runs_notebook_00_and_watches_training_live()
    {
        var student = hub.B;   // A's copy of 00 is edited by the course-update test; C is left idle for the culler
        // A server another test left idle for a while could be culled between the login and the notebook: start it
        // afresh first (logging in then finds it running, as a student's second visit does).
        await hub.StartServerAsync(student);
        await using var open = await browser.OpenLoopbackAsync($"{hub.Url}/hub/login", hub.Url);
        try
        {
            await RunNotebook00Async(open, student);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // What the student would have seen, for whoever reads the failure.
            var shot = await open.ScreenshotAsync("hub-00-getting-started.failure.png");
            throw new Xunit.Sdk.XunitException($"{e.Message}\npage {open.Page.Url}; screenshot {shot}; script errors: {string.Join(" | ", open.Errors)}\n{await hub.SpawnProgressAsync(student)}");
        }
    }

    async Task RunNotebook00Async(OfflineBrowser.OpenPage open, HubStudent student)
    {
        var page = open.Page;
        await page.FillAsync("#username_input", student.Name);
        await page.FillAsync("#password_input", student.Password);
        await page.ClickAsync("#login_submit");
        // The hub starts the server if it is not running and sends the browser on to the notebook list.
        await page.WaitForURLAsync(new Regex($"/user/{student.Name}/tree"), new() { Timeout = 120_000 });

        await page.GotoAsync($"{hub.Url}/user/{student.Name}/notebooks/notebooks/00-getting-started.ipynb");
        await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
            null, new() { Timeout = 120_000 });
        Assert.Equal(".net-csharp", await page.EvaluateAsync<string>("() => Jupyter.notebook.kernel.name"));
        // Every cell up to the training run, as Cell > Run All Above would and then the training cell itself: the later
        // cells (the exercises, the loop written by hand) are the notebook tests' business.
        await page.EvaluateAsync("() => { const cells = Jupyter.notebook.get_cells(); const last = cells.findIndex(c => c.cell_type === 'code' && c.get_text().includes('trainer.Fit(')); Jupyter.notebook.execute_cell_range(0, last + 1); }");

        // While it runs: the training cell's status line changes in place (epoch, batch, loss), as the student sees it.
        const string running = "() => Jupyter.notebook.get_cells().some(c => c.cell_type === 'code' && c.input_prompt_number === '*')";
        // The training cell: the code cell that calls trainer.Fit (the exercises come after it).
        const string trainingCell = "Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').find(c => c.get_text().includes('trainer.Fit('))";
        var trainingIndex = await page.EvaluateAsync<int>("() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').findIndex(c => c.get_text().includes('trainer.Fit('))");
        Assert.True(trainingIndex >= 0, "notebook 00 has no code cell calling trainer.Fit");
        const string statusLine = $$"""
            () => { const text = {{trainingCell}}.output_area.element.text();
                    const m = text.match(/lecture CNN: epoch [^\n]*/); return m ? m[0] : ''; }
            """;
        var seen = new List<string>();
        var kernelSockets = new HashSet<string>();
        var uid = CourseHub.Run("id", "-u", student.Name).Output.Trim();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.WaitForFunctionAsync(running, null, new() { Timeout = 30_000 });
        while (await page.EvaluateAsync<bool>(running))
        {
            Assert.True(clock.Elapsed < CellTimeout * 2, $"{student.Name}'s notebook 00 still runs after {clock.Elapsed}; seen: {string.Join(" | ", seen)}");
            foreach (var pid in KernelProcesses.Running(uid)) kernelSockets.UnionWith(ListeningSockets.Of(pid));
            var line = await page.EvaluateAsync<string>(statusLine);
            if (line.Length > 0 && (seen.Count == 0 || seen[^1] != line)) seen.Add(line);
            await Task.Delay(250);
        }

        var errors = await page.EvaluateAsync<string[]>(
            "() => Jupyter.notebook.get_cells().flatMap(c => (c.output_area ? c.output_area.outputs : []).filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue))");
        Assert.True(errors.Length == 0, $"cells failed in the browser: {string.Join(" | ", errors)}");
        Assert.True(seen.Select(l => Regex.Match(l, @"epoch (\d)/").Groups[1].Value).Distinct().Count() >= 2 && seen.Count >= 4,
            $"the training display did not update live (status lines seen while running: {string.Join(" | ", seen)})");
        var finalText = await page.EvaluateAsync<string>($"() => {trainingCell}.output_area.element.text()");
        Assert.Matches(@"after 3 epochs: validation accuracy \d+(\.\d)?\s?%, test accuracy \d+(\.\d)?\s?%", finalText);

        // The curves are drawn by plotly in the page (axes and traces as SVG), offline.
        var training = page.Locator(".cell.code_cell").Nth(trainingIndex);
        var curves = training.Locator(".js-plotly-plot .main-svg");
        await curves.First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await training.Locator(".js-plotly-plot .scatterlayer .trace").CountAsync() >= 2, "the training curves have no traces");
        // Nothing left for the network (no CDN). The one thing refused may be the kernel's own script probing its HTTP side
        // channel at 127.0.0.1 (GET /discovery): from a student's laptop that reaches nothing, and the page carries on.
        var beyond = open.Refused.Where(u => !Regex.IsMatch(u, @"^http://127\.0\.0\.1:\d+/discovery$")).Distinct().ToList();
        Assert.True(beyond.Count == 0, $"the notebook page tried to reach beyond the hub: {string.Join(", ", beyond)}");
        Assert.True(kernelSockets.Count > 0 && kernelSockets.All(ListeningSockets.IsLoopback),
            $"{student.Name}'s kernel listened on: {string.Join(", ", kernelSockets.Order())} (expected the loopback address only)");

        await curves.First.ScrollIntoViewIfNeededAsync();
        var shot = await open.ScreenshotAsync("hub-00-getting-started.png");
        Assert.True(new FileInfo(shot).Length > 10_000, $"{shot} is nearly empty");
    }
}

using CnnCourse.Tests.Support;
using CnnCourse.Training;
using CnnCourse.Visualization;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Visualization;

[Trait("Category", "browser")]
public class ChartsTests
{
    static TrainingHistory History()
    {
        var h = new TrainingHistory("demo");
        h.Add(new EpochResult(1, 0.9, 0.7, 0.8, 0.72, 1000, 2));
        h.Add(new EpochResult(2, 0.5, 0.8, 0.6, 0.79, 1000, 2));
        return h;
    }

    [Fact]
    public void Every_chart_draws_offline_in_headless_chromium()
    {
        using var temp = new TempDirectory();
        var charts = new[]
        {
            Charts.TrainingCurves(History()),
            Charts.ImageGrid(rand(6, 1, 28, 28), ["a", "b", "c", "d", "e", "f"], columns: 3),
            Charts.Heatmap(tensor(new float[,] { { 4, 4 }, { 2, 2 } }), "pooled", annotate: true),
            Charts.ConfusionMatrix(new[,] { { 5, 1 }, { 2, 7 } }, ["cat", "dog"]),
            Charts.Bars(["conv", "dense"], [760, 3_000_000], "parameters"),
            Charts.Lines([("cpu", [1.0, 2, 3], [10.0, 20, 25])], "speed", "batch", "img/s"),
        };
        var page = temp.File("charts.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + ChartHtml.PlotlyScript() +
            string.Concat(charts.Select(ChartHtml.Fragment)) + "</body></html>");

        var html = File.ReadAllText(page);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("require(", html.Replace(ChartHtml.PlotlyScript(), ""));

        var dom = Chromium.RenderedDom(page);
        // plotly.js adds a plot container to every chart it drew; without plotly.js (e.g. from a CDN offline) none appear
        Assert.Equal(charts.Length, Chromium.Count(dom, "class=\"plot-container plotly\""));
    }

    [Fact]
    public void Plotly_js_is_embedded_from_plotly_net_and_hidden_from_require_js()
    {
        var script = ChartHtml.PlotlyScript();
        Assert.True(script.Length > 3_000_000);
        Assert.Contains("(function(define, module, exports)", script);
        Assert.StartsWith("<script", script);
    }

    [Fact]
    public void Tensors_become_rows_of_doubles()
    {
        var rows = Charts.ToRows(tensor(new float[,] { { 1, 2, 3 }, { 4, 5, 6 } }));
        Assert.Equal([4.0, 5, 6], rows[1]);
        Assert.Throws<ArgumentException>(() => Charts.ImageGrid(rand(2, 3)));
    }
}

using System.Text;
using Plotly.NET;

namespace CnnCourse.Visualization;

/// <summary>
/// Turns Plotly.NET charts into HTML that draws with no network: plotly.js (shipped inside Plotly.NET)
/// is embedded once per notebook by <see cref="PlotlyScript"/>, and each chart is a div plus a call to
/// Plotly.newPlot. Plotly.NET.Interactive's own formatter loads plotly.js from a CDN through require.js
/// and stays blank offline, which is why the course registers this one instead.
/// </summary>
public static class ChartHtml
{
    const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";
    static readonly Lazy<string> plotlyJs = new(ReadPlotlyJs);

    public static string PlotlyJsVersion => "2.28.0";

    /// <summary>A script element defining window.Plotly; hidden from require.js/CommonJS so it always becomes a global.</summary>
    public static string PlotlyScript() =>
        "<script type=\"text/javascript\">/* plotly.js " + PlotlyJsVersion + ", embedded for offline use */\n" +
        "if (!window.Plotly) { (function(define, module, exports) {\n" + plotlyJs.Value + "\n}).call(window); }\n</script>";

    /// <summary>A div and a script that draws <paramref name="chart"/> once plotly.js is present.</summary>
    public static string Fragment(GenericChart chart)
    {
        var id = "cnn-chart-" + Guid.NewGuid().ToString("N")[..12];
        var figure = GenericChart.toFigureJson(chart);
        var sb = new StringBuilder();
        sb.Append($"<div id=\"{id}\" class=\"cnn-chart\"></div>\n");
        sb.Append("<script type=\"text/javascript\">(function() {\n");
        sb.Append($"  var figure = {figure};\n");
        sb.Append("  function draw() {\n");
        sb.Append($"    if (window.Plotly) {{ window.Plotly.newPlot('{id}', figure.data, figure.layout, {{responsive: true, displaylogo: false}}); }}\n");
        sb.Append("    else { setTimeout(draw, 50); }\n");
        sb.Append("  }\n  draw();\n})();</script>");
        return sb.ToString();
    }

    /// <summary>A complete standalone page for one chart (used by <c>Charts.SaveHtml</c>).</summary>
    public static string Page(GenericChart chart, string title = "chart") =>
        $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n{PlotlyScript()}\n</head><body>\n{Fragment(chart)}\n</body></html>\n";

    static string ReadPlotlyJs()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Plotly.NET does not contain the resource {ResourceName}; check the pinned Plotly.NET version");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CnnCourse.Visualization;

/// <summary>
/// Several 2-D maps (kernels, inputs, activation maps; any sizes) drawn side by side as heatmaps, each with
/// its title, row 0 at the top and square cells. With <c>annotate</c> (the default) every cell shows its value;
/// <c>grayscale</c> draws photos black to white instead of the Viridis colours. One row unless <c>columns</c> is set.
/// </summary>
public static class MapGrid
{
    /// <param name="valueFormat">d3 number format for the annotations; ".3~g" drops trailing zeros (4, 0.5, -0.125).</param>
    public static GenericChart Of(IEnumerable<(string Title, Tensor Map)> maps, bool annotate = true, int columns = 0, int cellSize = 240, bool grayscale = false, string valueFormat = ".3~g")
    {
        var list = maps.ToList();
        if (list.Count == 0) throw new ArgumentException("maps: nothing to draw", nameof(maps));
        foreach (var (title, map) in list)
            if (map.dim() != 2) throw new ArgumentException($"maps: '{title}' has shape {map.shape.Str()}, expected a 2-D (H, W) map", nameof(maps));
        columns = columns <= 0 ? list.Count : Math.Min(columns, list.Count);
        int rows = (list.Count + columns - 1) / columns;

        var cells = new List<GenericChart>();
        for (int i = 0; i < rows * columns; i++)
        {
            var z = i < list.Count ? Charts.ToRows(list[i].Map) : [[double.NaN]];
            if (!annotate) z = z.Select(row => row.Select(RoundForDisplay).ToArray()).ToArray();   // a photo-sized page shrinks ~3x
            var cell = Chart.Heatmap<double, int, int, string>(z, ColorScale: grayscale ? StyleParam.Colorscale.Greys : StyleParam.Colorscale.Viridis, ShowScale: false);
            if (annotate && i < list.Count)
                foreach (var trace in GenericChart.getTraces(cell))
                    trace.SetProperty("texttemplate", "%{z:" + valueFormat + "}");   // per-trace text stays in its own subplot, unlike layout annotations
            cells.Add(cell);
        }
        var titles = list.Select(m => m.Title).Concat(Enumerable.Repeat("", rows * columns)).Take(rows * columns).ToArray();
        var grid = Chart.Grid(cells, rows, columns, SubPlotTitles: titles, XGap: 0.08, YGap: 0.18);

        // Rows are as tall as the tallest map needs at this width, so photos get no empty bands.
        double aspect = Math.Clamp(list.Max(m => (double)m.Map.shape[0] / m.Map.shape[1]), 0.2, 3.0);
        int height = (int)(rows * (cellSize * aspect + 40)) + 30;
        var settings = new List<(string, object)> { ("width", Math.Max(320, columns * cellSize)), ("height", Math.Max(200, height)), ("margin", new { l = 20, r = 20, t = 50, b = 20 }) };
        for (int i = 1; i <= rows * columns; i++)
        {
            string suffix = i == 1 ? "" : i.ToString();
            settings.Add(("xaxis" + suffix, new { visible = false, constrain = "domain" }));
            settings.Add(("yaxis" + suffix, new { visible = false, autorange = "reversed", scaleanchor = "x" + suffix, constrain = "domain" }));
        }
        return Charts.WithLayout(grid, [.. settings]);
    }

    /// <summary>4 significant digits: indistinguishable in a colour map, and a third of the digits of a full double.</summary>
    static double RoundForDisplay(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value;
        int digits = Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15);
        return Math.Round(value, digits);
    }
}

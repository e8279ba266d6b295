using CnnCourse.Training;
using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;
using Plotly.NET.CSharp;

namespace CnnCourse.Visualization;

/// <summary>
/// The course's charts, built with Plotly.NET. Each returns a <see cref="GenericChart"/>: the last
/// expression of a notebook cell displays it (offline, see <see cref="ChartHtml"/>).
/// </summary>
public static class Charts
{
    /// <summary>Whole epochs only: with three epochs plotly would otherwise tick 1, 1.5, 2, 2.5, 3.</summary>
    static readonly object EpochAxis = new { title = new { text = "epoch" }, tickmode = "linear", tick0 = 1, dtick = 1 };

    /// <summary>Loss and accuracy per epoch, training and validation, side by side; several runs overlay.</summary>
    public static GenericChart TrainingCurves(params TrainingHistory[] histories)
    {
        var lossTraces = new List<GenericChart>();
        var accuracyTraces = new List<GenericChart>();
        bool named = histories.Length > 1;
        foreach (var h in histories)
        {
            var epochs = h.Select(e => e.Epoch).ToArray();
            string prefix = named ? h.Name + " " : "";
            lossTraces.Add(Chart.Line<int, double, string>(epochs, h.Select(e => e.TrainLoss), Name: prefix + "train loss", ShowMarkers: true));
            accuracyTraces.Add(Chart.Line<int, double, string>(epochs, h.Select(e => e.TrainAccuracy), Name: prefix + "train accuracy", ShowMarkers: true));
            if (h.Count > 0 && h[0].ValidationLoss is not null)
            {
                lossTraces.Add(Chart.Line<int, double, string>(epochs, h.Select(e => e.ValidationLoss ?? double.NaN), Name: prefix + "validation loss", ShowMarkers: true));
                accuracyTraces.Add(Chart.Line<int, double, string>(epochs, h.Select(e => e.ValidationAccuracy ?? double.NaN), Name: prefix + "validation accuracy", ShowMarkers: true));
            }
        }
        var grid = Chart.Grid(new[] { Chart.Combine(lossTraces), Chart.Combine(accuracyTraces) }, 1, 2, SubPlotTitles: new[] { "loss", "accuracy" });
        return WithLayout(grid, ("width", 960), ("height", 380), ("xaxis", EpochAxis), ("xaxis2", EpochAxis));
    }

    /// <summary>A grid of images from a batch (N, C, H, W) or (N, H, W); grayscale as heatmaps, titles optional.</summary>
    public static GenericChart ImageGrid(Tensor images, IReadOnlyList<string>? titles = null, int columns = 8, int cellSize = 110)
    {
        using var scope = NewDisposeScope();
        var batch = images.dim() == 3 ? images.unsqueeze(1) : images;
        if (batch.dim() != 4) throw new ArgumentException($"images: shape {images.shape.Str()}, expected (N, C, H, W) or (N, H, W)");
        if (batch.shape[1] != 1) batch = batch.mean(new long[] { 1 }, keepdim: true);   // show color images as intensity
        int n = (int)batch.shape[0];
        if (n == 0) throw new ArgumentException("images: the batch is empty");
        columns = Math.Min(columns, n);
        int rows = (n + columns - 1) / columns;
        var cells = new List<GenericChart>();
        for (int i = 0; i < rows * columns; i++)
        {
            var z = i < n ? ToRows(batch[i, 0]) : [[double.NaN]];
            cells.Add(Chart.Heatmap<double, int, int, string>(z, ColorScale: StyleParam.Colorscale.Greys, ShowScale: false, ReverseScale: true, ReverseYAxis: true));
        }
        var grid = titles is null
            ? Chart.Grid(cells, rows, columns, XGap: 0.04, YGap: 0.04)
            : Chart.Grid(cells, rows, columns, SubPlotTitles: titles.Concat(Enumerable.Repeat("", rows * columns)).Take(rows * columns).ToArray(), XGap: 0.04, YGap: 0.3);
        // Plotly's default margins (100 px on top, 80 below) would leave a one-row grid almost no height, so they are set small.
        var settings = new List<(string, object)>
        {
            ("width", Math.Max(300, columns * cellSize)),
            ("height", Math.Max(120, rows * (cellSize + (titles is null ? 0 : 24)) + 40)),
            ("margin", new { l = 10, r = 10, t = 30, b = 10 }),
        };
        for (int i = 1; i <= rows * columns; i++)
        {
            string suffix = i == 1 ? "" : i.ToString();
            settings.Add(("xaxis" + suffix, new { visible = false }));
            settings.Add(("yaxis" + suffix, new { visible = false, autorange = "reversed", scaleanchor = "x" + suffix }));
        }
        return WithLayout(grid, [.. settings]);
    }

    /// <summary>A heatmap of a 2-D tensor or array; with <paramref name="annotate"/>, every cell shows its value.</summary>
    public static GenericChart Heatmap(Tensor values, string title = "", bool annotate = false, string format = "0.##", IReadOnlyList<string>? xLabels = null, IReadOnlyList<string>? yLabels = null)
    {
        if (values.dim() != 2) throw new ArgumentException($"values: shape {values.shape.Str()}, expected 2 dimensions");
        return Heatmap(ToRows(values), title, annotate, format, xLabels, yLabels);
    }

    public static GenericChart Heatmap(double[][] z, string title = "", bool annotate = false, string format = "0.##", IReadOnlyList<string>? xLabels = null, IReadOnlyList<string>? yLabels = null)
    {
        int rows = z.Length, cols = z[0].Length;
        var x = xLabels ?? Enumerable.Range(0, cols).Select(i => i.ToString()).ToArray();
        var y = yLabels ?? Enumerable.Range(0, rows).Select(i => i.ToString()).ToArray();
        GenericChart chart = annotate
            ? Chart.AnnotatedHeatmap<double, string, string, string>(z, z.Select(r => r.Select(v => v.ToString(format, System.Globalization.CultureInfo.InvariantCulture))),
                X: x.ToArray(), Y: y.ToArray(), ColorScale: StyleParam.Colorscale.Viridis, ReverseYAxis: true)
            : Chart.Heatmap<double, string, string, string>(z, X: x.ToArray(), Y: y.ToArray(), ColorScale: StyleParam.Colorscale.Viridis, ReverseYAxis: true);
        int size = Math.Clamp(Math.Max(rows, cols) * 45, 260, 640);
        return WithLayout(chart, ("title", new { text = title }), ("width", size + 80), ("height", size));
    }

    /// <summary>Confusion matrix: rows are true classes, columns predicted; each cell shows its count.</summary>
    public static GenericChart ConfusionMatrix(int[,] counts, IReadOnlyList<string> classNames)
    {
        int k = counts.GetLength(0);
        var z = Enumerable.Range(0, k).Select(r => Enumerable.Range(0, k).Select(c => (double)counts[r, c]).ToArray()).ToArray();
        var text = z.Select(r => r.Select(v => v.ToString("0"))).ToArray();
        var chart = Chart.AnnotatedHeatmap<double, string, string, string>(z, text, X: classNames.ToArray(), Y: classNames.ToArray(),
            ColorScale: StyleParam.Colorscale.NewCustom(new[] { Tuple.Create(0.0, Color.fromString("#f7fbff")), Tuple.Create(1.0, Color.fromString("#08306b")) }), ReverseYAxis: true);
        return WithLayout(chart, ("title", new { text = "confusion matrix" }), ("width", 760), ("height", 660),
            ("xaxis", new { title = new { text = "predicted" } }), ("yaxis", new { title = new { text = "true" }, autorange = "reversed" }));
    }

    /// <summary>A bar per label, e.g. parameter counts or per-class accuracy.</summary>
    public static GenericChart Bars(IEnumerable<string> labels, IEnumerable<double> values, string title = "", string valueAxis = "")
    {
        var chart = Chart.Column<double, string, string>(values.ToArray(), Keys: labels.ToArray());
        return WithLayout(chart, ("title", new { text = title }), ("width", 720), ("height", 420), ("yaxis", new { title = new { text = valueAxis } }));
    }

    /// <summary>Bars of several series side by side for each label, e.g. parameters of two designs per branch.</summary>
    public static GenericChart GroupedBars(IReadOnlyList<string> labels, IEnumerable<(string Name, double[] Values)> series, string title = "", string valueAxis = "")
    {
        var bars = series.Select(s =>
        {
            if (s.Values.Length != labels.Count) throw new ArgumentException($"series '{s.Name}' has {s.Values.Length} values, expected {labels.Count} (one per label)", nameof(series));
            return Chart.Column<double, string, string>(s.Values, Keys: labels.ToArray(), Name: s.Name, ShowLegend: true);
        }).ToList();
        var chart = Chart.Combine(bars);
        return WithLayout(chart, ("title", new { text = title }), ("width", 760), ("height", 420), ("barmode", "group"), ("yaxis", new { title = new { text = valueAxis } }));
    }

    /// <summary>Several y series over one x axis (e.g. images/s per batch size), one line each.</summary>
    public static GenericChart Lines(IEnumerable<(string Name, double[] X, double[] Y)> series, string title = "", string xTitle = "", string yTitle = "")
    {
        var chart = Chart.Combine(series.Select(s => Chart.Line<double, double, string>(s.X, s.Y, Name: s.Name, ShowMarkers: true)));
        return WithLayout(chart, ("title", new { text = title }), ("width", 760), ("height", 420),
            ("xaxis", new { title = new { text = xTitle } }), ("yaxis", new { title = new { text = yTitle } }));
    }

    /// <summary>
    /// Points (no lines) of several series, e.g. one quantity computed two ways against each other; with
    /// <paramref name="identityLine"/>, the line y = x across the data, on which such pairs fall when they agree.
    /// </summary>
    public static GenericChart Scatter(IEnumerable<(string Name, double[] X, double[] Y)> series, string title = "", string xTitle = "", string yTitle = "", bool identityLine = false)
    {
        var list = series.ToList();
        var traces = list.Select(s => Chart.Point<double, double, string>(s.X, s.Y, Name: s.Name)).ToList();
        if (identityLine)
        {
            var all = list.SelectMany(s => s.X.Concat(s.Y)).ToList();
            double lo = all.DefaultIfEmpty(0).Min(), hi = all.DefaultIfEmpty(1).Max();
            traces.Add(Chart.Line<double, double, string>([lo, hi], [lo, hi], Name: "y = x"));
        }
        var chart = Chart.Combine(traces);
        return WithLayout(chart, ("title", new { text = title }), ("width", 560), ("height", 480),
            ("xaxis", new { title = new { text = xTitle } }), ("yaxis", new { title = new { text = yTitle } }));
    }

    /// <summary>Writes a standalone, offline HTML page with the chart (through a temporary file).</summary>
    public static void SaveHtml(GenericChart chart, string path, string title = "chart") =>
        AtomicFile.WriteAllText(path, ChartHtml.Page(chart, title));

    /// <summary>A 2-D tensor as rows of doubles (what Plotly.NET's heatmaps take).</summary>
    public static double[][] ToRows(Tensor matrix)
    {
        using var m = matrix.detach().cpu().to_type(ScalarType.Float64).contiguous();
        if (m.dim() != 2) throw new ArgumentException($"expected a 2-D tensor, got shape {m.shape.Str()}");
        var flat = m.data<double>().ToArray();
        int rows = (int)m.shape[0], cols = (int)m.shape[1];
        return Enumerable.Range(0, rows).Select(r => flat.AsSpan(r * cols, cols).ToArray()).ToArray();
    }

    /// <summary>
    /// Sets plotly.js layout attributes by name (plotly's own JSON names, e.g. "width", "xaxis2"), each to an
    /// object serialized as JSON. Existing attributes of the same name are replaced.
    /// </summary>
    public static GenericChart WithLayout(GenericChart chart, params (string Name, object Value)[] settings)
    {
        var layout = GenericChart.getLayout(chart);
        foreach (var (name, value) in settings) layout.SetProperty(name, value);
        return GenericChart.setLayout(layout, chart);
    }
}

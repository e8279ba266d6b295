using System.Net;
using Plotly.NET;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace CnnCourse.Visualization;

/// <summary>
/// Masks drawn over their images: each class gets a colour from <see cref="Palette"/>, blended into the picture
/// except for the background class, so the input, the ground truth and the prediction can be compared side by side.
/// </summary>
public static class SegmentationView
{
    /// <summary>Class colours (RGB 0..255), reused cyclically; index 0 is grey for a background class.</summary>
    public static IReadOnlyList<(int R, int G, int B)> Palette { get; } =
        [(128, 128, 128), (230, 25, 75), (60, 180, 75), (0, 130, 200), (255, 225, 25), (245, 130, 48), (145, 30, 180), (70, 240, 240), (240, 50, 230), (170, 110, 40), (0, 128, 128)];

    /// <summary>
    /// Images (N, C, H, W) in [0, 1] with masks (N, H, W) blended in at <paramref name="alpha"/>: (N, 3, H, W) in [0, 1].
    /// Pixels of <paramref name="backgroundClass"/> (null: none) keep the image's own colour.
    /// </summary>
    public static Tensor Overlay(Tensor images, Tensor masks, int numClasses, int? backgroundClass = 0, double alpha = 0.55)
    {
        if (images.dim() != 4 || masks.dim() != 3 || images.shape[0] != masks.shape[0] || images.shape[2] != masks.shape[1] || images.shape[3] != masks.shape[2])
            throw new ArgumentException($"images {images.shape.Str()} and masks {masks.shape.Str()}: expected (N, C, H, W) and (N, H, W) of the same N, H, W");
        using var scope = NewDisposeScope();
        var rgb = (images.shape[1] == 1 ? images.expand(-1, 3, -1, -1) : images).detach().cpu().to_type(ScalarType.Float32);
        var colors = tensor(Enumerable.Range(0, numClasses).SelectMany(c => { var p = Palette[c % Palette.Count]; return new[] { p.R / 255f, p.G / 255f, p.B / 255f }; }).ToArray(),
            new long[] { numClasses, 3 });
        var m = masks.detach().cpu().to_type(ScalarType.Int64);
        var colored = colors.index_select(0, m.reshape(-1)).view(m.shape[0], m.shape[1], m.shape[2], 3).permute(0, 3, 1, 2);   // (N, 3, H, W)
        var weight = full_like(m, alpha, dtype: ScalarType.Float32);
        if (backgroundClass is { } b) weight = weight.masked_fill(m.eq(b), 0);
        weight = weight.unsqueeze(1);                                                                                          // (N, 1, H, W)
        return (rgb * (1 - weight) + colored * weight).clamp(0, 1).MoveToOuterDisposeScope();
    }

    /// <summary>RGB images (N, 3, H, W) in [0, 1] as a grid of plotly image traces, titles optional.</summary>
    public static GenericChart RgbGrid(Tensor images, IReadOnlyList<string>? titles = null, int columns = 3, int cellSize = 180)
    {
        if (images.dim() != 4 || images.shape[1] != 3) throw new ArgumentException($"images: shape {images.shape.Str()}, expected (N, 3, H, W)");
        int n = (int)images.shape[0];
        if (n == 0) throw new ArgumentException("images: the batch is empty");
        columns = Math.Min(columns, n);
        int rows = (n + columns - 1) / columns;
        using var scope = NewDisposeScope();
        var bytes = images.detach().cpu().clamp(0, 1).mul(255).round().to_type(ScalarType.Int32).permute(0, 2, 3, 1).contiguous();   // (N, H, W, 3)
        int h = (int)bytes.shape[1], w = (int)bytes.shape[2];
        var flat = bytes.data<int>().ToArray();
        var cells = new List<GenericChart>();
        for (int i = 0; i < rows * columns; i++)
        {
            int index = i;
            var z = i >= n
                ? [[(IEnumerable<int>)new[] { 255, 255, 255 }]]   // a blank cell fills the last row
                : Enumerable.Range(0, h).Select(y => Enumerable.Range(0, w).Select(x =>
                {
                    int at = ((index * h + y) * w + x) * 3;
                    return (IEnumerable<int>)new[] { flat[at], flat[at + 1], flat[at + 2] };
                }).ToArray()).ToArray();
            cells.Add(Chart.Image<string>(Z: z));
        }
        var subtitles = (titles ?? []).Concat(Enumerable.Repeat("", rows * columns)).Take(rows * columns).ToArray();
        var grid = Chart.Grid(cells, rows, columns, SubPlotTitles: subtitles, XGap: 0.04, YGap: titles is null ? 0.04 : 0.15);
        // Plotly's default margins (80 px top and bottom) would leave a one-row grid almost no room.
        var settings = new List<(string, object)>
        {
            ("width", Math.Max(300, columns * cellSize + 20)), ("height", rows * (cellSize + (titles is null ? 0 : 30)) + 50),
            ("margin", new { l = 10, r = 10, t = 40, b = 10 }),
        };
        for (int i = 1; i <= rows * columns; i++)
        {
            string suffix = i == 1 ? "" : i.ToString();
            settings.Add(("xaxis" + suffix, new { visible = false }));
            settings.Add(("yaxis" + suffix, new { visible = false, scaleanchor = "x" + suffix }));
        }
        return Charts.WithLayout(grid, [.. settings]);
    }

    /// <summary>
    /// For each example, three pictures side by side: the input, the true mask over it, the predicted mask over it;
    /// <paramref name="examplesPerRow"/> examples to a row (two by default: a grid wider than tall, as a screen or a
    /// slide is). Images (N, C, H, W), masks (N, H, W); titles name each example.
    /// </summary>
    public static GenericChart Compare(Tensor images, Tensor truth, Tensor predicted, int numClasses, int? backgroundClass = 0, int cellSize = 180, int examplesPerRow = 2)
    {
        if (examplesPerRow < 1) throw new ArgumentException($"examplesPerRow: {examplesPerRow}, expected at least 1");
        using var scope = NewDisposeScope();
        int n = (int)images.shape[0];
        var plain = Overlay(images, zeros_like(truth), numClasses, backgroundClass: null, alpha: 0);
        var withTruth = Overlay(images, truth, numClasses, backgroundClass);
        var withPrediction = Overlay(images, predicted, numClasses, backgroundClass);
        var rows = stack([plain, withTruth, withPrediction], 1).reshape(3 * n, 3, images.shape[2], images.shape[3]);   // input, truth, prediction per example
        var titles = Enumerable.Range(0, n).SelectMany(i => new[] { $"input {i}", "ground truth", "prediction" }).ToList();
        return RgbGrid(rows, titles, columns: 3 * Math.Min(examplesPerRow, n), cellSize: cellSize);
    }

    /// <summary>The class colours as a line of HTML swatches.</summary>
    public static HtmlString Legend(IReadOnlyList<string> classNames, int? backgroundClass = 0) =>
        new("<div class=\"cnn-legend\">" + string.Join(" ", classNames.Select((name, c) =>
        {
            var (r, g, b) = Palette[c % Palette.Count];
            string swatch = c == backgroundClass ? "background: none; border: 1px solid #999" : $"background: rgb({r},{g},{b})";
            return $"<span style=\"display:inline-block;width:1em;height:1em;{swatch};vertical-align:middle\"></span> {WebUtility.HtmlEncode(name)}";
        })) + "</div>");
}

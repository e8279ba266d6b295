using System.Globalization;
using System.Net;
using System.Text;

namespace CnnCourse.Models;

/// <summary>
/// A picture of a network, drawn from its <see cref="ModelSummary"/>: one block per layer in the order the forward
/// pass runs them, each with its name, its kind and the shape it outputs, left to right from the input. Because it is
/// drawn from the summary of the very object the notebook trains, the picture cannot disagree with the code. It shows
/// a pipeline: connections that skip layers (residual shortcuts, UNet's copies) are not in a summary and not drawn.
/// </summary>
public static class ModelDiagram
{
    const int BlockWidth = 132, Gap = 22, Top = 34, RowHeight = 150, PerRow = 7;

    /// <summary>The blocks the diagram draws: the summary's layers down to <paramref name="depth"/>.</summary>
    public static IReadOnlyList<LayerSummary> Blocks(ModelSummary summary, int depth = 0) =>
        summary.Layers.Where(l => l.Depth <= depth).ToList();

    /// <summary>An SVG of the model, wrapping onto several rows when it has many layers.</summary>
    public static string Svg(ModelSummary summary, int depth = 0)
    {
        var blocks = Blocks(summary, depth);
        int columns = Math.Min(PerRow, blocks.Count + 1);
        int rows = (blocks.Count + 1 + PerRow - 1) / PerRow;
        int width = columns * (BlockWidth + Gap) + Gap, height = Top + rows * RowHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"cnn-model-diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Gap}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(summary.ModelName)}: {summary.TotalParameters.ToString("N0", CultureInfo.InvariantCulture)} parameters</text>");
        var items = new List<(string Name, string Kind, long[] Shape, long Parameters)> { ("input", "", summary.InputShape, 0) };
        items.AddRange(blocks.Select(b => (b.Name, b.Type, b.OutputShape, b.Parameters)));
        for (int i = 0; i < items.Count; i++)
        {
            var (name, kind, shape, parameters) = items[i];
            int x = Gap + i % PerRow * (BlockWidth + Gap), y = Top + i / PerRow * RowHeight;
            int blockHeight = BlockHeight(shape);
            string fill = Fill(kind);
            svg.Append(CultureInfo.InvariantCulture, $"<g data-layer=\"{Escape(name)}\" data-shape=\"{shape.Str()}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y + 8}\" width=\"{BlockWidth}\" height=\"{blockHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#555\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BlockWidth / 2}\" y=\"{y + 26}\" font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(name)}</text>");
            if (kind.Length > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BlockWidth / 2}\" y=\"{y + 42}\" font-size=\"11\" text-anchor=\"middle\">{Escape(kind)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BlockWidth / 2}\" y=\"{y + blockHeight + 24}\" font-size=\"11\" text-anchor=\"middle\">{shape.Str()}</text>");
            if (parameters > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BlockWidth / 2}\" y=\"{y + blockHeight + 38}\" font-size=\"10\" fill=\"#666\" text-anchor=\"middle\">{parameters.ToString("N0", CultureInfo.InvariantCulture)} params</text>");
            if (i + 1 < items.Count && (i + 1) % PerRow != 0)
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x + BlockWidth + 2} {y + 30} h{Gap - 6}\" stroke=\"#333\" marker-end=\"url(#cnn-arrow)\"/>");
            svg.Append("</g>");
        }
        svg.Append("<defs><marker id=\"cnn-arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"6\" refY=\"3\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"#333\"/></marker></defs>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Taller blocks for maps with more channels, so the eye follows the volume through the network.</summary>
    static int BlockHeight(long[] shape)
    {
        long channels = shape.Length >= 2 ? shape[1] : 1;
        return (int)Math.Clamp(44 + 12 * Math.Log2(Math.Max(1, channels)), 44, 104);
    }

    internal static string Fill(string kind) => kind switch
    {
        _ when kind.Contains("Conv", StringComparison.Ordinal) => "#cfe3f7",
        _ when kind.Contains("Pool", StringComparison.Ordinal) => "#f7e3c8",
        "Linear" => "#d8efd2",
        _ when kind.Contains("Dropout", StringComparison.Ordinal) => "#eeeeee",
        "" => "#ffffff",
        _ => "#f2e6f7",
    };

    static string Escape(string text) => WebUtility.HtmlEncode(text);
}

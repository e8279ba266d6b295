using System.Globalization;
using System.Net;
using System.Text;

namespace CnnCourse.Models;

/// <summary>
/// Pictures of the blocks whose data flow branches, which <see cref="ModelDiagram"/>'s pipeline cannot show, drawn from
/// the <see cref="ModelSummary"/> of the very block a notebook builds: an Inception module (its branches side by side,
/// joined by a concatenation on the channel axis), a residual block (its main path, with the shortcut arching over
/// it into the sum) and a UNet (the U of its levels, with the skip connections across). Each box shows a layer's name,
/// kind and output shape.
/// </summary>
public static class BranchDiagram
{
    const int BoxWidth = 150, BoxHeight = 46, Gap = 26, Top = 34;

    /// <summary>
    /// An Inception module: input on top, each top-level branch of the summary as a column of its layers, then the
    /// concatenation with the module's output shape. Branches are the summary's depth-0 layers; their layers, depth 1.
    /// </summary>
    public static string Inception(ModelSummary summary)
    {
        var branches = summary.Layers.Where(l => l.Depth == 0).ToList();
        if (branches.Count == 0) throw new ArgumentException($"{summary.ModelName}: the summary has no top-level layers to draw as branches");
        var columns = branches.Select(b => summary.Layers.Where(l => l.Depth == 1 && l.Name.StartsWith(b.Name + ".", StringComparison.Ordinal)).ToList()).ToList();
        int rows = columns.Max(c => Math.Max(1, c.Count));
        int width = branches.Count * (BoxWidth + Gap) + Gap;
        int inputY = Top, firstRowY = Top + BoxHeight + 2 * Gap, concatY = firstRowY + rows * (BoxHeight + Gap) + Gap;
        int height = concatY + BoxHeight + Gap;
        var svg = Begin(width, height, $"{summary.ModelName}: {branches.Count} branches, concatenated on the channel axis");
        int centre = width / 2 - BoxWidth / 2;
        Box(svg, centre, inputY, "input", "", summary.InputShape, "#eeeeee");
        for (int b = 0; b < branches.Count; b++)
        {
            int x = Gap + b * (BoxWidth + Gap);
            var layers = columns[b].Count > 0 ? columns[b] : [branches[b]];
            Arrow(svg, width / 2, inputY + BoxHeight, x + BoxWidth / 2, firstRowY);
            for (int r = 0; r < layers.Count; r++)
            {
                int y = firstRowY + r * (BoxHeight + Gap);
                Box(svg, x, y, $"{branches[b].Name}.{layers[r].Name.Split('.').Last()}", layers[r].Type, layers[r].OutputShape, ModelDiagram.Fill(layers[r].Type));
                if (r + 1 < layers.Count) Arrow(svg, x + BoxWidth / 2, y + BoxHeight, x + BoxWidth / 2, y + BoxHeight + Gap);
            }
            // Down its own column to the row above the concatenation, then in: no line crosses another branch's boxes.
            int lastY = firstRowY + (layers.Count - 1) * (BoxHeight + Gap) + BoxHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x + BoxWidth / 2} {lastY} V{concatY - Gap / 2} L{width / 2} {concatY}\" fill=\"none\" stroke=\"#333\" marker-end=\"url(#cnn-arrow)\"/>");
        }
        Box(svg, centre, concatY, "concatenate", "channel axis", summary.OutputShape, "#fde2b5");
        return End(svg);
    }

    /// <summary>
    /// A residual block: input, the main path's layers left to right, the sum, the last activation. The shortcut arches
    /// over the main path into the sum, labelled with <paramref name="shortcutKind"/> ("identity", "projection" with its
    /// layers' shape, or "none": a plain block, drawn without a shortcut). The summary's depth-0 layers named
    /// "shortcut" (the shortcut) and the last one (after the sum) are placed accordingly.
    /// </summary>
    public static string Residual(ModelSummary summary, string shortcutKind)
    {
        var top = summary.Layers.Where(l => l.Depth == 0).ToList();
        if (top.Count < 2) throw new ArgumentException($"{summary.ModelName}: expected a main path and a last activation in the summary");
        var shortcut = top.FirstOrDefault(l => l.Name == "shortcut");
        var main = top.Where(l => l != shortcut).ToList();
        var last = main[^1];
        main.RemoveAt(main.Count - 1);
        int count = main.Count + 3;   // input, main path, sum, last activation
        int width = count * (BoxWidth + Gap) + Gap, rowY = Top + 4 * Gap, height = rowY + BoxHeight + 2 * Gap;
        var svg = Begin(width, height, $"{summary.ModelName}: y = {(shortcutKind == "none" ? "ReLU(F(x)), no shortcut" : "ReLU(F(x) + shortcut(x))")}");
        int X(int i) => Gap + i * (BoxWidth + Gap);
        Box(svg, X(0), rowY, "input x", "", summary.InputShape, "#eeeeee");
        for (int i = 0; i < main.Count; i++)
            Box(svg, X(i + 1), rowY, main[i].Name, main[i].Type, main[i].OutputShape, ModelDiagram.Fill(main[i].Type));
        int sum = main.Count + 1;
        int cx = X(sum) + BoxWidth / 2, cy = rowY + BoxHeight / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<g data-layer=\"sum\"><circle cx=\"{cx}\" cy=\"{cy}\" r=\"18\" fill=\"#fde2b5\" stroke=\"#555\"/><text x=\"{cx}\" y=\"{cy + 7}\" font-size=\"22\" text-anchor=\"middle\">{(shortcutKind == "none" ? "·" : "+")}</text></g>");
        Box(svg, X(sum + 1), rowY, last.Name, last.Type, last.OutputShape, ModelDiagram.Fill(last.Type));
        for (int i = 0; i < sum; i++) Arrow(svg, X(i) + BoxWidth, cy, i + 1 == sum ? cx - 18 : X(i + 1), cy);
        Arrow(svg, cx + 18, cy, X(sum + 1), cy);
        if (shortcutKind != "none")
        {
            int fromX = X(0) + BoxWidth / 2, archY = Top + Gap;
            string label = shortcut is null || shortcutKind == "identity" ? "shortcut: identity, x unchanged"
                : $"shortcut: {shortcutKind} ({shortcut.Type}, {shortcut.OutputShape.Str()}, {shortcut.Parameters.ToString("N0", CultureInfo.InvariantCulture)} params)";
            svg.Append(CultureInfo.InvariantCulture, $"<path data-layer=\"shortcut\" d=\"M{fromX} {rowY} V{archY} H{cx} V{cy - 18}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" marker-end=\"url(#cnn-arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(fromX + cx) / 2}\" y=\"{archY - 6}\" font-size=\"12\" fill=\"#c0392b\" text-anchor=\"middle\">{Escape(label)}</text>");
        }
        return End(svg);
    }

    /// <summary>
    /// A UNet as its U (read with <see cref="UNetLevels"/>): the encoder levels going down on the left, the bottleneck at
    /// the bottom, the decoder levels going up on the right, and at each level the skip connection across the U, the
    /// encoder's maps copied and concatenated with the upsampled ones; the 1x1 head gives the class scores.
    /// </summary>
    public static string UNet(ModelSummary summary)
    {
        var levels = UNetLevels.Of(summary);
        int depth = levels.Count - 1;
        int step = BoxWidth * 3 / 4 + Gap, rowHeight = BoxHeight + Gap;
        int width = 2 * depth * step + BoxWidth + 2 * Gap + BoxWidth + Gap, height = Top + 10 + (depth + 1) * rowHeight + Gap;
        var svg = Begin(width, height, $"{summary.ModelName}: {depth} levels down, {depth} up, a skip connection at each");
        int Y(int level) => Top + 10 + level * rowHeight;
        int LeftX(int level) => Gap + level * step;
        int RightX(int level) => Gap + (2 * depth - level) * step;
        for (int level = 0; level < depth; level++)
        {
            var l = levels[level];
            Box(svg, LeftX(level), Y(level), $"encoders.{level}", "DoubleConv", Parse(l.Encoder), "#cfe3f7");
            Box(svg, RightX(level), Y(level), $"decoders.{depth - 1 - level}", "DoubleConv", Parse(l.Decoder), "#cfe3f7");
            Arrow(svg, LeftX(level) + BoxWidth / 2, Y(level) + BoxHeight, LeftX(level + 1) + BoxWidth / 2, Y(level + 1));   // max pooling down
            Arrow(svg, RightX(level + 1) + BoxWidth / 2, Y(level + 1), RightX(level) + BoxWidth / 2, Y(level) + BoxHeight);   // transpose convolution up
            svg.Append(CultureInfo.InvariantCulture, $"<path data-layer=\"skip.{level}\" d=\"M{LeftX(level) + BoxWidth} {Y(level) + BoxHeight / 2} H{RightX(level)}\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"6 4\" marker-end=\"url(#cnn-arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(LeftX(level) + BoxWidth + RightX(level)) / 2}\" y=\"{Y(level) + BoxHeight / 2 - 5}\" font-size=\"11\" fill=\"#c0392b\" text-anchor=\"middle\">{Escape(l.Concatenated)}</text>");
        }
        Box(svg, LeftX(depth), Y(depth), "bottleneck", "DoubleConv", Parse(levels[depth].Encoder), "#f2e6f7");
        var head = summary.Layer("head");
        int headX = RightX(0) + BoxWidth + Gap;
        Box(svg, headX, Y(0), "head", head.Type, head.OutputShape, "#d8efd2");
        Arrow(svg, RightX(0) + BoxWidth, Y(0) + BoxHeight / 2, headX, Y(0) + BoxHeight / 2);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Gap}\" y=\"{height - 8}\" font-size=\"11\" fill=\"#555\">down: 2x2 max pooling; up: 2x2 transpose convolution; red, dashed: the skip connections, copied and concatenated with the upsampled maps (the shape after)</text>");
        return End(svg);
    }

    static long[] Parse(string shape) => shape.Trim('(', ')').Split(',').Select(p => long.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();

    static StringBuilder Begin(int width, int height, string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"cnn-branch-diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Gap}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>");
        return svg;
    }

    static string End(StringBuilder svg) =>
        svg.Append("<defs><marker id=\"cnn-arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"6\" refY=\"3\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\" fill=\"#333\"/></marker></defs></svg>").ToString();

    static void Box(StringBuilder svg, int x, int y, string name, string kind, long[] shape, string fill)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<g data-layer=\"{Escape(name)}\" data-shape=\"{shape.Str()}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 15}\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"bold\">{Escape(name)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 28}\" font-size=\"10\" text-anchor=\"middle\">{Escape(kind)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 41}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\">{shape.Str()}</text></g>");
    }

    static void Arrow(StringBuilder svg, int x1, int y1, int x2, int y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x1} {y1} L{x2} {y2}\" stroke=\"#333\" marker-end=\"url(#cnn-arrow)\"/>");

    static string Escape(string text) => WebUtility.HtmlEncode(text);
}

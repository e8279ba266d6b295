namespace CnnCourse.Models;

/// <summary>
/// One level of a <see cref="UNet"/>, read off a <see cref="ModelSummary"/>: the encoder's output (which is also the skip
/// connection), its pooled size, and on the way back up the transpose convolution's output, the concatenation of the two
/// (channels added) and the decoder's output. The bottleneck level has only <see cref="Encoder"/>. Parameters counts the
/// level's DoubleConvs and transpose convolution.
/// </summary>
public sealed record UNetLevel(int Level, string Encoder, string Pooled, string Upsampled, string Concatenated, string Decoder, long Parameters);

/// <summary>The U of a UNet as a table: a row per level from the top (full resolution) down to the bottleneck.</summary>
public static class UNetLevels
{
    /// <summary>
    /// The levels of a summary made by <c>ModelSummary.Of(unet, ...)</c> (layer names encoders.i, pools.i, bottleneck,
    /// upsamplers.j, decoders.j, where decoder j works on level Depth - 1 - j); throws when those layers are missing.
    /// </summary>
    public static IReadOnlyList<UNetLevel> Of(ModelSummary summary)
    {
        int depth = summary.Layers.Count(l => l.Name.StartsWith("encoders.", StringComparison.Ordinal) && l.Name.IndexOf('.', "encoders.".Length) < 0);
        if (depth == 0 || !summary.Layers.Any(l => l.Name == "bottleneck"))
            throw new ArgumentException($"{summary.ModelName}: no encoders.0 or bottleneck layer, expected a UNet's summary; layers: {string.Join(", ", summary.Layers.Select(l => l.Name).Take(12))}", nameof(summary));
        var levels = new List<UNetLevel>();
        for (int level = 0; level < depth; level++)
        {
            var encoder = summary.Layer($"encoders.{level}");
            int up = depth - 1 - level;   // the decoder path runs bottom-up
            var upsampled = summary.Layer($"upsamplers.{up}");
            var decoder = summary.Layer($"decoders.{up}");
            // The skip connection: the upsampled maps and the encoder's maps of the same size, stacked on the channel axis.
            long[] concatenated = [upsampled.OutputShape[0], upsampled.OutputShape[1] + encoder.OutputShape[1], upsampled.OutputShape[2], upsampled.OutputShape[3]];
            levels.Add(new UNetLevel(level, encoder.ShapeText, summary.Layer($"pools.{level}").ShapeText, upsampled.ShapeText,
                concatenated.Str(), decoder.ShapeText, encoder.Parameters + upsampled.Parameters + decoder.Parameters));
        }
        var bottleneck = summary.Layer("bottleneck");
        levels.Add(new UNetLevel(depth, bottleneck.ShapeText, "", "", "", "", bottleneck.Parameters));
        return levels;
    }
}

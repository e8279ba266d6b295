namespace CnnCourse.Models;

/// <summary>One conv + max-pool group of a VGG, read off a <see cref="ModelSummary"/>: its convolutions, output shape and parameters.</summary>
public sealed record VggGroup(int Group, int Convolutions, long Channels, string OutputShape, long Parameters);

/// <summary>Splits a VGG's feature layers (TorchVision naming: features.0, features.1, ...) into the groups that each end in a max pool.</summary>
public static class VggGroups
{
    /// <summary>The groups in order; throws when the summary has no max-pooled feature layers under <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<VggGroup> Of(ModelSummary summary, string prefix = "features.")
    {
        var groups = new List<VggGroup>();
        int convolutions = 0;
        long parameters = 0;
        foreach (var layer in summary.Layers.Where(l => l.Name.StartsWith(prefix, StringComparison.Ordinal) && l.Depth == 1))
        {
            parameters += layer.Parameters;
            if (layer.Type == "Conv2d") convolutions++;
            if (layer.Type != "MaxPool2d") continue;
            groups.Add(new VggGroup(groups.Count + 1, convolutions, layer.OutputShape[1], layer.ShapeText, parameters));
            (convolutions, parameters) = (0, 0);
        }
        if (groups.Count == 0)
            throw new ArgumentException($"{summary.ModelName}: no MaxPool2d layer under '{prefix}'; layers: {string.Join(", ", summary.Layers.Select(l => l.Name).Take(12))}", nameof(summary));
        return groups;
    }
}

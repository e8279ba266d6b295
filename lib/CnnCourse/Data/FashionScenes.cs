using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>How <see cref="FashionScenes"/> lays items out on a canvas.</summary>
/// <param name="CanvasSize">Side of the square scene in pixels (items are 28x28).</param>
/// <param name="MinItems">Fewest items per scene.</param>
/// <param name="MaxItems">Most items per scene (fewer when no free place is found).</param>
/// <param name="ForegroundThreshold">An item's pixel brighter than this belongs to the item in the mask; darker ones are background.</param>
/// <param name="MaxOverlap">Largest share of an item's 28x28 box that may overlap a box placed before it (later items lie on top).</param>
/// <param name="BalancedClasses">
/// Pick each item's scene class uniformly first, then an item of that class, so trousers and bags are as frequent as tops;
/// false (the default) picks items uniformly, and half of Fashion-MNIST is tops.
/// </param>
public sealed record SceneLayout(int CanvasSize = 64, int MinItems = 1, int MaxItems = 4, float ForegroundThreshold = 0.05f, double MaxOverlap = 0.25,
    bool BalancedClasses = false)
{
    public const int ItemSize = 28;
}

/// <summary>
/// A segmentation dataset made offline and deterministically from Fashion-MNIST: each scene (1, S, S) holds a few
/// items at random places, and its mask (S, S) gives every pixel a class: background, or the group of the item
/// on top there. Five classes: background, top (T-shirt, pullover, dress, coat, shirt), trouser, shoe (sandal,
/// sneaker, ankle boot) and bag. The same items, count and seed always give the same scenes.
/// </summary>
public static class FashionScenes
{
    public static IReadOnlyList<string> ClassNames { get; } = ["background", "top", "trouser", "shoe", "bag"];

    /// <summary>Scene class of each Fashion-MNIST class (0 is background).</summary>
    public static IReadOnlyList<int> SceneClassOf { get; } = [1, 2, 1, 1, 1, 3, 1, 3, 4, 3];

    /// <summary>
    /// <paramref name="count"/> scenes built from the images of <paramref name="items"/> (Fashion-MNIST (N, 1, 28, 28)
    /// with its 10 labels): images (count, 1, S, S) in [0, 1], masks (count, S, S) int64 in 0..4.
    /// </summary>
    public static ImageDataset Make(ImageDataset items, int count, long seed, SceneLayout? layout = null)
    {
        layout ??= new SceneLayout();
        const int k = SceneLayout.ItemSize;
        int s = layout.CanvasSize;
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "number of scenes must be positive");
        if (s < k) throw new ArgumentException($"layout: canvas {s}x{s} is smaller than an item ({k}x{k})", nameof(layout));
        if (layout.MinItems < 1 || layout.MaxItems < layout.MinItems)
            throw new ArgumentException($"layout: items {layout.MinItems}..{layout.MaxItems}, expected 1 <= min <= max", nameof(layout));
        if (items.Images.dim() != 4 || items.Images.shape[1] != 1 || items.Images.shape[2] != k || items.Images.shape[3] != k || items.Labels.dim() != 1)
            throw new ArgumentException($"{items.Source}: images {items.Images.shape.Str()}, labels {items.Labels.shape.Str()}; expected Fashion-MNIST (N, 1, 28, 28) with (N) labels", nameof(items));

        var pixels = items.Images.contiguous().data<float>().ToArray();
        var labels = items.Labels.data<long>().ToArray();
        if (labels.Any(l => l < 0 || l >= SceneClassOf.Count))
            throw new ArgumentException($"{items.Source}: labels outside 0..{SceneClassOf.Count - 1}; expected the 10 Fashion-MNIST classes", nameof(items));

        // Items of each scene class, for balanced picking; only the classes the items have can be picked.
        var itemsOfClass = Enumerable.Range(1, ClassNames.Count - 1)
            .Select(c => Enumerable.Range(0, labels.Length).Where(i => SceneClassOf[(int)labels[i]] == c).ToArray())
            .Where(members => members.Length > 0).ToArray();

        var random = new Random(checked((int)seed));   // a seeded System.Random repeats its sequence on every platform
        var canvas = new float[(long)count * s * s];
        var masks = new long[(long)count * s * s];
        var placed = new List<(int X, int Y)>();
        for (int scene = 0; scene < count; scene++)
        {
            long offset = (long)scene * s * s;
            int wanted = random.Next(layout.MinItems, layout.MaxItems + 1);
            placed.Clear();
            for (int attempt = 0; placed.Count < wanted && attempt < 30 * wanted; attempt++)
            {
                int x = random.Next(s - k + 1), y = random.Next(s - k + 1);
                if (placed.Any(p => Overlap(p.X, p.Y, x, y, k) > layout.MaxOverlap * k * k)) continue;
                placed.Add((x, y));
                int item = layout.BalancedClasses ? PickBalanced(itemsOfClass, random) : random.Next(labels.Length);
                long sceneClass = SceneClassOf[(int)labels[item]];
                int source = item * k * k;
                for (int r = 0; r < k; r++)
                    for (int c = 0; c < k; c++)
                    {
                        float v = pixels[source + r * k + c];
                        long at = offset + (long)(y + r) * s + x + c;
                        if (v > layout.ForegroundThreshold) { canvas[at] = v; masks[at] = sceneClass; }   // later items lie on top
                        else if (v > canvas[at] && masks[at] == 0) canvas[at] = v;                        // faint edges on background only
                    }
            }
        }
        using var scope = NewDisposeScope();
        var images = tensor(canvas, new long[] { count, 1, s, s }).MoveToOuterDisposeScope();
        var maskTensor = tensor(masks, new long[] { count, s, s }).MoveToOuterDisposeScope();
        return new ImageDataset(images, maskTensor, ClassNames, $"{count} Fashion-MNIST scenes {s}x{s} (seed {seed}) from {items.Source}");
    }

    static int PickBalanced(int[][] itemsOfClass, Random random)
    {
        var members = itemsOfClass[random.Next(itemsOfClass.Length)];
        return members[random.Next(members.Length)];
    }

    static int Overlap(int x1, int y1, int x2, int y2, int k) =>
        Math.Max(0, k - Math.Abs(x1 - x2)) * Math.Max(0, k - Math.Abs(y1 - y2));
}

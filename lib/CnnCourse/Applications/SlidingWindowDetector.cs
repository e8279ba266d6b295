using static TorchSharp.torch;

namespace CnnCourse.Applications;

/// <summary>
/// Object detection with a classifier that only knows single, centred items: slide a K x K window over the scene
/// with a stride, classify each window that holds enough ink centred in it (the classifier has only seen centred
/// items, and has no class for "part of an item" or "nothing"), keep the confident ones, and let the most confident
/// window of each place win over the windows overlapping it (non-maximum suppression). A kept window reports the
/// box of the ink inside it. Defaults: 28x28 windows every 2 pixels, ink above 0.05 on at least 10 % of a window with
/// its centre of mass at most 3 pixels from the window's centre in each direction, a probability of at least 0.5,
/// and windows overlapping by an IoU above 0.15 suppressed.
/// </summary>
/// <param name="classify">Windows (N, 1, K, K), values as in the scene, to class probabilities (N, C).</param>
/// <param name="groupOf">The group (the detector's label) of each of the C classes; a group's probability is the sum over its classes.</param>
public sealed class SlidingWindowDetector(Func<Tensor, Tensor> classify, IReadOnlyList<int> groupOf, int window = 28, int stride = 2,
    float inkThreshold = 0.05f, double minInk = 0.1, double maxCentreOffset = 3, double minScore = 0.5, double maxWindowOverlap = 0.15)
{
    public int Window => window;
    public int Stride => stride;

    /// <summary>Every window position, row by row, the last row and column flush with the scene's edge.</summary>
    public IReadOnlyList<Box> Windows(int height, int width)
    {
        if (height < window || width < window) throw new ArgumentException($"scene {height}x{width} is smaller than the {window}x{window} window");
        return [.. from y in Positions(height) from x in Positions(width) select new Box(x, y, window, window)];
    }

    IEnumerable<int> Positions(int size)
    {
        int last = size - window;
        for (int p = 0; p < last; p += stride) yield return p;
        yield return last;
    }

    /// <summary>The windows of a scene (1, H, W) or (H, W) that hold enough ink and are classified confidently, before suppression.</summary>
    public IReadOnlyList<Detection> Candidates(Tensor scene)
    {
        using var scope = NewDisposeScope();
        var map = scene.dim() switch
        {
            2 => scene,
            3 when scene.shape[0] == 1 => scene[0],
            _ => throw new ArgumentException($"scene: shape {scene.shape.Str()}, expected (1, H, W) or (H, W)", nameof(scene)),
        };
        map = map.detach().cpu().to_type(ScalarType.Float32).contiguous();
        int height = (int)map.shape[0], width = (int)map.shape[1];
        var pixels = map.data<float>().ToArray();
        var inked = Windows(height, width).Select(w => (Window: w, Ink: InkBox(pixels, width, w))).Where(c => c.Ink is not null).ToList();
        if (inked.Count == 0) return [];

        var crops = stack(inked.Select(c => map.narrow(0, c.Window.Y, window).narrow(1, c.Window.X, window)).ToArray()).unsqueeze(1);   // (N, 1, K, K)
        var probabilities = classify(crops).detach().cpu().to_type(ScalarType.Float64).contiguous();                                     // (N, C)
        int classes = (int)probabilities.shape[1];
        if (groupOf.Count != classes) throw new ArgumentException($"groupOf has {groupOf.Count} entries, the classifier gives {classes} probabilities");
        var values = probabilities.data<double>().ToArray();
        var candidates = new List<Detection>();
        for (int i = 0; i < inked.Count; i++)
        {
            var groups = new Dictionary<int, double>();
            for (int c = 0; c < classes; c++) groups[groupOf[c]] = groups.GetValueOrDefault(groupOf[c]) + values[i * classes + c];
            var (label, score) = groups.MaxBy(g => g.Value);
            if (score >= minScore) candidates.Add(new Detection(inked[i].Window, inked[i].Ink!.Value, label, score));
        }
        return candidates;
    }

    /// <summary>The detections of a scene (1, H, W) or (H, W): the candidates after non-maximum suppression.</summary>
    public IReadOnlyList<Detection> Detect(Tensor scene) => NonMaximumSuppression(Candidates(scene), maxWindowOverlap);

    /// <summary>
    /// Keeps the most confident detection, drops every other whose window overlaps it by an IoU above
    /// <paramref name="maxOverlap"/>, and repeats with the rest; whatever the class, since two windows at one place
    /// look at the same object. Ties keep the earlier detection.
    /// </summary>
    public static IReadOnlyList<Detection> NonMaximumSuppression(IEnumerable<Detection> candidates, double maxOverlap)
    {
        var kept = new List<Detection>();
        foreach (var candidate in candidates.OrderByDescending(d => d.Score))
            if (kept.All(k => k.Window.Iou(candidate.Window) <= maxOverlap)) kept.Add(candidate);
        return kept;
    }

    /// <summary>
    /// The box of the pixels above the ink threshold inside the window; null when they cover less than the minimum
    /// share, or when their centre of mass (weighted by brightness) is further from the window's centre than allowed.
    /// </summary>
    Box? InkBox(float[] pixels, int width, Box w)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, count = 0;
        double mass = 0, massX = 0, massY = 0;
        for (int y = w.Y; y < w.Y + w.Height; y++)
            for (int x = w.X; x < w.X + w.Width; x++)
            {
                float v = pixels[y * width + x];
                if (v <= inkThreshold) continue;
                count++;
                (mass, massX, massY) = (mass + v, massX + v * x, massY + v * y);
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        if (count == 0 || count < minInk * w.Area) return null;
        // Pixel x covers x .. x + 1, so the window's centre is at X + Width / 2 and a pixel's at x + 0.5.
        double offsetX = massX / mass + 0.5 - (w.X + w.Width / 2.0), offsetY = massY / mass + 0.5 - (w.Y + w.Height / 2.0);
        if (Math.Abs(offsetX) > maxCentreOffset || Math.Abs(offsetY) > maxCentreOffset) return null;
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }
}

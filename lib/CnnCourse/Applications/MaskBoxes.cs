using static TorchSharp.torch;

namespace CnnCourse.Applications;

/// <summary>
/// Ground-truth boxes read from a segmentation mask (H, W) of class indices: one box per connected region of a
/// class (8-neighbours). Regions of the same class closer than <c>mergeGap</c> pixels become one box, because one
/// item can fall apart into pieces (a sandal's straps); regions smaller than <c>minPixels</c> are dropped, because
/// an item almost hidden under another is not something to find. Two items of one class that touch become one box.
/// </summary>
public static class MaskBoxes
{
    /// <summary>The boxes of every class but <paramref name="background"/>, ordered by row, then column; defaults: gap 2, 30 pixels.</summary>
    public static IReadOnlyList<LabeledBox> Of(Tensor mask, int background = 0, int mergeGap = 2, int minPixels = 30)
    {
        if (mask.dim() != 2) throw new ArgumentException($"mask: shape {mask.shape.Str()}, expected (H, W)", nameof(mask));
        int height = (int)mask.shape[0], width = (int)mask.shape[1];
        var classes = mask.detach().cpu().to_type(ScalarType.Int64).contiguous().data<long>().ToArray();
        var seen = new bool[classes.Length];
        var regions = new List<Region>();
        var stack = new Stack<int>();
        for (int start = 0; start < classes.Length; start++)
        {
            if (seen[start] || classes[start] == background) continue;
            long label = classes[start];
            var region = new Region((int)label, start % width, start / width, start % width, start / width, 0);
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int at = stack.Pop(), x = at % width, y = at / width;
                region = region.With(x, y);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy, next = ny * width + nx;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height || seen[next] || classes[next] != label) continue;
                        seen[next] = true;
                        stack.Push(next);
                    }
            }
            regions.Add(region);
        }
        // Join close pieces of one class until no two are within the gap (a join can bring a third piece close).
        for (bool joined = true; joined;)
        {
            joined = false;
            for (int i = 0; i < regions.Count && !joined; i++)
                for (int j = i + 1; j < regions.Count && !joined; j++)
                    if (regions[i].Label == regions[j].Label && regions[i].Near(regions[j], mergeGap))
                    {
                        regions[i] = regions[i].Join(regions[j]);
                        regions.RemoveAt(j);
                        joined = true;
                    }
        }
        return regions.Where(r => r.Pixels >= minPixels)
            .Select(r => new LabeledBox(new Box(r.Left, r.Top, r.Right - r.Left + 1, r.Bottom - r.Top + 1), r.Label))
            .OrderBy(b => b.Box.Y).ThenBy(b => b.Box.X).ToList();
    }

    /// <summary>A region's class, its inclusive bounds and its pixel count.</summary>
    sealed record Region(int Label, int Left, int Top, int Right, int Bottom, int Pixels)
    {
        public Region With(int x, int y) =>
            new(Label, Math.Min(Left, x), Math.Min(Top, y), Math.Max(Right, x), Math.Max(Bottom, y), Pixels + 1);

        public bool Near(Region other, int gap) =>
            Left - gap <= other.Right && other.Left - gap <= Right && Top - gap <= other.Bottom && other.Top - gap <= Bottom;

        public Region Join(Region other) =>
            new(Label, Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom), Pixels + other.Pixels);
    }
}

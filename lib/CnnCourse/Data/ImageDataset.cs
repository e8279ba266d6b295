using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>
/// Images and labels held in memory: <c>Images</c> (N, C, H, W) float32 in [0, 1], <c>Labels</c> (N) int64, or
/// (N, H, W) int64 for segmentation (a class per pixel, a mask per image).
/// <c>Source</c> says where the data came from, so notebooks can show it.
/// </summary>
public sealed record ImageDataset(Tensor Images, Tensor Labels, IReadOnlyList<string> ClassNames, string Source) : IDisposable
{
    public long Count => Images.shape[0];
    public int NumClasses => ClassNames.Count;

    /// <summary>The first <paramref name="count"/> examples (or all when fewer), sharing memory.</summary>
    public ImageDataset Take(long count)
    {
        long n = Math.Min(count, Count);
        return this with { Images = Images.narrow(0, 0, n), Labels = Labels.narrow(0, 0, n) };
    }

    /// <summary>All examples after the first <paramref name="count"/> (none when fewer), sharing memory: what <see cref="Take"/> leaves.</summary>
    public ImageDataset Skip(long count)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, "examples to skip must be 0 or more");
        long start = Math.Min(count, Count);
        return this with { Images = Images.narrow(0, start, Count - start), Labels = Labels.narrow(0, start, Count - start) };
    }

    /// <summary>The first <paramref name="perClass"/> examples of every class (fewer where a class has fewer), in their original order.</summary>
    public ImageDataset TakePerClass(int perClass)
    {
        if (perClass <= 0) throw new ArgumentOutOfRangeException(nameof(perClass), perClass, "examples per class must be positive");
        using var scope = NewDisposeScope();
        var labels = Labels.cpu().data<long>().ToArray();
        var taken = new int[NumClasses];
        var keep = new List<long>();
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] >= 0 && labels[i] < NumClasses && taken[labels[i]]++ < perClass) keep.Add(i);
        var index = tensor(keep.ToArray(), device: Labels.device);
        var images = Images.index_select(0, index.to(Images.device)).MoveToOuterDisposeScope();
        var picked = Labels.index_select(0, index).MoveToOuterDisposeScope();
        return this with { Images = images, Labels = picked, Source = $"{Source}, {perClass} per class" };
    }

    /// <summary>Only the examples of the given classes, relabelled 0..k-1 in the order given.</summary>
    public ImageDataset WithClasses(params int[] classes)
    {
        if (Labels.dim() != 1) throw new InvalidOperationException($"{Source}: WithClasses needs one label per image, but the labels are masks {Labels.shape.Str()}");
        using var scope = NewDisposeScope();
        var mask = zeros(Count, dtype: ScalarType.Bool);
        var relabelled = Labels.clone();
        for (int i = 0; i < classes.Length; i++)
        {
            var isClass = Labels.eq(classes[i]);
            mask = mask.logical_or(isClass);
            relabelled = relabelled.masked_fill(isClass, i);
        }
        var index = mask.nonzero().squeeze(1);
        var images = Images.index_select(0, index).MoveToOuterDisposeScope();
        var labels = relabelled.index_select(0, index).MoveToOuterDisposeScope();
        return new ImageDataset(images, labels, classes.Select(c => ClassNames[c]).ToArray(), $"{Source}, classes {string.Join("+", classes)}");
    }

    /// <summary>
    /// The images resized to <paramref name="size"/> x <paramref name="size"/> (bilinear) and, if gray, repeated to 3 channels:
    /// (N, 1 or 3, H, W) -> (N, 3, size, size), still in [0, 1]. What a network pretrained on color photos expects.
    /// </summary>
    public ImageDataset AsRgb(int size)
    {
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "size must be positive");
        long channels = Images.shape[1];
        if (channels is not (1 or 3)) throw new InvalidOperationException($"{Source}: images have {channels} channels, expected 1 (gray) or 3 (RGB)");
        using var scope = NewDisposeScope();
        var resized = nn.functional.interpolate(Images, [size, size], mode: InterpolationMode.Bilinear, align_corners: false).clamp(0, 1);
        var rgb = channels == 1 ? resized.expand(-1, 3, -1, -1).contiguous() : resized;
        return this with { Images = rgb.MoveToOuterDisposeScope(), Labels = Labels.clone().MoveToOuterDisposeScope(), Source = $"{Source}, resized to {size}x{size} RGB" };
    }

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}

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

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}

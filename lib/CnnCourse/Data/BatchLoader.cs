using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>What a loader does to each batch besides slicing it.</summary>
/// <param name="Mean">Subtracted after scaling to [0, 1] (per dataset, not per image).</param>
/// <param name="Std">Divides after the mean is subtracted.</param>
/// <param name="HorizontalFlip">Mirror each image left-right with probability 1/2 (training only).</param>
/// <param name="CropPadding">Pad by this many zero pixels, then crop back at a random offset (training only; 0 = off).</param>
public sealed record BatchTransform(float Mean = 0f, float Std = 1f, bool HorizontalFlip = false, int CropPadding = 0)
{
    /// <summary>Fashion-MNIST's mean and standard deviation over the training set.</summary>
    public static BatchTransform FashionMnist => new(0.2860f, 0.3530f);

    public static BatchTransform None => new();

    /// <summary>Only the normalization, (images - Mean) / Std: what evaluation and visualization need.</summary>
    public Tensor Normalize(Tensor images) => Mean == 0f && Std == 1f ? images.alias() : images.sub(Mean).div(Std);
}

/// <summary>
/// Mini-batches from an in-memory <see cref="ImageDataset"/>: seeded shuffling, normalization and
/// simple augmentation, all as whole-batch tensor operations; per-pixel labels (N, H, W) are flipped with their images. Each batch is created in the caller's
/// current dispose scope, so a Trainer's per-batch scope frees it.
/// </summary>
public sealed class BatchLoader
{
    readonly ImageDataset data;
    readonly Generator generator;

    public int BatchSize { get; }
    public bool Shuffle { get; }
    public BatchTransform Transform { get; }
    public ImageDataset Dataset => data;

    /// <summary>Batches of <paramref name="batchSize"/> (default 128), shuffled each epoch when <paramref name="shuffle"/>.</summary>
    public BatchLoader(ImageDataset data, int batchSize = 128, bool shuffle = false, BatchTransform? transform = null, long seed = 0)
    {
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batch size must be positive");
        if (data.Count == 0) throw new ArgumentException($"{data.Source}: the dataset is empty", nameof(data));
        if (transform is { CropPadding: > 0 } && data.Labels.dim() > 1)
            throw new ArgumentException($"{data.Source}: random crops are not supported for per-pixel labels {data.Labels.shape.Str()} (use HorizontalFlip, which flips the masks too)", nameof(transform));
        this.data = data;
        BatchSize = batchSize;
        Shuffle = shuffle;
        Transform = transform ?? BatchTransform.None;
        generator = new Generator(checked((ulong)Reproducibility.Shifted(seed)));
    }

    public long Count => data.Count;
    public int BatchCount => (int)((data.Count + BatchSize - 1) / BatchSize);

    /// <summary>
    /// One pass over the data. Each batch lives in its own dispose scope, opened before the batch is
    /// made and closed when the loop moves on: the batch and every tensor the loop body creates are
    /// freed then. Keep a result past its batch with <c>MoveToOuterDisposeScope()</c> or <c>DetachFromDisposeScope()</c>.
    /// </summary>
    public IEnumerable<(Tensor Images, Tensor Labels)> Batches()
    {
        Tensor? order = Shuffle ? randperm(data.Count, generator: generator).DetachFromDisposeScope() : null;
        try
        {
            for (long start = 0; start < data.Count; start += BatchSize)
            {
                var scope = NewDisposeScope();
                try
                {
                    long size = Math.Min(BatchSize, data.Count - start);
                    Tensor images, labels;
                    if (order is null)
                    {
                        images = data.Images.narrow(0, start, size);
                        labels = data.Labels.narrow(0, start, size);
                    }
                    else
                    {
                        var index = order.narrow(0, start, size);
                        images = data.Images.index_select(0, index);
                        labels = data.Labels.index_select(0, index);
                    }
                    yield return Apply(images, labels);
                }
                finally
                {
                    scope.Dispose();
                }
            }
        }
        finally
        {
            order?.Dispose();
        }
    }

    (Tensor Images, Tensor Labels) Apply(Tensor images, Tensor labels)
    {
        var t = Transform;
        if (t.HorizontalFlip)
        {
            var flip = rand(new long[] { images.shape[0], 1, 1, 1 }, generator: generator).lt(0.5);
            images = where(flip, images.flip(3), images);
            // Per-pixel labels (N, H, W) are mirrored with their images, so masks stay aligned.
            if (labels.dim() == 3) labels = where(flip.view(-1, 1, 1), labels.flip(2), labels);
        }
        if (t.CropPadding > 0) images = RandomCrop(images, t.CropPadding);
        return (t.Normalize(images), labels);
    }

    /// <summary>Pads by <paramref name="padding"/> and cuts each image back out at its own random offset.</summary>
    Tensor RandomCrop(Tensor images, int padding)
    {
        long n = images.shape[0], c = images.shape[1], h = images.shape[2], w = images.shape[3];
        var padded = nn.functional.pad(images, new long[] { padding, padding, padding, padding });
        var offsets = randint(0, 2 * padding + 1, new long[] { n, 2 }, generator: generator).to(images.device);   // (top, left) per image
        // Rows top..top+h-1, then columns left..left+w-1 of each padded image, gathered for the whole batch at once
        // (one narrow per image costs hundreds of calls per batch).
        var rows = (offsets.select(1, 0).view(n, 1) + arange(h, device: images.device)).view(n, 1, h, 1).expand(n, c, h, w + 2 * padding);
        var cols = (offsets.select(1, 1).view(n, 1) + arange(w, device: images.device)).view(n, 1, 1, w).expand(n, c, h, w);
        return padded.gather(2, rows).gather(3, cols);
    }
}

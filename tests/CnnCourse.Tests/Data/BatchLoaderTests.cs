using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public class BatchLoaderTests
{
    static ImageDataset Numbered(int n)
    {
        // Image i is filled with the value i / n, label i: order and content can be checked exactly.
        var images = arange(n, dtype: ScalarType.Float32).div(n).view(n, 1, 1, 1).expand(n, 1, 4, 4).contiguous();
        return new ImageDataset(images, arange(n, dtype: ScalarType.Int64), ["x"], "numbered");
    }

    static List<long> Order(BatchLoader loader) =>
        loader.Batches().SelectMany(b => b.Labels.data<long>().ToArray()).ToList();

    [Fact]
    public void Each_epoch_visits_every_example_once_in_a_seeded_order()
    {
        using var data = Numbered(103);
        var a = new BatchLoader(data, batchSize: 10, shuffle: true, seed: 42);
        var b = new BatchLoader(data, batchSize: 10, shuffle: true, seed: 42);
        var c = new BatchLoader(data, batchSize: 10, shuffle: true, seed: 7);
        var first = Order(a);
        Assert.Equal(Enumerable.Range(0, 103).Select(i => (long)i), first.Order());
        Assert.Equal(first, Order(b));
        Assert.NotEqual(first, Order(c));
        Assert.NotEqual(first, Order(a));   // the next epoch is shuffled again
        Assert.Equal(11, a.BatchCount);
    }

    [Fact]
    public void Without_shuffling_batches_come_in_order_and_the_last_is_short()
    {
        using var data = Numbered(25);
        var loader = new BatchLoader(data, batchSize: 10);
        var sizes = loader.Batches().Select(b => b.Images.shape[0]).ToList();
        Assert.Equal([10L, 10, 5], sizes);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => (long)i), Order(loader));
    }

    [Fact]
    public void Normalization_subtracts_the_mean_and_divides_by_the_std()
    {
        using var data = Numbered(4);
        var loader = new BatchLoader(data, batchSize: 4, transform: new BatchTransform(Mean: 0.5f, Std: 0.25f));
        foreach (var (images, _) in loader.Batches())
            Assert.Equal([-2f, -1f, 0f, 1f], images[.., 0, 0, 0].data<float>().ToArray());
    }

    [Fact]
    public void Flip_and_crop_keep_shapes_labels_and_pixel_values()
    {
        using var scope = NewDisposeScope();
        var n = 64;
        var images = rand(n, 1, 8, 8);
        using var data = new ImageDataset(images, arange(n, dtype: ScalarType.Int64), ["x"], "random");
        var loader = new BatchLoader(data, batchSize: 16, shuffle: true, transform: new BatchTransform(HorizontalFlip: true, CropPadding: 2), seed: 1);
        int flippedOrCropped = 0;
        foreach (var (batch, labels) in loader.Batches())
        {
            Assert.Equal([16L, 1, 8, 8], batch.shape);
            for (int i = 0; i < 16; i++)
            {
                var original = images[labels[i].item<long>()];
                if (!batch[i].allclose(original)) flippedOrCropped++;
                // every augmented pixel is an original pixel or zero padding
                Assert.True(batch[i].le(original.max() + 1e-6).all().item<bool>());
            }
        }
        Assert.InRange(flippedOrCropped, n / 2, n);
    }

    [Fact]
    public void Crop_cuts_each_image_from_its_padded_copy_at_an_offset_of_its_own()
    {
        using var scope = NewDisposeScope();
        const int n = 32, padding = 2;
        var images = rand(n, 2, 6, 7);
        using var data = new ImageDataset(images, arange(n, dtype: ScalarType.Int64), ["x"], "random");
        var loader = new BatchLoader(data, batchSize: n, transform: new BatchTransform(CropPadding: padding), seed: 3);
        var offsets = new HashSet<(long, long)>();
        foreach (var (batch, labels) in loader.Batches())
        {
            Assert.Equal([(long)n, 2, 6, 7], batch.shape);
            for (int i = 0; i < n; i++)
            {
                var padded = nn.functional.pad(images[labels[i].item<long>()].unsqueeze(0), [padding, padding, padding, padding])[0];
                var found = (from top in Enumerable.Range(0, 2 * padding + 1)
                             from left in Enumerable.Range(0, 2 * padding + 1)
                             where padded.narrow(1, top, 6).narrow(2, left, 7).equal(batch[i]).all().item<bool>()
                             select ((long)top, (long)left)).ToList();
                Assert.True(found.Count > 0, $"image {i} is no window of its padded copy");
                offsets.Add(found[0]);
            }
        }
        Assert.True(offsets.Count > 5, $"only {offsets.Count} different offsets over {n} images");
    }

    [Fact]
    public void A_batch_and_what_the_loop_made_are_freed_when_the_loop_moves_on()
    {
        using var data = Numbered(30);
        var loader = new BatchLoader(data, batchSize: 10, transform: new BatchTransform(Mean: 0.1f));
        Tensor? previousBatch = null, previousResult = null;
        foreach (var (images, _) in loader.Batches())
        {
            if (previousBatch is not null)
            {
                Assert.True(previousBatch.IsInvalid);
                Assert.True(previousResult!.IsInvalid);
            }
            previousBatch = images;
            previousResult = images * 2;
        }
        Assert.False(data.Images.IsInvalid);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_the_value()
    {
        using var data = Numbered(3);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchLoader(data, batchSize: 0));
        Assert.Contains("batch size", e.Message);
    }
}

using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Core;

/// <summary>
/// CNN_SEED moves every seed the course sets, for measuring how far a training result moves under other seeds. It
/// changes a process-wide setting, so these tests run alone (no other test class beside them).
/// </summary>
[Trait("Category", "unit")]
[Collection("process settings")]
public class ReproducibilityTests
{
    static long[] FirstBatchLabels(long seed)
    {
        using var scope = NewDisposeScope();
        var data = new ImageDataset(zeros(64, 1, 2, 2), arange(64L), Enumerable.Range(0, 64).Select(i => $"{i}").ToArray(), "64 numbered images");
        var loader = new BatchLoader(data, batchSize: 8, shuffle: true, seed: seed);
        foreach (var (_, labels) in loader.Batches())
            return labels.data<long>().ToArray();   // read inside the loop: the batch's dispose scope ends with it
        throw new InvalidOperationException("no batch");
    }

    static float[] SeededDraw(long seed)
    {
        Reproducibility.Seed(seed);
        using var draw = rand(4);
        return draw.data<float>().ToArray();
    }

    [Fact]
    public void Cnn_seed_shifts_torch_and_the_batch_order_by_a_thousand_per_step_and_zero_changes_nothing()
    {
        var (draw, batch) = (SeededDraw(2), FirstBatchLabels(2));
        try
        {
            Settings.Override(Settings.Seed, "0");
            Assert.Equal(draw, SeededDraw(2));
            Assert.Equal(batch, FirstBatchLabels(2));

            Settings.Override(Settings.Seed, "1");
            Assert.Equal(1002, Reproducibility.Shifted(2));
            Assert.NotEqual(draw, SeededDraw(2));
            Assert.NotEqual(batch, FirstBatchLabels(2));
            var shifted = SeededDraw(2);
            Settings.Override(Settings.Seed, null);
            Assert.Equal(shifted, SeededDraw(1002));   // the same generator state as seed 1002 without CNN_SEED
        }
        finally
        {
            Settings.Override(Settings.Seed, null);
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    [InlineData("1000001")]
    public void A_cnn_seed_that_is_not_a_small_whole_number_is_an_error_that_names_it(string value)
    {
        try
        {
            Settings.Override(Settings.Seed, value);
            var error = Assert.Throws<ArgumentException>(() => Reproducibility.Shifted(0));
            Assert.Contains($"CNN_SEED='{value}'", error.Message);
            Assert.Contains("whole number", error.Message);
        }
        finally
        {
            Settings.Override(Settings.Seed, null);
        }
    }
}

/// <summary>Tests that change a process-wide setting run alone, after the parallel ones.</summary>
[CollectionDefinition("process settings", DisableParallelization = true)]
public sealed class ProcessSettingsCollection;

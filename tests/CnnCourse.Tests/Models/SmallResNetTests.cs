using CnnCourse.Models;
using CnnCourse.Training;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class SmallResNetTests
{
    [Fact]
    public void Quick_and_full_configurations_give_ten_logits_for_fashion_mnist()
    {
        var quick = ModelSummary.Of(new SmallResNet(SmallResNetConfig.Quick), 2, 1, 28, 28);
        Assert.Equal([2L, 16, 14, 14], quick.Layer("stem").OutputShape);
        Assert.Equal([2L, 16, 14, 14], quick.Layer("stages.0").OutputShape);
        Assert.Equal([2L, 32, 7, 7], quick.Layer("stages.1").OutputShape);
        Assert.Equal([2L, 10], quick.OutputShape);
        long stem = 9 * 16 + 2 * 16;
        long block1 = 2 * 9 * 16 * 16 + 2 * 2 * 16;
        long block2 = 9 * 16 * 32 + 9 * 32 * 32 + 2 * 2 * 32 + 16 * 32 + 2 * 32;
        Assert.Equal(stem + block1 + block2 + 32 * 10 + 10, quick.TotalParameters);
        Assert.Equal(19_706, quick.TotalParameters);

        var full = ModelSummary.Of(new SmallResNet(SmallResNetConfig.Full), 2, 1, 28, 28);
        Assert.Equal([2L, 32, 28, 28], full.Layer("stages.0").OutputShape);
        Assert.Equal([2L, 128, 7, 7], full.Layer("stages.2").OutputShape);
        Assert.Equal([2L, 10], full.OutputShape);
    }

    [Fact]
    public void A_stage_without_blocks_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new SmallResNet(new SmallResNetConfig(8, false, [new(0, 8)])));
        Assert.Contains("Blocks = 0", e.Message);
    }
}

using CnnCourse.Models;

namespace CnnCourse.Tests.Models;

/// <summary>UNetLevels reads the U off a summary: shapes going down and back up, and each level's parameters.</summary>
[Trait("Category", "unit")]
public class UNetLevelsTests
{
    static long DoubleConv(int inChannels, int outChannels) => 9L * inChannels * outChannels + 9L * outChannels * outChannels + 4L * outChannels;

    [Fact]
    public void Each_level_pairs_its_encoder_with_the_decoder_of_the_same_size()
    {
        var unet = new UNet(new UNetConfig(InChannels: 1, NumClasses: 3, Widths: [4, 8, 16]));
        var summary = ModelSummary.Of(unet, 2, 1, 16, 16);
        var levels = UNetLevels.Of(summary);

        Assert.Equal(3, levels.Count);
        Assert.Equal(new UNetLevel(0, "(2, 4, 16, 16)", "(2, 4, 8, 8)", "(2, 4, 16, 16)", "(2, 8, 16, 16)", "(2, 4, 16, 16)",
            DoubleConv(1, 4) + (4L * 8 * 4 + 4) + DoubleConv(8, 4)), levels[0]);
        Assert.Equal(new UNetLevel(1, "(2, 8, 8, 8)", "(2, 8, 4, 4)", "(2, 8, 8, 8)", "(2, 16, 8, 8)", "(2, 8, 8, 8)",
            DoubleConv(4, 8) + (4L * 16 * 8 + 8) + DoubleConv(16, 8)), levels[1]);
        Assert.Equal(new UNetLevel(2, "(2, 16, 4, 4)", "", "", "", "", DoubleConv(8, 16)), levels[2]);
        // Everything but the 1x1 head lives in some level.
        Assert.Equal(summary.TotalParameters - (4 * 3 + 3), levels.Sum(l => l.Parameters));
    }

    [Fact]
    public void A_summary_of_another_network_is_refused_with_its_layer_names()
    {
        var summary = ModelSummary.Of(new LectureCnn(inChannels: 1, numClasses: 10, imageSize: 28), 1, 1, 28, 28);
        var e = Assert.Throws<ArgumentException>(() => UNetLevels.Of(summary));
        Assert.Contains("expected a UNet", e.Message);
    }
}

using System.Xml.Linq;
using CnnCourse.Models;

namespace CnnCourse.Tests.Models;

/// <summary>Diagrams of branching blocks come from the block's own summary: the Inception module's branches and concatenation, the residual block's shortcut.</summary>
[Trait("Category", "unit")]
public class BranchDiagramTests
{
    static List<(string Layer, string Shape)> BoxesIn(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-shape") is not null)
            .Select(e => (e.Attribute("data-layer")!.Value, e.Attribute("data-shape")!.Value)).ToList();

    static bool HasShortcut(string svg) =>
        XDocument.Parse(svg).Descendants().Any(e => e.Name.LocalName == "path" && (string?)e.Attribute("data-layer") == "shortcut");

    [Fact]
    public void The_inception_module_is_drawn_as_its_four_branches_joined_by_a_concatenation()
    {
        var summary = ModelSummary.Of(new InceptionModule(192, InceptionConfig.GoogLeNet3a), 1, 192, 28, 28);
        var boxes = BoxesIn(BranchDiagram.Inception(summary));
        Assert.Equal(("input", "(1, 192, 28, 28)"), boxes[0]);
        Assert.Equal(("concatenate", "(1, 256, 28, 28)"), boxes[^1]);
        // every layer inside a branch, with its shape, in the branch's column
        var inside = summary.Layers.Where(l => l.Depth == 1).Select(l => (l.Name, l.ShapeText)).ToList();
        Assert.Equal(inside, boxes.Skip(1).SkipLast(1).ToList());
        Assert.Contains(("branch3x3.reduce", "(1, 96, 28, 28)"), boxes);
    }

    [Fact]
    public void A_residual_blocks_shortcut_arches_into_the_sum_and_a_plain_block_has_none()
    {
        var projection = new ResidualBlock(32, 64, stride: 2);
        var svg = BranchDiagram.Residual(ModelSummary.Of(projection, 1, 32, 14, 14), projection.ShortcutKind);
        Assert.True(HasShortcut(svg));
        Assert.Contains("shortcut: projection", svg);
        Assert.Equal(["input x", "conv1", "bn1", "relu1", "conv2", "bn2", "relu2"], BoxesIn(svg).Select(b => b.Layer));
        Assert.Equal("(1, 64, 7, 7)", BoxesIn(svg)[^1].Shape);

        var identity = new ResidualBlock(64, 64);
        var identitySvg = BranchDiagram.Residual(ModelSummary.Of(identity, 1, 64, 14, 14), identity.ShortcutKind);
        Assert.True(HasShortcut(identitySvg));
        Assert.Contains("shortcut: identity", identitySvg);

        var plain = new ResidualBlock(64, 64, residual: false);
        var plainSvg = BranchDiagram.Residual(ModelSummary.Of(plain, 1, 64, 14, 14), plain.ShortcutKind);
        Assert.False(HasShortcut(plainSvg));
        Assert.Contains("no shortcut", plainSvg);
    }

    [Fact]
    public void The_unet_is_drawn_as_its_u_with_a_skip_connection_at_every_level()
    {
        var summary = ModelSummary.Of(new UNet(new UNetConfig(InChannels: 1, NumClasses: 3, Widths: [8, 16, 32])), 1, 1, 32, 32);
        var svg = BranchDiagram.UNet(summary);
        var boxes = BoxesIn(svg);
        Assert.Contains(("encoders.0", "(1, 8, 32, 32)"), boxes);
        Assert.Contains(("bottleneck", "(1, 32, 8, 8)"), boxes);
        Assert.Contains(("decoders.1", "(1, 8, 32, 32)"), boxes);   // decoders run bottom-up: the last one is at the top
        Assert.Contains(("head", "(1, 3, 32, 32)"), boxes);
        var skips = XDocument.Parse(svg).Descendants().Where(e => ((string?)e.Attribute("data-layer"))?.StartsWith("skip.") == true).ToList();
        Assert.Equal(2, skips.Count);
        Assert.Contains(">(1, 16, 32, 32)</text>", svg);   // the top level's concatenation: 8 upsampled + 8 copied channels
    }
}

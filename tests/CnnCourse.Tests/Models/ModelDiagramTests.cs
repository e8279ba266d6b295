using static TorchSharp.torch;
using System.Xml.Linq;
using CnnCourse.Models;

namespace CnnCourse.Tests.Models;

/// <summary>The model diagram is drawn from the summary: its blocks are the summary's layers, in order, with their shapes.</summary>
[Trait("Category", "unit")]
public class ModelDiagramTests
{
    static List<(string Layer, string Shape)> BlocksIn(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "g" && e.Attribute("data-layer") is not null)
            .Select(e => (e.Attribute("data-layer")!.Value, e.Attribute("data-shape")!.Value)).ToList();

    [Fact]
    public void The_lecture_cnns_blocks_and_shapes_are_its_summarys()
    {
        var summary = ModelSummary.Of(new LectureCnn(), 1, 1, 28, 28);
        var svg = ModelDiagram.Svg(summary);
        var expected = new[] { ("input", summary.InputShape.Str()) }
            .Concat(summary.Layers.Where(l => l.Depth == 0).Select(l => (l.Name, l.ShapeText))).ToList();
        Assert.Equal(expected, BlocksIn(svg));
        Assert.Contains(summary.TotalParameters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), svg);
    }

    [Fact]
    public void Deeper_levels_add_the_blocks_inside_and_a_long_model_wraps_onto_rows()
    {
        using var scope = NewDisposeScope();
        var blocks = Enumerable.Range(1, 4).Select(i => ($"stage{i}", (nn.Module<Tensor, Tensor>)nn.Sequential(
            ("conv", nn.Conv2d(i == 1 ? 1 : 4, 4, 3, padding: 1)), ("relu", nn.ReLU())))).ToList();
        var model = nn.Sequential(blocks.Concat([("flatten", (nn.Module<Tensor, Tensor>)nn.Flatten()), ("fc", nn.Linear(4 * 8 * 8, 3))]).ToList());
        var summary = ModelSummary.Of(model, 1, 1, 8, 8);
        var top = BlocksIn(ModelDiagram.Svg(summary, depth: 0));
        var inner = BlocksIn(ModelDiagram.Svg(summary, depth: 1));
        Assert.Equal(["input", "stage1", "stage2", "stage3", "stage4", "flatten", "fc"], top.Select(b => b.Layer));
        Assert.Equal(summary.Layers.Count(l => l.Depth <= 1) + 1, inner.Count);
        Assert.Contains(("stage2.conv", "(1, 4, 8, 8)"), inner);
        var oneRow = int.Parse(XDocument.Parse(ModelDiagram.Svg(summary, depth: 0)).Root!.Attribute("height")!.Value);
        var wrapped = int.Parse(XDocument.Parse(ModelDiagram.Svg(summary, depth: 1)).Root!.Attribute("height")!.Value);
        Assert.True(wrapped > oneRow, $"{inner.Count} blocks drawn {wrapped} px high, {top.Count} blocks {oneRow} px");
    }

    [Fact]
    public void Names_are_escaped()
    {
        var summary = new ModelSummary("<Net>", [1, 1, 4, 4], [new LayerSummary("a<b", "Conv2d", 0, [1, 2, 4, 4], 20, 20)], [1, 2, 4, 4], 20, 20);
        var svg = ModelDiagram.Svg(summary);
        Assert.Contains("&lt;Net&gt;", svg);
        Assert.Equal([("input", "(1, 1, 4, 4)"), ("a<b", "(1, 2, 4, 4)")], BlocksIn(svg));   // parses as XML
    }
}

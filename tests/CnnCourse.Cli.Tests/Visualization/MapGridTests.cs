using CnnCourse.Visualization;
using Plotly.NET;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Visualization;

[Trait("Category", "unit")]
public class MapGridTests
{
    public MapGridTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Annotated_maps_carry_their_values_as_text_per_trace()
    {
        var chart = MapGrid.Of([("a", ones(2, 3)), ("b", zeros(4, 4))]);
        var json = GenericChart.toFigureJson(chart);
        Assert.Equal(2, GenericChart.getTraces(chart).Length);
        Assert.Contains("\"texttemplate\":\"%{z:.3~g}\"", json);
        Assert.Contains("\"yaxis2\"", json);
    }

    [Fact]
    public void Photos_are_not_annotated()
    {
        var json = GenericChart.toFigureJson(MapGrid.Of([("photo", rand(30, 40))], annotate: false, grayscale: true));
        Assert.DoesNotContain("texttemplate", json);
    }

    [Fact]
    public void Rejects_maps_that_are_not_two_dimensional_naming_them()
    {
        var e = Assert.Throws<ArgumentException>(() => MapGrid.Of([("batch", ones(1, 2, 3))]));
        Assert.Contains("'batch' has shape (1, 2, 3)", e.Message);
    }
}

using CnnCourse.Tests.Support;
using CnnCourse.Visualization;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Visualization;

[Trait("Category", "browser")]
public class SegmentationViewTests
{
    [Fact]
    public void Overlay_colours_class_pixels_and_leaves_background_pixels_alone()
    {
        using var scope = NewDisposeScope();
        var images = full(1, 1, 2, 2, 0.5f);
        var masks = tensor(new long[] { 0, 1, 2, 0 }, new long[] { 1, 2, 2 });
        var overlay = SegmentationView.Overlay(images, masks, numClasses: 3, alpha: 1.0);
        Assert.Equal([1L, 3, 2, 2], overlay.shape);
        Assert.Equal([0.5f, 0.5f, 0.5f], overlay[0, .., 0, 0].data<float>().ToArray());
        var (r, g, b) = SegmentationView.Palette[1];
        Assert.Equal([r / 255f, g / 255f, b / 255f], overlay[0, .., 0, 1].data<float>().ToArray());
        var half = SegmentationView.Overlay(images, masks, numClasses: 3, alpha: 0.5);
        Assert.Equal(0.5f * 0.5f + 0.5f * r / 255f, half[0, 0, 0, 1].item<float>(), 5);
        Assert.Throws<ArgumentException>(() => SegmentationView.Overlay(images, zeros(1, 3, 3, dtype: ScalarType.Int64), 3));
    }

    [Fact]
    public void Comparison_grids_and_rgb_grids_draw_offline()
    {
        using var scope = NewDisposeScope();
        using var temp = new TempDirectory();
        var images = rand(2, 1, 16, 16);
        var truth = randint(0, 3, [2, 16, 16]);
        var predicted = randint(0, 3, [2, 16, 16]);
        var charts = new[]
        {
            SegmentationView.Compare(images, truth, predicted, numClasses: 3),
            SegmentationView.RgbGrid(rand(5, 3, 8, 8), ["a", "b", "c", "d", "e"], columns: 3),
        };
        var page = temp.File("segmentation.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + ChartHtml.PlotlyScript() +
            string.Concat(charts.Select(ChartHtml.Fragment)) + SegmentationView.Legend(["background", "a", "b"]).Html + "</body></html>");
        var dom = Chromium.RenderedDom(page);
        Assert.Equal(charts.Length, Chromium.Count(dom, "class=\"plot-container plotly\""));
        // plotly draws each image trace as an SVG image: 2 examples x 3 panels, then 5 images and 1 blank cell.
        Assert.Equal(12, Chromium.Count(dom, "<image "));
    }
}

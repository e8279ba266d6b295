using CnnCourse.Applications;
using CnnCourse.Visualization;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Visualization;

[Trait("Category", "unit")]
public class DetectionViewTests
{
    public DetectionViewTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void Outline_colours_the_border_of_each_box_and_nothing_inside_or_outside()
    {
        using var scope = NewDisposeScope();
        var images = full(2, 1, 6, 6, 0.5f);
        var outlined = DetectionView.Outline(images, [[new LabeledBox(new Box(1, 1, 3, 3), 2)], []]);
        Assert.Equal([2L, 3, 6, 6], outlined.shape);
        var (r, g, b) = SegmentationView.Palette[2];
        float[] Pixel(int image, int y, int x) => outlined[image, .., y, x].data<float>().ToArray();
        Assert.Equal([r / 255f, g / 255f, b / 255f], Pixel(0, 1, 1));   // a corner
        Assert.Equal([r / 255f, g / 255f, b / 255f], Pixel(0, 3, 2));   // the bottom edge
        Assert.Equal([0.5f, 0.5f, 0.5f], Pixel(0, 2, 2));               // inside
        Assert.Equal([0.5f, 0.5f, 0.5f], Pixel(0, 4, 4));               // outside
        Assert.Equal(0.5f, outlined[1].max().item<float>());            // the second image has no boxes
        Assert.Throws<ArgumentException>(() => DetectionView.Outline(images, [[]]));
    }
}

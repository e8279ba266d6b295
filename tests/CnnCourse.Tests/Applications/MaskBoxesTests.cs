using CnnCourse.Applications;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Applications;

[Trait("Category", "unit")]
public class MaskBoxesTests
{
    public MaskBoxesTests() => TorchRuntime.EnsureLoaded();

    [Fact]
    public void One_box_per_region_close_pieces_joined_and_specks_dropped()
    {
        var mask = zeros(10, 10, dtype: ScalarType.Int64);
        mask[TensorIndex.Slice(1, 4), TensorIndex.Slice(1, 3)] = tensor(1L);   // class 1, 3 rows x 2 columns at (1, 1)
        mask[TensorIndex.Slice(1, 4), TensorIndex.Slice(4, 6)] = tensor(1L);   // class 1 again, one empty column to the right: the same item
        mask[6, 1] = tensor(2L);                                               // class 2, 2 pixels: too small to count
        mask[6, 2] = tensor(2L);
        mask[TensorIndex.Slice(6, 9), TensorIndex.Slice(6, 9)] = tensor(3L);   // class 3, 3x3 at (6, 6)
        mask[5, 5] = tensor(3L);                                               // touches it diagonally: the same region

        var boxes = MaskBoxes.Of(mask, mergeGap: 2, minPixels: 5);
        Assert.Equal([new LabeledBox(new Box(1, 1, 5, 3), 1), new LabeledBox(new Box(5, 5, 4, 4), 3)], boxes);

        // Without joining, the class-1 item is two boxes, and the diagonal pixel still belongs to class 3's region;
        // with no minimum, the speck is a box too.
        Assert.Equal([new LabeledBox(new Box(1, 1, 2, 3), 1), new LabeledBox(new Box(4, 1, 2, 3), 1), new LabeledBox(new Box(5, 5, 4, 4), 3)],
            MaskBoxes.Of(mask, mergeGap: 0, minPixels: 5));
        Assert.Contains(new LabeledBox(new Box(1, 6, 2, 1), 2), MaskBoxes.Of(mask, mergeGap: 2, minPixels: 1));
    }
}

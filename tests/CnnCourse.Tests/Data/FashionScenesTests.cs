using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public class FashionScenesTests
{
    static readonly FashionMnist.Sources Subset = new([], AllowDownload: false, FashionMnist.SubsetDirectory);

    [Fact]
    public void The_same_seed_makes_the_same_scenes_and_another_seed_other_ones()
    {
        using var items = FashionMnist.Load(train: false, Subset);
        using var a = FashionScenes.Make(items, 20, seed: 5);
        using var b = FashionScenes.Make(items, 20, seed: 5);
        using var c = FashionScenes.Make(items, 20, seed: 6);
        Assert.Equal([20L, 1, 64, 64], a.Images.shape);
        Assert.Equal([20L, 64, 64], a.Labels.shape);
        Assert.Equal(ScalarType.Int64, a.Labels.dtype);
        Assert.True(a.Images.equal(b.Images).all().item<bool>() && a.Labels.equal(b.Labels).all().item<bool>());
        Assert.False(a.Labels.equal(c.Labels).all().item<bool>());
        Assert.Equal(FashionScenes.ClassNames, a.ClassNames);
    }

    [Fact]
    public void Masks_mark_exactly_the_bright_item_pixels_with_their_group()
    {
        using var items = FashionMnist.Load(train: false, Subset);
        var layout = new SceneLayout(CanvasSize: 48, MinItems: 2, MaxItems: 3, ForegroundThreshold: 0.05f);
        using var scenes = FashionScenes.Make(items, 30, seed: 1, layout);
        using var scope = NewDisposeScope();
        var foreground = scenes.Labels.gt(0);
        // Every labelled pixel is brighter than the threshold; every pixel brighter than it is labelled.
        Assert.True(scenes.Images.squeeze(1).gt(0.05f).equal(foreground).all().item<bool>());
        Assert.InRange(scenes.Labels.min().item<long>(), 0, 0);
        Assert.InRange(scenes.Labels.max().item<long>(), 1, 4);
        Assert.InRange(scenes.Images.min().item<float>(), 0f, 0f);
        Assert.InRange(scenes.Images.max().item<float>(), 0.5f, 1f);
        // Every scene holds at least one item (the first always fits), and the classes seen are the groups of the items.
        Assert.True(foreground.flatten(1).any(1).all().item<bool>());
    }

    [Fact]
    public void A_single_item_keeps_its_pixels_and_its_class_group()
    {
        using var scope = NewDisposeScope();
        var item = zeros(1, 1, 28, 28);
        item[0, 0, TensorIndex.Slice(5, 20), TensorIndex.Slice(10, 15)] = tensor(0.8f);
        using var items = new ImageDataset(item, tensor(new long[] { 8 }), FashionMnist.ClassNames, "one bag");
        using var scene = FashionScenes.Make(items, 1, seed: 0, new SceneLayout(CanvasSize: 40, MinItems: 1, MaxItems: 1));
        Assert.Equal(15 * 5, scene.Labels.eq(4).sum().item<long>());   // 4 = bag
        Assert.Equal(15 * 5, scene.Labels.gt(0).sum().item<long>());
        Assert.Equal(0.8f * 75, scene.Images.sum().item<float>(), 3);
    }

    [Fact]
    public void Balanced_classes_make_a_rare_class_as_frequent_as_a_common_one()
    {
        // 97 tops and one trouser, sandal and bag, each a solid square; a 28x28 canvas holds exactly one item per scene.
        using var scope = NewDisposeScope();
        long[] labels = [.. Enumerable.Repeat(0L, 97), 1, 5, 8];
        using var items = new ImageDataset(full(new long[] { 100, 1, 28, 28 }, 0.9f), tensor(labels), FashionMnist.ClassNames, "squares");
        long[] CountScenesPerClass(bool balanced)
        {
            using var scenes = FashionScenes.Make(items, 400, seed: 3, new SceneLayout(CanvasSize: 28, MinItems: 1, MaxItems: 1, BalancedClasses: balanced));
            return bincount(scenes.Labels[.., 14, 14], minlength: 5).data<long>().ToArray();   // the centre pixel is the item's class
        }
        var balanced = CountScenesPerClass(true);
        var uniform = CountScenesPerClass(false);
        Assert.Equal(0, balanced[0]);
        Assert.All(balanced[1..], n => Assert.InRange(n, 60, 140));   // about 100 each (binomial, sd 8.7)
        Assert.InRange(uniform[1], 340, 400);                         // about 97% tops when items are picked uniformly
        Assert.InRange(uniform[4], 0, 20);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_what_was_expected()
    {
        using var items = FashionMnist.Load(train: false, Subset);
        Assert.Throws<ArgumentOutOfRangeException>(() => FashionScenes.Make(items, 0, seed: 0));
        var e = Assert.Throws<ArgumentException>(() => FashionScenes.Make(items, 1, 0, new SceneLayout(CanvasSize: 20)));
        Assert.Contains("smaller than an item", e.Message);
        e = Assert.Throws<ArgumentException>(() => FashionScenes.Make(items, 1, 0, new SceneLayout(MinItems: 3, MaxItems: 2)));
        Assert.Contains("1 <= min <= max", e.Message);
    }
}

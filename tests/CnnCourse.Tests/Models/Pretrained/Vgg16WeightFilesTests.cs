using CnnCourse.Models.Pretrained;
using CnnCourse.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models.Pretrained;

/// <summary>
/// VGG16's weights through full-size files (0.5 GB each, in both formats notebook 05 accepts): saved, read back and
/// loaded exactly, taken over by the pretrained model with a new head, and refused for another head. About a minute of
/// work, so it runs with the notebook tests rather than in the fast tier.
/// </summary>
[Trait("Category", "notebook")]
public class Vgg16WeightFilesTests
{
    [Theory]
    [InlineData("vgg16.safetensors")]
    [InlineData("vgg16.pth")]
    public void Weights_in_pytorchs_key_layout_load_exactly(string name)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        Reproducibility.Seed(1);
        var saved = torchvision.models.vgg16();
        Checkpoint.Save(saved, path);
        Assert.Equal(Vgg16WeightsTests.PyTorchKeys.Order(), Checkpoint.ReadStateDict(path).Keys.Order());
        Reproducibility.Seed(2);
        var loaded = torchvision.models.vgg16();
        Vgg16Weights.Load(loaded, path);
        var a = saved.state_dict();
        foreach (var (key, value) in loaded.state_dict())
            Assert.True(value.equal(a[key]).all().item<bool>(), key);
    }

    [Fact]
    public void Pretrained_vgg16_takes_every_layer_but_the_last_from_a_state_dict_under_torchvisions_names_and_option_2_trains_only_the_fc_layers()
    {
        using var temp = new TempDirectory();
        var path = temp.File("vgg16.safetensors");
        Reproducibility.Seed(1);
        var saved = torchvision.models.vgg16();   // a generated ImageNet-shaped state dict: 1000 classes
        Checkpoint.Save(saved, path);
        var imageNet = saved.state_dict();
        Reproducibility.Seed(2);
        var model = Vgg16Weights.Pretrained(numClasses: 10, path);
        var state = model.state_dict();
        Assert.Equal(Vgg16WeightsTests.PyTorchKeys, state.Keys);
        Assert.Equal([10L, 4096], state["classifier.6.weight"].shape);
        foreach (var key in Vgg16WeightsTests.PyTorchKeys.Where(k => !k.StartsWith(Vgg16Weights.LastLayer)))
            Assert.True(state[key].equal(imageNet[key]).all().item<bool>(), key);

        Vgg16Weights.FreezeFeatures(model);
        long trainable = model.parameters().Where(p => p.requires_grad).Sum(p => p.numel());
        Assert.Equal((25_088 + 1) * 4096 + (4096 + 1) * 4096 + (4096 + 1) * 10, trainable);   // the three FC layers
        var before = state["features.0.weight"].clone();
        var fcBefore = state["classifier.0.weight"].clone();
        using var optimizer = optim.SGD(model.parameters().Where(p => p.requires_grad), 0.1);
        nn.functional.cross_entropy(model.call(randn(2, 3, 32, 32)), tensor(new long[] { 1, 7 })).backward();
        optimizer.step();
        Assert.True(model.state_dict()["features.0.weight"].equal(before).all().item<bool>());   // frozen
        Assert.False(model.state_dict()["classifier.0.weight"].equal(fcBefore).all().item<bool>());   // trained
    }

    [Fact]
    public void A_file_for_another_head_is_refused_with_the_shapes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("vgg16-10.safetensors");
        Checkpoint.Save(torchvision.models.vgg16(num_classes: 10), path);
        var e = Assert.Throws<InvalidDataException>(() => Vgg16Weights.Load(torchvision.models.vgg16(), path));
        Assert.Contains(path, e.Message);
        Assert.Contains("classifier.6.weight: file (10, 4096) vs model (1000, 4096)", e.Message);
    }
}

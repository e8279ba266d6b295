using CnnCourse.Models.Pretrained;
using CnnCourse.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models.Pretrained;

/// <summary>VGG16's weights: key names and the errors, on small files. Full-size files: <see cref="Vgg16WeightFilesTests"/>.</summary>
[Trait("Category", "unit")]
public class Vgg16WeightsTests
{
    /// <summary>The keys of PyTorch's torchvision.models.vgg16().state_dict(), in its order.</summary>
    internal static readonly string[] PyTorchKeys =
        new[] { 0, 2, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28 }.SelectMany(i => new[] { $"features.{i}.weight", $"features.{i}.bias" })
        .Concat(new[] { 0, 3, 6 }.SelectMany(i => new[] { $"classifier.{i}.weight", $"classifier.{i}.bias" })).ToArray();

    [Fact]
    public void TorchSharps_vgg16_uses_pytorchs_key_names()
    {
        Assert.Equal(PyTorchKeys, torchvision.models.vgg16().state_dict().Keys);
    }

    [Fact]
    public void Missing_keys_a_missing_file_and_a_wrong_format_are_explained()
    {
        using var temp = new TempDirectory();
        var partial = temp.File("partial.safetensors");
        Checkpoint.Save(nn.Sequential(("features", nn.Sequential(nn.Conv2d(3, 64, 3, padding: 1)))), partial);
        var e1 = Assert.Throws<InvalidDataException>(() => Vgg16Weights.Load(torchvision.models.vgg16(), partial));
        Assert.Contains("missing from the file (30)", e1.Message);
        Assert.Contains("features.2.weight", e1.Message);

        var missing = temp.File("absent.pth");
        var e2 = Assert.Throws<FileNotFoundException>(() => Vgg16Weights.Load(nn.Linear(1, 1), missing));
        Assert.Contains(missing, e2.Message);

        var dat = temp.File("weights.dat");
        File.WriteAllBytes(dat, [1]);
        var e3 = Assert.Throws<ArgumentException>(() => Vgg16Weights.Load(nn.Linear(1, 1), dat));
        Assert.Contains("expected .pth, .pt or .safetensors", e3.Message);
    }

    [Fact]
    public void Without_a_path_or_variable_it_says_where_to_set_one()
    {
        var e = Assert.Throws<ArgumentException>(() => Vgg16Weights.ResolvePath(null, configured: null));
        Assert.Contains(Vgg16Weights.EnvironmentVariable, e.Message);
        Assert.Equal("/from/variable.pth", Vgg16Weights.ResolvePath(null, "/from/variable.pth"));
        Assert.Equal("/given.pth", Vgg16Weights.ResolvePath("/given.pth", "/from/variable.pth"));
    }
}

using CnnCourse.Models;
using CnnCourse.Tests.Support;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class CheckpointTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("model.dat")]
    [InlineData("model.pth")]
    [InlineData("model.safetensors")]
    public void Round_trips_every_format_exactly(string name)
    {
        Reproducibility.Seed(1);
        var saved = new LectureCnn();
        Reproducibility.Seed(2);
        var loaded = new LectureCnn();
        var path = temp.File(name);
        Checkpoint.Save(saved, path);
        Checkpoint.Load(loaded, path);
        foreach (var ((key, a), (_, b)) in saved.state_dict().Zip(loaded.state_dict()))
            Assert.True(a.equal(b).all().item<bool>(), key);
        Assert.Equal([name], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("model.dat")]
    [InlineData("model.pth")]
    [InlineData("model.safetensors")]
    public void Wrong_shapes_are_named_with_both_shapes(string name)
    {
        var path = temp.File(name);
        Checkpoint.Save(new LectureCnn(hidden: 64), path);
        var e = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new LectureCnn(hidden: 128), path));
        Assert.Contains(path, e.Message);
        Assert.Contains("fc1.weight: file (64, 3136) vs model (128, 3136)", e.Message);
    }

    [Fact]
    public void Missing_and_unexpected_keys_are_listed()
    {
        var path = temp.File("other.safetensors");
        Checkpoint.Save(nn.Sequential(("conv1", nn.Conv2d(1, 32, 3, padding: 1)), ("extra", nn.Linear(2, 2))), path);
        var e = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new LectureCnn(), path));
        Assert.Contains("missing from the file", e.Message);
        Assert.Contains("conv2.weight", e.Message);
        Assert.Contains("unexpected in the file (2): extra.weight, extra.bias", e.Message);
    }

    [Theory]
    [InlineData("broken.pth")]
    [InlineData("broken.safetensors")]
    [InlineData("broken.dat")]
    public void A_corrupt_file_is_reported_with_its_name(string name)
    {
        var path = temp.File(name);
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var e = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new LectureCnn(), path));
        Assert.Contains(path, e.Message);
    }
}

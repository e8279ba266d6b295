using CnnCourse.Data;
using CnnCourse.Tests.Support;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

/// <summary>ImageFolder on a cats-vs-dogs-like folder of PNGs that the test draws itself.</summary>
[Trait("Category", "unit")]
public class ImageFolderTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    void Draw(string cls, int count, float red, float blue)
    {
        for (int i = 0; i < count; i++)
        {
            var image = stack([full(20, 30, red), full(20, 30, 0.5f), full(20, 30, blue)]);
            ImageFile.WritePng(image, temp.File($"{cls}/{i:D2}.png"));
        }
    }

    [Fact]
    public void Loads_one_class_per_folder_resized_and_labelled_in_name_order()
    {
        Draw("dog", 3, red: 0f, blue: 1f);
        Draw("cat", 2, red: 1f, blue: 0f);
        File.WriteAllText(temp.File("cat/notes.txt"), "not an image");
        using var data = ImageFolder.Load(temp.Path, size: 16);
        Assert.Equal(["cat", "dog"], data.ClassNames);
        Assert.Equal([5L, 3, 16, 16], data.Images.shape);
        Assert.Equal([0L, 0, 1, 1, 1], data.Labels.data<long>().ToArray());
        Assert.Equal(1f, data.Images[0, 0].mean().item<float>(), 2);   // cats are red
        Assert.Equal(1f, data.Images[4, 2].mean().item<float>(), 2);   // dogs are blue
        Assert.Equal(0.5f, data.Images[2, 1].mean().item<float>(), 2);
    }

    [Fact]
    public void Grayscale_gives_one_channel()
    {
        Draw("a", 1, 1f, 1f);
        Draw("b", 1, 0f, 0f);
        using var data = ImageFolder.Load(temp.Path, size: 8, grayscale: true);
        Assert.Equal([2L, 1, 8, 8], data.Images.shape);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_named()
    {
        Draw("a", 1, 1f, 1f);
        Directory.CreateDirectory(temp.File("b"));
        File.WriteAllText(temp.File("b/broken.jpg"), "this is not a jpeg");
        var e = Assert.Throws<InvalidDataException>(() => ImageFolder.Load(temp.Path));
        Assert.Contains("broken.jpg", e.Message);
        Assert.Contains("PNG or JPEG", e.Message);
    }

    [Fact]
    public void A_folder_without_classes_is_explained()
    {
        Draw("only", 1, 1f, 1f);
        var e = Assert.Throws<InvalidDataException>(() => ImageFolder.Load(temp.Path));
        Assert.Contains("expected at least 2", e.Message);
        Assert.Throws<DirectoryNotFoundException>(() => ImageFolder.Load(temp.File("missing")));
    }
}

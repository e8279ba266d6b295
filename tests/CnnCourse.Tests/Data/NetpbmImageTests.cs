using System.Security.Cryptography;
using System.Text;
using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public sealed class NetpbmImageTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("cnn-netpbm-").FullName;

    public NetpbmImageTests() => TorchRuntime.EnsureLoaded();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    static byte[] Image(string header, params byte[] pixels) => [.. Encoding.ASCII.GetBytes(header), .. pixels];

    [Fact]
    public void Reads_the_committed_photo()
    {
        var cat = SampleImages.Chelsea();
        Assert.Equal(new long[] { 3, 150, 225 }, cat.shape);
        Assert.Equal(ScalarType.Float32, cat.dtype);
        Assert.InRange(cat.min().item<float>(), 0f, 0.2f);
        Assert.InRange(cat.max().item<float>(), 0.8f, 1f);
    }

    [Fact]
    public void The_committed_photo_is_the_one_datasets_readme_lists()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SampleImages.ChelseaPath)));
        var readme = File.ReadAllText(Path.Combine(CoursePaths.Datasets, "README.md"));
        Assert.Contains(hash, readme);
    }

    [Fact]
    public void Reads_grayscale_and_rgb_with_comments_scaled_by_maxval()
    {
        var gray = NetpbmImage.Read(Write("g.pgm", Image("P5\n# a comment\n3 2\n# another\n100\n", 0, 50, 100, 100, 25, 0)));
        Assert.Equal(new long[] { 1, 2, 3 }, gray.shape);
        Assert.Equal(new float[] { 0, 0.5f, 1, 1, 0.25f, 0 }, gray.data<float>().ToArray());

        var rgb = NetpbmImage.Read(Write("c.ppm", Image("P6 2 1 255\n", 255, 0, 0, 0, 0, 255)));
        Assert.Equal(new long[] { 3, 1, 2 }, rgb.shape);
        Assert.Equal(new float[] { 1, 0, 0, 0, 0, 1 }, rgb.data<float>().ToArray());   // R plane, G plane, B plane
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var path = Path.Combine(folder, "absent.ppm");
        var e = Assert.Throws<FileNotFoundException>(() => NetpbmImage.Read(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Truncated_pixels_are_reported_with_the_counts()
    {
        var path = Write("short.ppm", Image("P6\n2 2\n255\n", 1, 2, 3, 4, 5));
        var e = Assert.Throws<InvalidDataException>(() => NetpbmImage.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("5 pixel bytes, but 2x2x3 needs 12 (file truncated)", e.Message);
    }

    [Fact]
    public void Truncated_header_is_reported()
    {
        var path = Write("header.pgm", Image("P5\n2 "));
        var e = Assert.Throws<InvalidDataException>(() => NetpbmImage.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("height", e.Message);
    }

    [Theory]
    [InlineData("\u0089PNG")]
    [InlineData("P3 1 1 255 0 0 0")]
    [InlineData("")]
    public void Wrong_magic_is_reported(string start)
    {
        var path = Write("wrong.ppm", Encoding.Latin1.GetBytes(start));
        var e = Assert.Throws<InvalidDataException>(() => NetpbmImage.Read(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("expected \"P5\"", e.Message);
    }

    [Fact]
    public void Sixteen_bit_images_are_refused_clearly()
    {
        var e = Assert.Throws<InvalidDataException>(() => NetpbmImage.Read(Write("deep.pgm", Image("P5 1 1 65535\n", 0, 0))));
        Assert.Contains("maxval 65535", e.Message);
    }

    [Fact]
    public void Grayscale_uses_luma_weights()
    {
        var rgb = tensor(new float[] { 1, 0, 0 }, [3, 1, 1]);
        Assert.Equal(0.299f, Grayscale.From(rgb).item<float>(), 5);
        Assert.Equal(new long[] { 1, 150, 225 }, Grayscale.From(SampleImages.Chelsea()).shape);
    }
}

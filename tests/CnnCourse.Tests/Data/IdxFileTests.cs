using System.IO.Compression;
using CnnCourse.Data;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public class IdxFileTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    string WriteImages(string name, int count, int rows = 28, int cols = 28)
    {
        var path = temp.File(name);
        IdxFile.Write(path, IdxFile.ImagesMagic, [count, rows, cols], new byte[count * rows * cols]);
        return path;
    }

    string WriteLabels(string name, int count, byte value = 1)
    {
        var path = temp.File(name);
        IdxFile.Write(path, IdxFile.LabelsMagic, [count], Enumerable.Repeat(value, count).ToArray());
        return path;
    }

    [Fact]
    public void Round_trips_gzip_and_raw_files()
    {
        foreach (var name in new[] { "a-images.gz", "b-images" })
        {
            var path = WriteImages(name, 3);
            var contents = IdxFile.Read(path, IdxFile.ImagesMagic);
            Assert.Equal([3, 28, 28], contents.Dimensions);
            Assert.Equal(3 * 28 * 28, contents.Data.Length);
        }
    }

    [Fact]
    public void Wrong_magic_names_the_file_and_the_expected_magic()
    {
        var labels = WriteLabels("labels.gz", 5);
        var e = Assert.Throws<InvalidDataException>(() => IdxFile.Read(labels, IdxFile.ImagesMagic));
        Assert.Contains(labels, e.Message);
        Assert.Contains("0x00000801", e.Message);
        Assert.Contains("expected 0x00000803", e.Message);
    }

    [Fact]
    public void Truncated_gzip_is_reported_as_truncated_or_corrupt()
    {
        var path = WriteImages("images.gz", 50);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path, IdxFile.ImagesMagic));
        Assert.Contains(path, e.Message);
        Assert.Matches("truncated|corrupt", e.Message);
    }

    [Fact]
    public void Corrupt_gzip_is_reported()
    {
        var path = temp.File("images.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        var e = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path, IdxFile.ImagesMagic));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Payload_shorter_than_the_header_says_is_truncated()
    {
        var path = temp.File("images");
        IdxFile.Write(path, IdxFile.ImagesMagic, [10, 28, 28], new byte[9 * 28 * 28]);
        var e = Assert.Throws<InvalidDataException>(() => IdxFile.Read(path, IdxFile.ImagesMagic));
        Assert.Contains("need 7840", e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Missing_file_names_the_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => IdxFile.Read(temp.File("nope.gz"), IdxFile.ImagesMagic));
        Assert.Contains("nope.gz", e.Message);
    }

    [Fact]
    public void Image_and_label_counts_must_match()
    {
        var images = WriteImages("images.gz", 4);
        var labels = WriteLabels("labels.gz", 5);
        var e = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadFiles(images, labels, "test"));
        Assert.Contains("4 images", e.Message);
        Assert.Contains("5 labels", e.Message);
        Assert.Contains(images, e.Message);
    }

    [Fact]
    public void Images_must_be_28_by_28()
    {
        var images = WriteImages("images.gz", 2, rows: 32, cols: 32);
        var labels = WriteLabels("labels.gz", 2);
        var e = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadFiles(images, labels, "test"));
        Assert.Contains("[2, 32, 32]", e.Message);
        Assert.Contains("expected [N, 28, 28]", e.Message);
    }

    [Fact]
    public void Labels_must_be_class_indices()
    {
        var images = WriteImages("images.gz", 2);
        var labels = WriteLabels("labels.gz", 2, value: 12);
        var e = Assert.Throws<InvalidDataException>(() => FashionMnist.LoadFiles(images, labels, "test"));
        Assert.Contains("label 12", e.Message);
    }

    [Fact]
    public void Write_leaves_no_temporary_file_behind()
    {
        WriteImages("images.gz", 2);
        Assert.Equal(["images.gz"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}

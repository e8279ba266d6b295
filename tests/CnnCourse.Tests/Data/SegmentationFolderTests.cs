using CnnCourse.Data;
using CnnCourse.Tests.Support;
using SkiaSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Data;

/// <summary>SegmentationFolder on an Oxford-IIIT Pet-like folder that the test writes: JPEG photos and grayscale trimap PNGs.</summary>
[Trait("Category", "unit")]
public class SegmentationFolderTests : IDisposable
{
    readonly TempDirectory temp = new();
    public void Dispose() => temp.Dispose();

    /// <summary>A 40x20 trimap: left half pet (1), right half background (2), a border column (3) between.</summary>
    void WritePet(string name, byte petCode = 1)
    {
        Directory.CreateDirectory(temp.File("images"));
        Directory.CreateDirectory(temp.File("annotations/trimaps"));
        using (var photo = new SKBitmap(40, 20))
        {
            for (int y = 0; y < 20; y++)
                for (int x = 0; x < 40; x++) photo.SetPixel(x, y, x < 20 ? new SKColor(200, 120, 40) : new SKColor(30, 90, 220));
            using var jpeg = photo.Encode(SKEncodedImageFormat.Jpeg, 95);
            File.WriteAllBytes(temp.File($"images/{name}.jpg"), jpeg.ToArray());
        }
        using var mask = new SKBitmap(new SKImageInfo(40, 20, SKColorType.Gray8, SKAlphaType.Opaque));
        for (int y = 0; y < 20; y++)
            for (int x = 0; x < 40; x++)
            {
                byte code = x < 19 ? petCode : x == 19 ? (byte)3 : (byte)2;
                mask.SetPixel(x, y, new SKColor(code, code, code));
            }
        using var png = mask.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(temp.File($"annotations/trimaps/{name}.png"), png.ToArray());
    }

    [Fact]
    public void Oxford_pet_layout_loads_images_and_trimaps_resized_with_codes_kept()
    {
        WritePet("Abyssinian_1");
        WritePet("beagle_2");
        using var data = SegmentationFolder.OxfordPets(temp.Path, size: 16);
        Assert.Equal([2L, 3, 16, 16], data.Images.shape);
        Assert.Equal([2L, 16, 16], data.Labels.shape);
        Assert.Equal(["pet", "background", "border"], data.ClassNames);
        using var scope = NewDisposeScope();
        var row = data.Labels[0, 5].data<long>().ToArray();
        // Nearest neighbour: source column (x + 0.5) * 40 / 16, so columns 0..7 come from x < 19 (pet, code 1 -> class 0)
        // and 8..15 from x >= 20 (background, code 2 -> class 1); no blended values appear.
        Assert.Equal(Enumerable.Repeat(0L, 8).Concat(Enumerable.Repeat(1L, 8)), row);
        Assert.True(data.Labels.le(2).all().item<bool>());
        // The photo is orange on the left, blue on the right.
        Assert.InRange(data.Images[0, 0, 8, 2].item<float>(), 0.7f, 0.85f);
        Assert.InRange(data.Images[0, 2, 8, 13].item<float>(), 0.8f, 0.95f);
    }

    [Fact]
    public void A_missing_mask_or_an_unknown_code_names_the_file()
    {
        WritePet("cat_1");
        File.Copy(temp.File("images/cat_1.jpg"), temp.File("images/cat_2.jpg"));
        var e = Assert.Throws<FileNotFoundException>(() => SegmentationFolder.OxfordPets(temp.Path, size: 8));
        Assert.Contains("cat_2.png", e.Message);

        File.Delete(temp.File("images/cat_2.jpg"));
        WritePet("cat_3", petCode: 7);
        var bad = Assert.Throws<InvalidDataException>(() => SegmentationFolder.OxfordPets(temp.Path, size: 8));
        Assert.Contains("cat_3.png", bad.Message);
        Assert.Contains("code 7", bad.Message);
        Assert.Throws<DirectoryNotFoundException>(() => SegmentationFolder.OxfordPets(temp.File("nowhere")));
    }

    [Fact]
    public void Written_pairs_load_back_as_the_same_masks_and_images_to_within_8_bit_rounding()
    {
        using var scope = NewDisposeScope();
        var generator = new Generator(7);
        var images = rand(new long[] { 3, 1, 12, 12 }, generator: generator);
        var masks = randint(0, 5, new long[] { 3, 12, 12 }, generator: generator);
        using var data = new ImageDataset(images, masks, ["background", "a", "b", "c", "d"], "random");
        // Pet-like codes (class + 1), so a 0 in a mask PNG would be an error when read back with code - 1.
        var written = SegmentationFolder.Write(data, temp.File("images"), temp.File("annotations/trimaps"), codeOfClass: c => c + 1);
        Assert.Equal(["scene_0001.png", "scene_0002.png", "scene_0003.png"], written.Select(Path.GetFileName));

        using var loaded = SegmentationFolder.Load(temp.File("images"), temp.File("annotations/trimaps"), data.ClassNames, code => code - 1, size: 12, grayscale: true);
        Assert.True(loaded.Labels.equal(masks).all().item<bool>());
        Assert.Equal([3L, 1, 12, 12], loaded.Images.shape);
        Assert.InRange((loaded.Images - images).abs().max().item<float>(), 0f, 0.5f / 255 + 1e-6f);   // PNG keeps 8 bits per pixel
        var codes = SegmentationFolder.ReadMask(temp.File("annotations/trimaps/scene_0002.png"), 12, numClasses: 256);   // the raw pixel values
        Assert.True(codes.equal(masks[1] + 1).all().item<bool>());

        var e = Assert.Throws<ArgumentException>(() => SegmentationFolder.Write(data, temp.File("x"), temp.File("y"), codeOfClass: c => 300));
        Assert.Contains("code 300", e.Message);
    }

    [Fact]
    public void Masks_and_images_are_flipped_together_by_the_loader()
    {
        using var scope = NewDisposeScope();
        var images = rand(16, 1, 6, 6);
        var masks = images.squeeze(1).gt(0.5).to_type(ScalarType.Int64);
        using var data = new ImageDataset(images, masks, ["dark", "bright"], "random");
        var loader = new BatchLoader(data, 4, transform: new BatchTransform(HorizontalFlip: true), seed: 3);
        int start = 0, flipped = 0;
        foreach (var (x, y) in loader.Batches())
        {
            Assert.True(x.squeeze(1).gt(0.5).to_type(ScalarType.Int64).equal(y).all().item<bool>());   // still aligned
            for (int i = 0; i < x.shape[0]; i++)
                if (!x[i].equal(images[start + i]).all().item<bool>()) flipped++;
            start += (int)x.shape[0];
        }
        Assert.InRange(flipped, 1, 15);   // each image is mirrored with probability 1/2
        var e = Assert.Throws<ArgumentException>(() => new BatchLoader(data, 4, transform: new BatchTransform(CropPadding: 2)));
        Assert.Contains("per-pixel labels", e.Message);
    }
}

using SkiaSharp;
using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>
/// Segmentation data on disk as pairs of files: an image (PNG/JPEG) and a mask PNG of the same name whose
/// 8-bit grayscale values are class codes. The Oxford-IIIT Pet layout is built in: <c>root/images/*.jpg</c> and
/// <c>root/annotations/trimaps/*.png</c> with 1 = pet, 2 = background, 3 = border. Images are resized to
/// size x size with filtering, masks with nearest neighbour (codes must not be blended), and kept in memory.
/// </summary>
public static class SegmentationFolder
{
    static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg"];

    /// <summary>The Oxford-IIIT Pet trimap classes, in the order of their codes 1, 2, 3.</summary>
    public static IReadOnlyList<string> OxfordPetClassNames { get; } = ["pet", "background", "border"];

    /// <summary>Oxford-IIIT Pet (or any folder in its layout): images (N, 3, size, size), masks (N, size, size) in 0..2.</summary>
    public static ImageDataset OxfordPets(string root, int size = 128, int maxImages = int.MaxValue)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{root}: folder not found (expected images/*.jpg and annotations/trimaps/*.png, the Oxford-IIIT Pet layout)");
        return Load(Path.Combine(root, "images"), Path.Combine(root, "annotations", "trimaps"), OxfordPetClassNames, code => code - 1, size, maxImages: maxImages);
    }

    /// <summary>
    /// Pairs every image in <paramref name="imagesDir"/> (ordinal name order) with <paramref name="masksDir"/>/name.png;
    /// <paramref name="classOfCode"/> maps a mask's pixel value to a class index (identity when null).
    /// </summary>
    public static ImageDataset Load(string imagesDir, string masksDir, IReadOnlyList<string> classNames, Func<int, int>? classOfCode = null,
        int size = 128, bool grayscale = false, int maxImages = int.MaxValue)
    {
        if (!Directory.Exists(imagesDir)) throw new DirectoryNotFoundException($"{imagesDir}: image folder not found");
        if (!Directory.Exists(masksDir)) throw new DirectoryNotFoundException($"{masksDir}: mask folder not found");
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "size must be positive");
        var images = Directory.EnumerateFiles(imagesDir)
            .Where(f => ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal).Take(maxImages).ToList();
        if (images.Count == 0) throw new InvalidDataException($"{imagesDir}: no .png/.jpg/.jpeg images");

        using var scope = NewDisposeScope();
        var pictures = new List<Tensor>();
        var masks = new List<Tensor>();
        foreach (var image in images)
        {
            var maskPath = Path.Combine(masksDir, Path.GetFileNameWithoutExtension(image) + ".png");
            if (!File.Exists(maskPath)) throw new FileNotFoundException($"{image}: no mask at {maskPath} (expected a PNG of the same name)", maskPath);
            pictures.Add(ImageFile.Read(image, size, grayscale));
            masks.Add(ReadMask(maskPath, size, classNames.Count, classOfCode));
        }
        var imageTensor = stack(pictures).MoveToOuterDisposeScope();
        var maskTensor = stack(masks).MoveToOuterDisposeScope();
        return new ImageDataset(imageTensor, maskTensor, classNames, $"segmentation folders {imagesDir} + {masksDir} ({images.Count} pairs, {size}x{size})");
    }

    /// <summary>
    /// The inverse of <see cref="Load"/>: writes each image of <paramref name="data"/> (N, 1 or 3, H, W) as
    /// <paramref name="imagesDir"/>/name.png and its mask (N, H, W) as an 8-bit grayscale <paramref name="masksDir"/>/name.png,
    /// where <paramref name="codeOfClass"/> maps a class to its pixel value (identity when null; e.g. c => c + 1 for Pet trimap codes).
    /// Names are <paramref name="namePrefix"/>_0001, ... so ordinal order is dataset order. Returns the image paths.
    /// </summary>
    public static IReadOnlyList<string> Write(ImageDataset data, string imagesDir, string masksDir, Func<int, int>? codeOfClass = null, string namePrefix = "scene")
    {
        if (data.Labels.dim() != 3 || data.Images.dim() != 4)
            throw new ArgumentException($"{data.Source}: images {data.Images.shape.Str()}, labels {data.Labels.shape.Str()}; expected (N, C, H, W) images with (N, H, W) masks", nameof(data));
        Directory.CreateDirectory(imagesDir);
        Directory.CreateDirectory(masksDir);
        int digits = Math.Max(4, data.Count.ToString().Length);
        var written = new List<string>();
        for (long i = 0; i < data.Count; i++)
        {
            using var scope = NewDisposeScope();
            string name = $"{namePrefix}_{(i + 1).ToString().PadLeft(digits, '0')}";
            string imagePath = Path.Combine(imagesDir, name + ".png");
            ImageFile.WritePng(data.Images[i], imagePath);
            WriteMask(data.Labels[i], Path.Combine(masksDir, name + ".png"), codeOfClass);
            written.Add(imagePath);
        }
        return written;
    }

    /// <summary>A mask (H, W) of class indices as an 8-bit grayscale PNG of codes (identity when <paramref name="codeOfClass"/> is null).</summary>
    public static void WriteMask(Tensor mask, string path, Func<int, int>? codeOfClass = null)
    {
        if (mask.dim() != 2) throw new ArgumentException($"mask: shape {mask.shape.Str()}, expected (H, W)", nameof(mask));
        int h = (int)mask.shape[0], w = (int)mask.shape[1];
        var classes = mask.cpu().to_type(ScalarType.Int64).contiguous().data<long>().ToArray();
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque));
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int cls = (int)classes[y * w + x];
                int code = codeOfClass is null ? cls : codeOfClass(cls);
                if (code is < 0 or > 255) throw new ArgumentException($"{path}: class {cls} at ({x}, {y}) has code {code}, expected 0..255 (one byte)", nameof(codeOfClass));
                bitmap.SetPixel(x, y, new SKColor((byte)code, (byte)code, (byte)code));
            }
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        AtomicFile.Write(path, stream => png.SaveTo(stream));
    }

    /// <summary>A mask PNG as (size, size) int64 class indices, resized by nearest neighbour.</summary>
    public static Tensor ReadMask(string path, int size, int numClasses, Func<int, int>? classOfCode = null)
    {
        using var bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path}: not a readable PNG mask");
        int w = bitmap.Width, h = bitmap.Height;
        var data = new long[size * size];
        for (int y = 0; y < size; y++)
        {
            int sy = Math.Min(h - 1, (int)((y + 0.5) * h / size));
            for (int x = 0; x < size; x++)
            {
                int sx = Math.Min(w - 1, (int)((x + 0.5) * w / size));
                int code = bitmap.GetPixel(sx, sy).Red;   // grayscale: red = green = blue = the code
                int cls = classOfCode is null ? code : classOfCode(code);
                if (cls < 0 || cls >= numClasses)
                    throw new InvalidDataException($"{path}: pixel ({sx}, {sy}) has code {code} (class {cls}), expected a class in 0..{numClasses - 1}");
                data[y * size + x] = cls;
            }
        }
        return tensor(data, new long[] { size, size });
    }
}

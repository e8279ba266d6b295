using SkiaSharp;
using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>Reads and writes PNG/JPEG images as tensors (C, H, W), float32 in [0, 1].</summary>
public static class ImageFile
{
    /// <summary>
    /// Decodes <paramref name="path"/>; with <paramref name="size"/>, resizes to size x size first.
    /// <paramref name="grayscale"/> gives 1 channel, else 3 (RGB).
    /// </summary>
    public static Tensor Read(string path, int? size = null, bool grayscale = false)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: image not found", path);
        using var decoded = SKBitmap.Decode(path)
            ?? throw new InvalidDataException($"{path}: not a readable image (expected PNG or JPEG)");
        using var resized = size is { } s && (decoded.Width != s || decoded.Height != s)
            ? decoded.Resize(new SKImageInfo(s, s, SKColorType.Rgba8888, SKAlphaType.Unpremul), SKFilterQuality.Medium)
              ?? throw new InvalidDataException($"{path}: could not resize to {s}x{s}")
            : null;
        var bitmap = resized ?? decoded;
        int w = bitmap.Width, h = bitmap.Height, channels = grayscale ? 1 : 3;
        var data = new float[channels * h * w];
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
        {
            var c = bitmap.GetPixel(x, y);
            if (grayscale) data[y * w + x] = (0.299f * c.Red + 0.587f * c.Green + 0.114f * c.Blue) / 255f;
            else
            {
                data[y * w + x] = c.Red / 255f;
                data[h * w + y * w + x] = c.Green / 255f;
                data[2 * h * w + y * w + x] = c.Blue / 255f;
            }
        }
        return tensor(data, new long[] { channels, h, w });
    }

    /// <summary>Writes a (C, H, W) or (H, W) tensor in [0, 1] as a PNG (through a temporary file).</summary>
    public static void WritePng(Tensor image, string path)
    {
        using var scope = NewDisposeScope();
        var chw = image.dim() == 2 ? image.unsqueeze(0) : image;
        if (chw.dim() != 3 || (chw.shape[0] != 1 && chw.shape[0] != 3))
            throw new ArgumentException($"image: shape {image.shape.Str()}, expected (1 or 3, H, W) or (H, W)");
        int h = (int)chw.shape[1], w = (int)chw.shape[2];
        var rgb = (chw.shape[0] == 1 ? chw.expand(3, h, w) : chw).clamp(0, 1).mul(255).round().to_type(ScalarType.Byte).contiguous();
        var bytes = rgb.data<byte>().ToArray();
        using var bitmap = new SKBitmap(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            bitmap.SetPixel(x, y, new SKColor(bytes[y * w + x], bytes[h * w + y * w + x], bytes[2 * h * w + y * w + x]));
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        AtomicFile.Write(path, stream => png.SaveTo(stream));
    }
}

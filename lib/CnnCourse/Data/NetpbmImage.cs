using System.Text;
using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>
/// Reader for binary Netpbm images, the simplest image files there are: "P5" (grayscale PGM) or "P6"
/// (RGB PPM), a text header "width height maxval" (comments start with #), one whitespace byte, then
/// 8-bit samples row by row. Returns (C, H, W) float32 in [0, 1], C = 1 or 3. Every error names the file.
/// </summary>
public static class NetpbmImage
{
    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    public static Tensor Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found (expected a binary PGM/PPM image, P5 or P6)", path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses image bytes already in memory; <paramref name="name"/> is used in error messages.</summary>
    public static Tensor Parse(byte[] raw, string name)
    {
        if (raw.Length < 2 || raw[0] != (byte)'P' || (raw[1] != (byte)'5' && raw[1] != (byte)'6'))
        {
            var start = Encoding.ASCII.GetString(raw, 0, Math.Min(2, raw.Length)).Replace("\n", "\\n").Replace("\r", "\\r");
            throw new InvalidDataException($"{name}: magic \"{start}\", expected \"P5\" (binary grayscale PGM) or \"P6\" (binary RGB PPM)");
        }
        int channels = raw[1] == (byte)'5' ? 1 : 3;
        int position = 2;
        int width = ReadHeaderNumber(raw, ref position, name, "width");
        int height = ReadHeaderNumber(raw, ref position, name, "height");
        int maxValue = ReadHeaderNumber(raw, ref position, name, "maxval");
        if (width <= 0 || height <= 0) throw new InvalidDataException($"{name}: size {width}x{height}, expected positive width and height");
        if (maxValue is <= 0 or > 255) throw new InvalidDataException($"{name}: maxval {maxValue}, expected 1..255 (8-bit samples; 16-bit images are not supported)");
        if (position >= raw.Length || !IsWhitespace(raw[position]))
            throw new InvalidDataException($"{name}: the header ends without the single whitespace byte before the pixel data (file truncated?)");
        position++;

        long expected = (long)width * height * channels;
        long payload = raw.Length - position;
        if (payload != expected)
            throw new InvalidDataException(
                $"{name}: {payload} pixel bytes, but {width}x{height}x{channels} needs {expected}" + (payload < expected ? " (file truncated)" : " (trailing bytes)"));

        using var scope = NewDisposeScope();
        // Samples are stored (H, W, C) interleaved; torch wants (C, H, W).
        var samples = tensor(raw.AsSpan(position).ToArray(), [height, width, channels]);
        var image = samples.permute(2, 0, 1).to_type(ScalarType.Float32).div(maxValue).contiguous();
        return image.MoveToOuterDisposeScope();
    }

    static int ReadHeaderNumber(byte[] raw, ref int position, string name, string field)
    {
        // Whitespace and "# comment" lines may come before each number.
        while (position < raw.Length)
        {
            if (IsWhitespace(raw[position])) position++;
            else if (raw[position] == (byte)'#') { while (position < raw.Length && raw[position] != (byte)'\n') position++; }
            else break;
        }
        int begin = position;
        long value = 0;
        while (position < raw.Length && raw[position] is >= (byte)'0' and <= (byte)'9' && position - begin < 9)
            value = value * 10 + (raw[position++] - '0');
        if (position == begin)
        {
            string found = position < raw.Length ? $"byte 0x{raw[position]:X2}" : "the end of the file";
            throw new InvalidDataException($"{name}: header {field} expected at byte {begin}, found {found} (file truncated or not a PGM/PPM)");
        }
        if (position < raw.Length && raw[position] is >= (byte)'0' and <= (byte)'9')
            throw new InvalidDataException($"{name}: header {field} at byte {begin} has too many digits");
        return (int)value;
    }

    static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';
}

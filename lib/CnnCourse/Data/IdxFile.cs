using System.Buffers.Binary;
using System.IO.Compression;

namespace CnnCourse.Data;

/// <summary>
/// Reader for the IDX format used by MNIST and Fashion-MNIST: a big-endian magic number
/// (0x00000803 for images, 0x00000801 for labels), one big-endian int32 per dimension, then raw bytes.
/// Files may be gzip-compressed (.gz). Every error names the file and what was expected.
/// </summary>
public static class IdxFile
{
    public const int ImagesMagic = 0x00000803;
    public const int LabelsMagic = 0x00000801;

    /// <summary>An IDX payload: its dimensions and its unsigned bytes, row-major.</summary>
    public sealed record Contents(int[] Dimensions, byte[] Data);

    /// <summary>Reads and validates an IDX file; <paramref name="expectedMagic"/> fixes the kind.</summary>
    public static Contents Read(string path, int expectedMagic)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found (expected an IDX file)", path);
        byte[] raw;
        try
        {
            raw = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Gunzip(path) : File.ReadAllBytes(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: corrupt gzip data ({e.Message}); delete the file and fetch it again", e);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: truncated gzip stream; delete the file and fetch it again", e);
        }
        return Parse(raw, path, expectedMagic);
    }

    static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        if (file.Length < 18 || memory.Length == 0)
            throw new InvalidDataException("the stream is empty or shorter than a gzip header");
        return memory.ToArray();
    }

    /// <summary>Parses IDX bytes already in memory; <paramref name="name"/> is used in error messages.</summary>
    public static Contents Parse(byte[] raw, string name, int expectedMagic)
    {
        if (raw.Length < 8) throw new InvalidDataException($"{name}: {raw.Length} bytes, too short for an IDX header (expected at least 8)");
        int magic = BinaryPrimitives.ReadInt32BigEndian(raw);
        if (magic != expectedMagic)
            throw new InvalidDataException($"{name}: magic 0x{magic:X8}, expected 0x{expectedMagic:X8} ({Describe(expectedMagic)})");
        int rank = magic & 0xFF;
        int headerLength = 4 + 4 * rank;
        if (raw.Length < headerLength) throw new InvalidDataException($"{name}: truncated header ({raw.Length} bytes, expected {headerLength})");
        var dims = new int[rank];
        long count = 1;
        for (int d = 0; d < rank; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(raw.AsSpan(4 + 4 * d));
            if (dims[d] <= 0) throw new InvalidDataException($"{name}: dimension {d} is {dims[d]}, expected a positive size");
            count *= dims[d];
        }
        long payload = raw.Length - headerLength;
        if (payload != count)
            throw new InvalidDataException(
                $"{name}: {payload} data bytes but the header's dimensions [{string.Join(", ", dims)}] need {count}" +
                (payload < count ? " (file truncated)" : " (trailing bytes)"));
        return new Contents(dims, raw.AsSpan(headerLength).ToArray());
    }

    static string Describe(int magic) => magic switch
    {
        ImagesMagic => "IDX images: unsigned bytes, 3 dimensions",
        LabelsMagic => "IDX labels: unsigned bytes, 1 dimension",
        _ => "IDX",
    };

    /// <summary>Writes an IDX file (gzip when the name ends in .gz) through a temporary file and a rename.</summary>
    public static void Write(string path, int magic, int[] dimensions, ReadOnlySpan<byte> data)
    {
        var header = new byte[4 + 4 * dimensions.Length];
        BinaryPrimitives.WriteInt32BigEndian(header, magic);
        for (int d = 0; d < dimensions.Length; d++) BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * d), dimensions[d]);
        var bytes = data.ToArray();
        AtomicFile.Write(path, stream =>
        {
            Stream target = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true) : stream;
            target.Write(header);
            target.Write(bytes);
            if (target != stream) target.Dispose();
        });
    }
}

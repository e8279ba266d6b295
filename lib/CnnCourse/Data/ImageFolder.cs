using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>
/// A dataset laid out as one folder per class of PNG/JPEG files (e.g. a cats-vs-dogs download:
/// <c>root/cat/*.jpg</c>, <c>root/dog/*.jpg</c>). Classes are the folder names in ordinal order.
/// Every image is decoded and resized to size x size once and kept in memory.
/// </summary>
public static class ImageFolder
{
    static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    public static ImageDataset Load(string root, int size = 64, bool grayscale = false, int maxPerClass = int.MaxValue)
    {
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"{root}: folder not found (expected one subfolder per class of .png/.jpg files)");
        var classes = Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        if (classes.Length < 2) throw new InvalidDataException($"{root}: {classes.Length} class folder(s), expected at least 2 (one subfolder per class)");

        var files = new List<(string Path, int Label)>();
        for (int label = 0; label < classes.Length; label++)
        {
            var images = Directory.EnumerateFiles(Path.Combine(root, classes[label]!))
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal).Take(maxPerClass).ToList();
            if (images.Count == 0) throw new InvalidDataException($"{Path.Combine(root, classes[label]!)}: no .png/.jpg/.jpeg files");
            files.AddRange(images.Select(f => (f, label)));
        }

        using var scope = NewDisposeScope();
        var tensors = files.Select(f => ImageFile.Read(f.Path, size, grayscale)).ToArray();
        var images4d = stack(tensors).MoveToOuterDisposeScope();
        var labels = tensor(files.Select(f => (long)f.Label).ToArray()).MoveToOuterDisposeScope();
        return new ImageDataset(images4d, labels, classes!, $"image folder {root} ({files.Count} images, {classes.Length} classes, {size}x{size})");
    }
}

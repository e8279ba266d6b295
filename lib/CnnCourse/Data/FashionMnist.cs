using System.Security.Cryptography;
using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>
/// Fashion-MNIST (Zalando Research, MIT licence): 28x28 grayscale clothing images, 10 classes,
/// 60,000 for training and 10,000 for testing. Looked for, in order:
/// <list type="number">
/// <item><c>datasets/fashion-mnist/</c> in the course folder (or CNN_FASHION_MNIST_DIR);</item>
/// <item><c>/usr/share/datasets/fashion-mnist/</c> (Debian package dataset-fashion-mnist);</item>
/// <item>a download from the dataset's official location into <c>datasets/fashion-mnist/</c>, verified by SHA-256
/// (skipped when CNN_OFFLINE=1);</item>
/// <item>the small subset committed in <c>datasets/fashion-mnist-subset/</c>, so notebooks always run.</item>
/// </list>
/// </summary>
public static class FashionMnist
{
    public static readonly IReadOnlyList<string> ClassNames =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    public const string DebianDirectory = "/usr/share/datasets/fashion-mnist";
    public const string OfficialBaseUrl = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

    /// <summary>One of the four files: its name and the SHA-256 of its decompressed IDX content.</summary>
    /// <remarks>The hashes are of the content rather than of the .gz, since repackagers (e.g. Debian) recompress.</remarks>
    public sealed record FileSpec(string Name, string ContentSha256, int Count);

    public static readonly FileSpec TrainImages = new("train-images-idx3-ubyte.gz", "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888", 60000);
    public static readonly FileSpec TrainLabels = new("train-labels-idx1-ubyte.gz", "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9", 60000);
    public static readonly FileSpec TestImages = new("t10k-images-idx3-ubyte.gz", "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b", 10000);
    public static readonly FileSpec TestLabels = new("t10k-labels-idx1-ubyte.gz", "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34", 10000);

    public static string LocalDirectory =>
        Settings.FashionMnistFolder.Value is { } dir ? dir : Path.Combine(CoursePaths.Datasets, "fashion-mnist");
    public static string SubsetDirectory => Path.Combine(CoursePaths.Datasets, "fashion-mnist-subset");

    /// <summary>Loads the training split (60,000 images, or the committed subset as a last resort).</summary>
    public static ImageDataset Train() => Load(train: true);

    /// <summary>Loads the test split (10,000 images, or the committed subset as a last resort).</summary>
    public static ImageDataset Test() => Load(train: false);

    /// <summary>Where to look for the files, in order (see the class summary); tests pass their own.</summary>
    public sealed record Sources(IReadOnlyList<(string Directory, string Description)> Directories, bool AllowDownload, string SubsetDirectory)
    {
        public static Sources Default => new(
            [(LocalDirectory, "course folder"), (DebianDirectory, "Debian package dataset-fashion-mnist")],
            Settings.Offline.Value != "1",
            FashionMnist.SubsetDirectory);
    }

    public static ImageDataset Load(bool train, Sources? sources = null)
    {
        sources ??= Sources.Default;
        var (images, labels) = train ? (TrainImages, TrainLabels) : (TestImages, TestLabels);
        foreach (var (dir, what) in sources.Directories)
        {
            if (File.Exists(Path.Combine(dir, images.Name)) && File.Exists(Path.Combine(dir, labels.Name)))
                return LoadFiles(Path.Combine(dir, images.Name), Path.Combine(dir, labels.Name), $"Fashion-MNIST from {dir} ({what})");
        }
        if (sources.AllowDownload)
        {
            var target = sources.Directories.Count > 0 ? sources.Directories[0].Directory : LocalDirectory;
            try
            {
                foreach (var spec in new[] { images, labels })
                    Downloader.Fetch(new Uri(OfficialBaseUrl + spec.Name), Path.Combine(target, spec.Name), path => VerifyContent(path, spec));
                return LoadFiles(Path.Combine(target, images.Name), Path.Combine(target, labels.Name), $"Fashion-MNIST downloaded to {target}");
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or OperationCanceledException or InvalidDataException)
            {
                Console.Error.WriteLine($"Fashion-MNIST download failed ({e.Message}); using the committed subset.");
            }
        }
        var subsetImages = Path.Combine(sources.SubsetDirectory, images.Name);
        var subsetLabels = Path.Combine(sources.SubsetDirectory, labels.Name);
        if (!File.Exists(subsetImages) || !File.Exists(subsetLabels))
            throw new FileNotFoundException(
                $"Fashion-MNIST not found: looked in {string.Join(", ", sources.Directories.Select(d => d.Directory))} and {sources.SubsetDirectory}" +
                (sources.AllowDownload ? " (and the download failed)" : "") +
                ". Install it with `apt-get install dataset-fashion-mnist` or run environment/setup.sh.", subsetImages);
        return LoadFiles(subsetImages, subsetLabels, $"Fashion-MNIST SUBSET from {sources.SubsetDirectory} (the full set was not found: accuracies will be lower)");
    }

    /// <summary>Reads an IDX image file and its label file into an <see cref="ImageDataset"/> (N, 1, 28, 28).</summary>
    public static ImageDataset LoadFiles(string imagesPath, string labelsPath, string source)
    {
        TorchRuntime.EnsureLoaded();
        var images = IdxFile.Read(imagesPath, IdxFile.ImagesMagic);
        var labels = IdxFile.Read(labelsPath, IdxFile.LabelsMagic);
        if (images.Dimensions.Length != 3 || images.Dimensions[1] != 28 || images.Dimensions[2] != 28)
            throw new InvalidDataException($"{imagesPath}: dimensions [{string.Join(", ", images.Dimensions)}], expected [N, 28, 28]");
        if (labels.Dimensions.Length != 1)
            throw new InvalidDataException($"{labelsPath}: dimensions [{string.Join(", ", labels.Dimensions)}], expected [N]");
        if (images.Dimensions[0] != labels.Dimensions[0])
            throw new InvalidDataException($"{imagesPath} has {images.Dimensions[0]} images but {labelsPath} has {labels.Dimensions[0]} labels; expected equal counts");
        int bad = Array.FindIndex(labels.Data, l => l >= ClassNames.Count);
        if (bad >= 0) throw new InvalidDataException($"{labelsPath}: label {labels.Data[bad]} at index {bad}, expected 0..{ClassNames.Count - 1}");

        int n = images.Dimensions[0];
        using var scope = NewDisposeScope();
        var imageTensor = tensor(images.Data, new long[] { n, 1, 28, 28 }).to_type(ScalarType.Float32).div_(255f);
        var labelTensor = tensor(labels.Data, new long[] { n }).to_type(ScalarType.Int64);
        return new ImageDataset(imageTensor.MoveToOuterDisposeScope(), labelTensor.MoveToOuterDisposeScope(), ClassNames, source);
    }

    /// <summary>Throws unless the decompressed IDX content of <paramref name="path"/> has the published SHA-256.</summary>
    public static void VerifyContent(string path, FileSpec spec)
    {
        var content = IdxFile.Read(path, spec.Name.Contains("images") ? IdxFile.ImagesMagic : IdxFile.LabelsMagic);
        // Recompute the hash over header + data exactly as stored in the decompressed file.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var magic = spec.Name.Contains("images") ? IdxFile.ImagesMagic : IdxFile.LabelsMagic;
        var head = new byte[4 + 4 * content.Dimensions.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(head, magic);
        for (int d = 0; d < content.Dimensions.Length; d++) System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(head.AsSpan(4 + 4 * d), content.Dimensions[d]);
        sha.AppendData(head);
        sha.AppendData(content.Data);
        var actual = Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
        if (actual != spec.ContentSha256)
            throw new InvalidDataException($"{path}: SHA-256 of the content is {actual}, expected {spec.ContentSha256}");
    }
}

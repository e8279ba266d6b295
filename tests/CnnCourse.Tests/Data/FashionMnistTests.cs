using CnnCourse.Data;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Data;

[Trait("Category", "unit")]
public class FashionMnistTests
{
    [Fact]
    public void The_committed_subset_loads_with_balanced_classes()
    {
        var sources = new FashionMnist.Sources([], AllowDownload: false, FashionMnist.SubsetDirectory);
        using var train = FashionMnist.Load(train: true, sources);
        using var test = FashionMnist.Load(train: false, sources);
        Assert.Equal(5000, train.Count);
        Assert.Equal(1000, test.Count);
        Assert.Contains("SUBSET", train.Source);
        Assert.Equal([5000L, 1, 28, 28], train.Images.shape);
        var counts = train.Labels.bincount(null, 0).data<long>().ToArray();
        Assert.Equal(10, counts.Length);
        Assert.All(counts, c => Assert.InRange(c, 400, 600));
        Assert.InRange(train.Images.max().item<float>(), 0.99f, 1.0f);
        Assert.Equal(0f, train.Images.min().item<float>());
    }

    [Fact]
    public void A_folder_earlier_in_the_search_order_wins_and_is_named()
    {
        using var temp = new TempDirectory();
        foreach (var name in new[] { "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz" })
            File.Copy(Path.Combine(FashionMnist.SubsetDirectory, name), temp.File(name));
        var sources = new FashionMnist.Sources([(temp.Path, "test folder")], AllowDownload: false, "/nonexistent");
        using var train = FashionMnist.Load(train: true, sources);
        Assert.Contains(temp.Path, train.Source);
        Assert.Contains("test folder", train.Source);
    }

    [Fact]
    public void Nothing_found_names_every_place_searched()
    {
        var sources = new FashionMnist.Sources([("/nonexistent/a", "a")], AllowDownload: false, "/nonexistent/subset");
        var e = Assert.Throws<FileNotFoundException>(() => FashionMnist.Load(train: true, sources));
        Assert.Contains("/nonexistent/a", e.Message);
        Assert.Contains("/nonexistent/subset", e.Message);
    }

    [Fact]
    public void Content_hash_check_rejects_a_file_with_other_content()
    {
        using var temp = new TempDirectory();
        var path = temp.File("t10k-labels-idx1-ubyte.gz");
        File.Copy(Path.Combine(FashionMnist.SubsetDirectory, "t10k-labels-idx1-ubyte.gz"), path);
        var e = Assert.Throws<InvalidDataException>(() => FashionMnist.VerifyContent(path, FashionMnist.TestLabels));
        Assert.Contains("SHA-256", e.Message);
        Assert.Contains(FashionMnist.TestLabels.ContentSha256, e.Message);
    }

    [Fact]
    public void Content_hashes_match_the_installed_full_dataset_when_present()
    {
        // The Debian package is installed by environment/setup.sh (and so in CI); the hashes were taken from it.
        var dir = FashionMnist.DebianDirectory;
        Assert.True(File.Exists(Path.Combine(dir, FashionMnist.TestLabels.Name)), $"{dir}: run environment/setup.sh to install dataset-fashion-mnist");
        foreach (var spec in new[] { FashionMnist.TrainImages, FashionMnist.TrainLabels, FashionMnist.TestImages, FashionMnist.TestLabels })
            FashionMnist.VerifyContent(Path.Combine(dir, spec.Name), spec);
    }

    [Fact]
    public void WithClasses_keeps_only_those_classes_relabelled_in_order()
    {
        var sources = new FashionMnist.Sources([], AllowDownload: false, FashionMnist.SubsetDirectory);
        using var test = FashionMnist.Load(train: false, sources);
        var pair = test.WithClasses(7, 9);   // sneaker, ankle boot
        Assert.Equal(["Sneaker", "Ankle boot"], pair.ClassNames);
        Assert.Equal(test.Labels.eq(7).sum().item<long>() + test.Labels.eq(9).sum().item<long>(), pair.Count);
        Assert.Equal(test.Labels.eq(9).sum().item<long>(), pair.Labels.sum().item<long>());
    }
}

using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class AtomicFileTests
{
    [Fact]
    public void A_failed_write_leaves_the_old_file_and_no_temporary()
    {
        using var temp = new TempDirectory();
        var path = temp.File("gradebook.csv");
        File.WriteAllText(path, "old");
        Assert.Throws<IOException>(() => AtomicFile.Write(path, s => { s.WriteByte(1); throw new IOException("disk full"); }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["gradebook.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_write_replaces_the_file_whole()
    {
        using var temp = new TempDirectory();
        var path = temp.File("sub/dir/file.txt");
        AtomicFile.WriteAllText(path, "one");
        AtomicFile.WriteAllText(path, "two");
        Assert.Equal("two", File.ReadAllText(path));
    }
}

namespace CnnCourse.Models.Pretrained;

/// <summary>Finds a file inside a package in the NuGet packages folder (NUGET_PACKAGES, else ~/.nuget/packages), where restore put it.</summary>
public static class NuGetPackageFile
{
    /// <summary>The global packages folder restore uses.</summary>
    public static string PackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Where <paramref name="relativePath"/> of package <paramref name="id"/> <paramref name="version"/> lies (whether or not it exists).</summary>
    public static string PathOf(string id, string version, string relativePath) =>
        Path.Combine(PackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant(), relativePath);

    /// <summary>The file's path; throws FileNotFoundException saying how to fetch the package when it is absent.</summary>
    public static string Require(string id, string version, string relativePath)
    {
        var path = PathOf(id, version, relativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"{path} not found: it comes from the NuGet package {id} {version}, which is fetched at restore time. " +
                "Run `dotnet restore lib/CnnCourse` (or `bash environment/setup.sh`) with access to the package registry" +
                (Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } ? " (NUGET_PACKAGES is set: restore into that folder)" : "") + ".", path);
        return path;
    }
}

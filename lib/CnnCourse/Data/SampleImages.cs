using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>Photos shipped in datasets/images/ (source, licence and SHA-256 in datasets/README.md).</summary>
public static class SampleImages
{
    /// <summary>The file of <see cref="Chelsea"/>: datasets/images/chelsea.ppm.</summary>
    public static string ChelseaPath => Path.Combine(CoursePaths.Datasets, "images", "chelsea.ppm");

    /// <summary>Chelsea the cat (scikit-image, CC0), downscaled to 225x150: (3, 150, 225) RGB float32 in [0, 1].</summary>
    public static Tensor Chelsea() => NetpbmImage.Read(ChelseaPath);
}

namespace CnnCourse.Convolution;

/// <summary>
/// The four 3x3 kernels of the lecture's cat pictures. Their sums are what the lecture classifies them by:
/// derivatives in x and y summing to 1 sharpen, summing to 0 find edges; a y-derivative with the
/// 4-neighbours doubled finds strong horizontal edges; positive weights summing to 1 smooth.
/// </summary>
public static class LectureKernels
{
    /// <summary>Centre minus its 4 neighbours, plus the pixel itself: sum 1.</summary>
    public static Kernel Sharpen { get; } = new("Sharpen", "derivative on x and y, sum 1: edges sharpened, flat regions kept", new float[,]
    {
        { 0, -1, 0 },
        { -1, 5, -1 },
        { 0, -1, 0 },
    });

    /// <summary>8-neighbour Laplacian: sum 0, so flat regions become 0 and edges and isolated points stand out.</summary>
    public static Kernel EdgeDetect { get; } = new("Edge detect", "derivative on x and y, sum 0: horizontal and vertical edges, isolated points", new float[,]
    {
        { -1, -1, -1 },
        { -1, 8, -1 },
        { -1, -1, -1 },
    });

    /// <summary>Derivative on y with the 4-neighbours (above and below the centre) weighted 2 (the Sobel y kernel): sum 0.</summary>
    public static Kernel StrongEdgeDetect { get; } = new("\"Strong\" edge detect", "derivative on y, 4-neighbours x2, sum 0: strong horizontal edges", new float[,]
    {
        { -1, -2, -1 },
        { 0, 0, 0 },
        { 1, 2, 1 },
    });

    /// <summary>Gaussian-like weighted mean, all weights positive: sum 1.</summary>
    public static Kernel Smoothing { get; } = new("Smoothing", "positive weights, sum 1: a weighted mean that blurs", new float[,]
    {
        { 1 / 16f, 2 / 16f, 1 / 16f },
        { 2 / 16f, 4 / 16f, 2 / 16f },
        { 1 / 16f, 2 / 16f, 1 / 16f },
    });

    /// <summary>Sharpen, edge detect, strong edge detect, smoothing: the lecture's order.</summary>
    public static IReadOnlyList<Kernel> All { get; } = [Sharpen, EdgeDetect, StrongEdgeDetect, Smoothing];
}

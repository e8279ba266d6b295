using System.Globalization;
using CnnCourse.Applications;
using Plotly.NET;
using static TorchSharp.torch;

namespace CnnCourse.Visualization;

/// <summary>Boxes drawn on images as one-pixel outlines in their class's colour (<see cref="SegmentationView.Palette"/>), for detection results.</summary>
public static class DetectionView
{
    /// <summary>Images (N, C, H, W) in [0, 1] with each image's boxes outlined: (N, 3, H, W) in [0, 1].</summary>
    public static Tensor Outline(Tensor images, IReadOnlyList<IReadOnlyList<LabeledBox>> boxes)
    {
        if (images.dim() != 4 || boxes.Count != images.shape[0])
            throw new ArgumentException($"images {images.shape.Str()} with {boxes.Count} lists of boxes: expected (N, C, H, W) and one list per image");
        using var scope = NewDisposeScope();
        var rgb = (images.shape[1] == 1 ? images.expand(-1, 3, -1, -1) : images).detach().cpu().to_type(ScalarType.Float32).contiguous();
        int n = (int)rgb.shape[0], height = (int)rgb.shape[2], width = (int)rgb.shape[3];
        var pixels = rgb.data<float>().ToArray();
        for (int image = 0; image < n; image++)
            foreach (var (box, label) in boxes[image])
            {
                var (r, g, b) = SegmentationView.Palette[label % SegmentationView.Palette.Count];
                for (int y = box.Y; y < box.Y + box.Height; y++)
                    for (int x = box.X; x < box.X + box.Width; x++)
                    {
                        bool border = y == box.Y || y == box.Y + box.Height - 1 || x == box.X || x == box.X + box.Width - 1;
                        if (!border || x < 0 || y < 0 || x >= width || y >= height) continue;
                        pixels[((image * 3 + 0) * height + y) * width + x] = r / 255f;
                        pixels[((image * 3 + 1) * height + y) * width + x] = g / 255f;
                        pixels[((image * 3 + 2) * height + y) * width + x] = b / 255f;
                    }
            }
        return tensor(pixels, rgb.shape).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Each scene twice, side by side: its true boxes (read from its mask), then the detections; the titles name the
    /// detections' classes and probabilities. Scenes (N, 1, H, W), one list of boxes and one of detections per scene.
    /// </summary>
    public static GenericChart Compare(Tensor scenes, IReadOnlyList<IReadOnlyList<LabeledBox>> truth, IReadOnlyList<IReadOnlyList<Detection>> detections,
        IReadOnlyList<string> classNames, int cellSize = 220)
    {
        using var scope = NewDisposeScope();
        int n = (int)scenes.shape[0];
        var withTruth = Outline(scenes, truth);
        var withDetections = Outline(scenes, detections.Select(d => (IReadOnlyList<LabeledBox>)d.Select(x => new LabeledBox(x.Box, x.Label)).ToList()).ToList());
        var pairs = stack([withTruth, withDetections], 1).reshape(2 * n, 3, scenes.shape[2], scenes.shape[3]);
        var titles = Enumerable.Range(0, n).SelectMany(i => new[]
        {
            $"scene {i}: " + string.Join(", ", truth[i].Select(t => classNames[t.Label])),
            "found: " + string.Join(", ", detections[i].Select(d => $"{classNames[d.Label]} {d.Score.ToString("0.00", CultureInfo.InvariantCulture)}")),
        }).ToList();
        return SegmentationView.RgbGrid(pairs, titles, columns: 2, cellSize: cellSize);
    }
}

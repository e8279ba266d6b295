using CnnCourse.Applications;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Applications;

/// <summary>
/// The detector on an 8x8 scene with one 3x3 item at (1, 1), 4x4 windows every 2 pixels, and a stand-in classifier
/// whose "item" probability is the window's ink over the item's 9 pixels, so every number below can be worked out by hand.
/// </summary>
[Trait("Category", "unit")]
public class SlidingWindowDetectorTests
{
    public SlidingWindowDetectorTests() => TorchRuntime.EnsureLoaded();

    static Tensor Scene()
    {
        var scene = zeros(8, 8);
        scene[TensorIndex.Slice(1, 4), TensorIndex.Slice(1, 4)] = tensor(1f);
        return scene;
    }

    // Class 0 "item" with probability ink / 9 (at most 1), class 1 "part of something" with the rest.
    static Tensor Classify(Tensor windows)
    {
        var item = (windows.sum([1, 2, 3]) / 9).clamp(0, 1);
        return stack([item, 1 - item], 1);
    }

    static SlidingWindowDetector Detector(double minScore = 0.5) =>
        new(Classify, groupOf: [0, 1], window: 4, stride: 2, inkThreshold: 0.5f, minInk: 0.2, minScore: minScore, maxWindowOverlap: 0.15);

    [Fact]
    public void Windows_cover_the_scene_row_by_row_and_end_at_its_edge()
    {
        Assert.Equal([0, 2, 4, 0, 2, 4, 0, 2, 4], Detector().Windows(8, 8).Select(w => w.X));
        Assert.Equal([0, 0, 0, 2, 2, 2, 4, 4, 4], Detector().Windows(8, 8).Select(w => w.Y));
        // 9 - 4 = 5 is not a multiple of the stride: the last window sits flush with the edge at 5.
        Assert.Equal([0, 2, 4, 5], Detector().Windows(4, 9).Select(w => w.X));
    }

    [Fact]
    public void Candidates_are_the_windows_with_enough_ink_and_a_confident_class()
    {
        // Ink per window: 9 at (0, 0), 6 at (2, 0) and (0, 2), 4 at (2, 2) (a quarter of 16: just above the 20 % minimum), 0 elsewhere.
        var candidates = Detector().Candidates(Scene());
        Assert.Equal([new Box(0, 0, 4, 4), new Box(2, 0, 4, 4), new Box(0, 2, 4, 4), new Box(2, 2, 4, 4)], candidates.Select(c => c.Window));
        Assert.Equal([0, 0, 0, 1], candidates.Select(c => c.Label));
        Assert.Equal([1.0, 6 / 9.0, 6 / 9.0, 5 / 9.0], candidates.Select(c => Math.Round(c.Score, 6)), new RoundedComparer());
        // Each reports the box of the ink inside its window.
        Assert.Equal([new Box(1, 1, 3, 3), new Box(2, 1, 2, 3), new Box(1, 2, 3, 2), new Box(2, 2, 2, 2)], candidates.Select(c => c.Box));
        Assert.Single(Detector(minScore: 0.7).Candidates(Scene()));
    }

    [Fact]
    public void Windows_whose_ink_is_off_centre_are_not_asked()
    {
        // The item's centre of mass is half a pixel from the centre of window (0, 0), and one pixel from the centres of the other three.
        var centred = new SlidingWindowDetector(Classify, groupOf: [0, 1], window: 4, stride: 2, inkThreshold: 0.5f, minInk: 0.2, maxCentreOffset: 0.75);
        Assert.Equal([new Box(0, 0, 4, 4)], centred.Candidates(Scene()).Select(c => c.Window));
    }

    [Fact]
    public void Suppression_keeps_the_best_window_and_those_that_barely_overlap_it()
    {
        // (2, 0) and (0, 2) overlap (0, 0) by 8 / 24 = 0.33 and go; (2, 2) overlaps it by 4 / 28 = 0.14 and stays.
        var detections = Detector().Detect(Scene());
        Assert.Equal([new Box(0, 0, 4, 4), new Box(2, 2, 4, 4)], detections.Select(d => d.Window));
        Assert.Equal([0, 1], detections.Select(d => d.Label));
    }

    [Fact]
    public void The_score_counts_right_detections_and_found_objects()
    {
        var detections = Detector().Detect(Scene());
        var score = DetectionScore.Match(detections, [new LabeledBox(new Box(1, 1, 3, 3), 0)]);
        Assert.Equal(new DetectionScore(TruePositives: 1, Detections: 2, Objects: 1), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
        // The right place with the wrong class, or the right class too far off (IoU 4 / 9 < 0.5), is not a find.
        Assert.Equal(0, DetectionScore.Match(detections, [new LabeledBox(new Box(1, 1, 3, 3), 1)]).TruePositives);
        Assert.Equal(0, DetectionScore.Match(detections, [new LabeledBox(new Box(2, 2, 3, 3), 0)]).TruePositives);
        Assert.Equal(new DetectionScore(1, 4, 3), DetectionScore.Sum([score, new DetectionScore(0, 2, 2)]));
    }

    [Fact]
    public void Intersection_over_union()
    {
        Assert.Equal(1.0, new Box(2, 3, 4, 5).Iou(new Box(2, 3, 4, 5)));
        Assert.Equal(4 / 28.0, new Box(0, 0, 4, 4).Iou(new Box(2, 2, 4, 4)));
        Assert.Equal(0.0, new Box(0, 0, 4, 4).Iou(new Box(4, 0, 4, 4)));   // touching edges share no pixel
    }

    sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) < 1e-6;
        public int GetHashCode(double value) => 0;
    }
}

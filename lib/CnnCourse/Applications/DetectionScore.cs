namespace CnnCourse.Applications;

/// <summary>
/// How detections compare with the true objects: a detection is right (a true positive) when it has the class of a
/// true object not matched yet and overlaps its box by at least the IoU threshold, taking detections from the most
/// confident down. Precision is the share of detections that are right, recall the share of objects found.
/// </summary>
public sealed record DetectionScore(int TruePositives, int Detections, int Objects)
{
    /// <summary>Right detections / detections; 0 when there are none.</summary>
    public double Precision => Detections == 0 ? 0 : (double)TruePositives / Detections;

    /// <summary>Objects found / objects; 0 when there are none.</summary>
    public double Recall => Objects == 0 ? 0 : (double)TruePositives / Objects;

    /// <summary>Matches one image's detections with its true boxes; the threshold defaults to the usual IoU of 0.5.</summary>
    public static DetectionScore Match(IReadOnlyList<Detection> detections, IReadOnlyList<LabeledBox> truth, double minIou = 0.5)
    {
        var matched = new bool[truth.Count];
        int right = 0;
        foreach (var detection in detections.OrderByDescending(d => d.Score))
        {
            int best = -1;
            double bestIou = minIou;
            for (int t = 0; t < truth.Count; t++)
            {
                if (matched[t] || truth[t].Label != detection.Label) continue;
                double iou = detection.Box.Iou(truth[t].Box);
                if (iou >= bestIou) (best, bestIou) = (t, iou);
            }
            if (best < 0) continue;
            matched[best] = true;
            right++;
        }
        return new DetectionScore(right, detections.Count, truth.Count);
    }

    /// <summary>The counts of several images added up.</summary>
    public static DetectionScore Sum(IEnumerable<DetectionScore> scores) =>
        scores.Aggregate(new DetectionScore(0, 0, 0), (a, b) => new DetectionScore(a.TruePositives + b.TruePositives, a.Detections + b.Detections, a.Objects + b.Objects));
}

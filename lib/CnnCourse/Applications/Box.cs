namespace CnnCourse.Applications;

/// <summary>An axis-aligned box in pixels: columns X to X + Width - 1, rows Y to Y + Height - 1.</summary>
public readonly record struct Box(int X, int Y, int Width, int Height)
{
    public int Area => Width * Height;

    /// <summary>Intersection over union: 1 for the same box, 0 for boxes that share no pixel.</summary>
    public double Iou(Box other)
    {
        int width = Math.Min(X + Width, other.X + other.Width) - Math.Max(X, other.X);
        int height = Math.Min(Y + Height, other.Y + other.Height) - Math.Max(Y, other.Y);
        if (width <= 0 || height <= 0) return 0;
        int intersection = width * height;
        return (double)intersection / (Area + other.Area - intersection);
    }

    public override string ToString() => $"{Width}x{Height} at ({X}, {Y})";
}

/// <summary>A box with the class of what it holds, e.g. a ground-truth object.</summary>
public sealed record LabeledBox(Box Box, int Label);

/// <summary>What a detector reports: the window it looked through, the box of the object inside it, the class and the classifier's probability for it.</summary>
public sealed record Detection(Box Window, Box Box, int Label, double Score);

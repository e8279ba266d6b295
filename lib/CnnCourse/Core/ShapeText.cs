namespace CnnCourse;

public static class ShapeText
{
    /// <summary>A shape as the lecture writes it: "(60000, 1, 28, 28)".</summary>
    public static string Str(this long[] shape) => "(" + string.Join(", ", shape) + ")";
}

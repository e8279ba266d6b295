using System.Globalization;
using static TorchSharp.torch;

namespace CnnCourse.Grading;

/// <summary>
/// The assertions graded test cells use. Each one throws <see cref="CheckFailedException"/> with what was
/// checked, the expected value and the actual one; a test cell passes when it runs to the end without one.
/// </summary>
public static class Check
{
    /// <summary>Whole numbers (sizes, counts) must be equal.</summary>
    public static void Equal(long expected, long actual, string what)
    {
        if (expected != actual) Fail(what, expected.ToString(CultureInfo.InvariantCulture), actual.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Text answers must be equal, ignoring case and surrounding spaces by default.</summary>
    public static void Equal(string expected, string? actual, string what, bool ignoreCase = true)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (actual is null || !string.Equals(expected.Trim(), actual.Trim(), comparison)) Fail(what, $"\"{expected}\"", actual is null ? "null" : $"\"{actual}\"");
    }

    /// <summary>Shapes (or any list of whole numbers) must be equal element by element.</summary>
    public static void Equal(long[] expected, long[]? actual, string what)
    {
        if (actual is null || !expected.SequenceEqual(actual)) Fail(what, expected.Str(), actual is null ? "null" : actual.Str());
    }

    /// <summary>Numbers must agree within <paramref name="tolerance"/> (absolute).</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        if (!(Math.Abs(expected - actual) <= tolerance))
            Fail(what, $"{expected.ToString("G6", CultureInfo.InvariantCulture)} ± {tolerance.ToString("G3", CultureInfo.InvariantCulture)}", actual.ToString("G6", CultureInfo.InvariantCulture));
    }

    /// <summary>Tensors must have the same shape and differ by at most <paramref name="tolerance"/> anywhere (float32 loops differ from libtorch by ~1e-6).</summary>
    public static void Close(Tensor expected, Tensor? actual, double tolerance, string what)
    {
        if (actual is null) Fail(what, $"a tensor of shape {expected.shape.Str()}", "null");
        if (!expected.shape.SequenceEqual(actual.shape)) Fail($"{what}: shape", expected.shape.Str(), actual.shape.Str());
        using var scope = NewDisposeScope();
        var difference = expected.numel() == 0 ? 0.0
            : (expected.detach().cpu().to_type(ScalarType.Float64) - actual.detach().cpu().to_type(ScalarType.Float64)).abs().max().item<double>();
        if (!(difference <= tolerance))
            throw new CheckFailedException($"{what}: values differ by up to {difference.ToString("G3", CultureInfo.InvariantCulture)}, more than the {tolerance.ToString("G3", CultureInfo.InvariantCulture)} allowed");
    }

    /// <summary>A condition that must hold; <paramref name="message"/> says what it means when it does not.</summary>
    public static void True(bool condition, string message)
    {
        if (!condition) throw new CheckFailedException(message);
    }

    /// <summary><paramref name="value"/> must lie in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static void InRange(double value, double low, double high, string what)
    {
        if (!(value >= low && value <= high))
            Fail(what, $"between {low.ToString("G4", CultureInfo.InvariantCulture)} and {high.ToString("G4", CultureInfo.InvariantCulture)}", value.ToString("G4", CultureInfo.InvariantCulture));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    static void Fail(string what, string expected, string actual) =>
        throw new CheckFailedException($"{what}: expected {expected}, got {actual}");
}

/// <summary>A graded check did not hold; the message names the check, the expected and the actual value.</summary>
public sealed class CheckFailedException(string message) : Exception(message);

using System.Net;
using CnnCourse.Convolution;

namespace CnnCourse.Exercises;

/// <summary>How a self-check judged an answer.</summary>
public enum SelfCheckVerdict { Right, Wrong, NotAnswered }

/// <summary>
/// A self-check's verdict on one answer, and why. A wrong answer is told what went wrong, never the expected value:
/// the point is that the student works it out.
/// </summary>
public sealed record SelfCheckResult(string Question, SelfCheckVerdict Verdict, string Message)
{
    public bool IsRight => Verdict == SelfCheckVerdict.Right;

    public override string ToString() => Verdict switch
    {
        SelfCheckVerdict.Right => $"Right. {Question}: {Message}",
        SelfCheckVerdict.Wrong => $"Not yet. {Question}: {Message}",
        _ => $"No answer yet. {Question}: {Message}",
    };

    /// <summary>A small coloured box for the notebook.</summary>
    public string ToHtml()
    {
        var (colour, label) = Verdict switch
        {
            SelfCheckVerdict.Right => ("#1b7f3b", "Right"),
            SelfCheckVerdict.Wrong => ("#b03a2e", "Not yet"),
            _ => ("#6b6b6b", "No answer yet"),
        };
        return $"<div class=\"cnn-self-check\" style=\"border-left:4px solid {colour};padding:4px 10px;margin:4px 0\">" +
               $"<b style=\"color:{colour}\">{label}</b> · {WebUtility.HtmlEncode(Question)}<br/>{WebUtility.HtmlEncode(Message)}</div>";
    }
}

/// <summary>
/// Formative checks for the lecture notebooks' exercises: the student writes an answer in a cell and the check says
/// whether it is right and, when it is not, which slip the value points to (a missing bias, a stride of 1, padding
/// counted once). Not graded; the graded assignments have their own tests.
/// </summary>
public static class SelfCheck
{
    /// <summary>
    /// The output size along one side of a convolution or pooling layer: (W − K + 2P) / S + 1, rounded down. An
    /// answer of 0 or less is taken as "not answered yet".
    /// </summary>
    public static SelfCheckResult OutputSize(int answer, int input, int kernel, int padding, int stride)
    {
        var question = $"the output size for an input of {input}, a {kernel}×{kernel} kernel, padding {padding}, stride {stride}";
        if (answer <= 0) return NotAnswered(question, "replace the 0 with your answer and run the cell again.");
        var expected = ConvArithmetic.OutputSize(input, kernel, padding, stride);
        if (answer == expected)
            return new(question, SelfCheckVerdict.Right, $"(W − K + 2P) / S + 1 = ({input} − {kernel} + 2·{padding}) / {stride} + 1, rounded down.");

        int numerator = input - kernel + 2 * padding;
        string? slip = null;
        if (stride > 1 && answer == ConvArithmetic.OutputSize(input, kernel, padding, 1))
            slip = "that is the size with stride 1: the kernel moves S pixels at a time, so divide by S.";
        else if (padding > 0 && answer == SizeOrZero(input - kernel + padding, stride))
            slip = "the padding is added on both sides, so it counts twice: 2P.";
        else if (padding > 0 && answer == SizeOrZero(input - kernel, stride))
            slip = "the padding is missing: it adds 2P to the input size.";
        else if (answer == expected - 1)
            slip = "the + 1 is missing: the kernel's first position is an output too.";
        else if (numerator % stride != 0 && answer == (numerator + stride - 1) / stride + 1)
            slip = "the division is rounded down: a last position where the kernel does not fit is no output.";
        else if (answer == input)
            slip = "that is the input size: a layer keeps it only with stride 1 and padding (K − 1) / 2.";
        return new(question, SelfCheckVerdict.Wrong, slip ?? "work through (W − K + 2P) / S + 1 again, rounding the division down.");
    }

    /// <summary>
    /// The parameter count of a convolution layer of <paramref name="filters"/> filters, each K × K over
    /// <paramref name="inputChannels"/> channels, with one bias per filter.
    /// </summary>
    public static SelfCheckResult ConvParameters(long answer, int kernel, int inputChannels, int filters)
    {
        var question = $"the parameters of {filters} filters of {kernel}×{kernel} over {inputChannels} input channel{(inputChannels == 1 ? "" : "s")}";
        if (answer <= 0) return NotAnswered(question, "replace the 0 with your answer and run the cell again.");
        long weights = (long)kernel * kernel * inputChannels;
        long expected = (weights + 1) * filters;
        if (answer == expected)
            return new(question, SelfCheckVerdict.Right, "(K × K × C + 1) × N: every filter has a weight per input channel and position, plus one bias.");
        string? slip = null;
        if (answer == weights * filters)
            slip = "the biases are missing: every filter adds one.";
        else if (inputChannels > 1 && answer == ((long)kernel * kernel + 1) * filters)
            slip = "each filter spans all the input channels: its weights are K × K per channel.";
        else if (answer == weights + 1)
            slip = "that is one filter: the layer has N of them.";
        else if (answer == (weights + filters) * filters || answer == weights * filters + 1)
            slip = "one bias per filter, not one per layer or per weight.";
        return new(question, SelfCheckVerdict.Wrong, slip ?? "count the weights of one filter (K × K × C), add its bias, and multiply by the number of filters.");
    }

    /// <summary>The shape of a tensor, as (N, C, H, W) for a batch of images: <paramref name="actual"/> is the real one.</summary>
    public static SelfCheckResult Shape(long[] answer, long[] actual, string what)
    {
        var question = $"the shape of {what}";
        if (answer.Length == 0 || answer.All(d => d == 0)) return NotAnswered(question, "fill in the dimensions and run the cell again.");
        if (answer.SequenceEqual(actual)) return new(question, SelfCheckVerdict.Right, $"({string.Join(", ", actual)}).");
        string slip;
        if (answer.Length != actual.Length)
            slip = $"it has {actual.Length} dimensions{(actual.Length == 4 ? ": N images, C channels, H rows, W columns" : "")}.";
        else if (answer.Order().SequenceEqual(actual.Order()))
            slip = "the right sizes in the wrong order: TorchSharp puts the batch first, then the channels, then height and width.";
        else
        {
            var first = Enumerable.Range(0, actual.Length).First(i => answer[i] != actual[i]);
            slip = $"dimension {first + 1} is off{(actual.Length == 4 && first == 1 ? ": a grayscale image has one channel" : "")}.";
        }
        return new(question, SelfCheckVerdict.Wrong, slip);
    }

    /// <summary>
    /// The cross-entropy loss of a network that gives each of <paramref name="classes"/> classes the same probability:
    /// −ln(1 / classes) = ln(classes), where an untrained classifier starts. Right within 0.01.
    /// </summary>
    public static SelfCheckResult UniformCrossEntropy(double answer, int classes)
    {
        var question = $"the cross-entropy of a prediction that gives all {classes} classes the same probability";
        if (answer == 0) return NotAnswered(question, "replace the 0 with your answer and run the cell again.");
        double expected = Math.Log(classes);
        if (Math.Abs(answer - expected) < 0.01)
            return new(question, SelfCheckVerdict.Right, "−ln(1/C) = ln C: the loss an untrained classifier starts near.");
        string slip;
        if (Math.Abs(answer - Math.Log10(classes)) < 0.01)
            slip = "that is the logarithm to base 10: cross-entropy uses the natural logarithm.";
        else if (Math.Abs(answer - 1.0 / classes) < 0.001)
            slip = "that is the probability of the true class; the loss is minus its logarithm.";
        else if (Math.Abs(answer + expected) < 0.01)
            slip = "the sign: a probability below 1 has a negative logarithm, and the loss is minus that.";
        else if (Math.Abs(answer - Math.Log2(classes)) < 0.01)
            slip = "that is the logarithm to base 2: cross-entropy uses the natural logarithm.";
        else
            slip = "the true class gets probability 1/C; the loss is −ln of it.";
        return new(question, SelfCheckVerdict.Wrong, slip);
    }

    static int SizeOrZero(int numerator, int stride) => numerator < 0 ? 0 : numerator / stride + 1;

    static SelfCheckResult NotAnswered(string question, string hint) => new(question, SelfCheckVerdict.NotAnswered, hint);
}

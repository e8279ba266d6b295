using CnnCourse.Exercises;

namespace CnnCourse.Tests.Exercises;

/// <summary>
/// The notebooks' self-checks: a right answer passes, 0 means not answered yet, and a wrong one gets the slip its value
/// points to, never the expected value.
/// </summary>
[Trait("Category", "unit")]
public class SelfCheckTests
{
    [Theory]
    [InlineData(32, 5, 0, 1, 28)]   // the lecture's 32x32 image and 5x5 filters
    [InlineData(32, 5, 2, 1, 32)]   // padding 2 keeps the size
    [InlineData(8, 3, 1, 2, 4)]     // the numerical example's second layer
    public void A_right_output_size_passes(int input, int kernel, int padding, int stride, int expected)
    {
        var result = SelfCheck.OutputSize(expected, input, kernel, padding, stride);
        Assert.True(result.IsRight, result.ToString());
        Assert.StartsWith("Right.", result.ToString());
    }

    [Theory]
    [InlineData(8, 8, 3, 1, 2, "stride 1")]          // the slide's typo
    [InlineData(10, 10, 3, 2, 1, "2P")]              // padding counted once
    [InlineData(8, 10, 3, 2, 1, "padding is missing")]
    [InlineData(27, 32, 5, 0, 1, "+ 1 is missing")]
    [InlineData(5, 9, 2, 0, 2, "rounded down")]      // (9 - 2) / 2 = 3.5: 4 positions, not 5
    [InlineData(100, 32, 5, 0, 1, "again")]          // no known slip: the general hint
    public void A_wrong_output_size_gets_its_slip_and_not_the_answer(int answer, int input, int kernel, int padding, int stride, string reason)
    {
        var result = SelfCheck.OutputSize(answer, input, kernel, padding, stride);
        var expected = CnnCourse.Convolution.ConvArithmetic.OutputSize(input, kernel, padding, stride);
        Assert.NotEqual(expected, answer);
        Assert.Equal(SelfCheckVerdict.Wrong, result.Verdict);
        Assert.Contains(reason, result.Message);
        Assert.DoesNotMatch($@"(?<![\d.]){expected}(?!\d|\.\d)", result.Message);   // the value itself, not as part of another number
    }

    [Fact]
    public void Zero_means_not_answered_yet()
    {
        Assert.Equal(SelfCheckVerdict.NotAnswered, SelfCheck.OutputSize(0, 32, 5, 0, 1).Verdict);
        Assert.Equal(SelfCheckVerdict.NotAnswered, SelfCheck.ConvParameters(0, 5, 3, 10).Verdict);
        Assert.Equal(SelfCheckVerdict.NotAnswered, SelfCheck.Shape([0, 0, 0, 0], [64, 1, 28, 28], "a batch").Verdict);
    }

    [Theory]
    [InlineData(760, null)]                             // (5*5*3 + 1) * 10, the lecture's example
    [InlineData(750, "biases are missing")]
    [InlineData(260, "all the input channels")]
    [InlineData(76, "that is one filter")]
    [InlineData(751, "one bias per filter")]
    [InlineData(12345, "count the weights")]
    public void Parameter_counts_are_checked_with_the_slip_named(long answer, string? reason)
    {
        var result = SelfCheck.ConvParameters(answer, kernel: 5, inputChannels: 3, filters: 10);
        if (reason is null) { Assert.True(result.IsRight, result.ToString()); return; }
        Assert.Equal(SelfCheckVerdict.Wrong, result.Verdict);
        Assert.Contains(reason, result.Message);
        Assert.DoesNotContain("760", result.Message);
    }

    [Fact]
    public void Shapes_are_checked_dimension_by_dimension()
    {
        long[] actual = [64, 1, 28, 28];
        Assert.True(SelfCheck.Shape([64, 1, 28, 28], actual, "a batch").IsRight);
        Assert.Contains("wrong order", SelfCheck.Shape([64, 28, 28, 1], actual, "a batch").Message);
        Assert.Contains("4 dimensions", SelfCheck.Shape([64, 28, 28], actual, "a batch").Message);
        Assert.Contains("one channel", SelfCheck.Shape([64, 3, 28, 28], actual, "a batch").Message);
    }

    [Theory]
    [InlineData(2.3026, null)]
    [InlineData(1.0, "base 10")]
    [InlineData(0.1, "probability of the true class")]
    [InlineData(-2.3026, "sign")]
    [InlineData(3.3219, "base 2")]
    [InlineData(5.0, "−ln")]
    public void The_cross_entropy_of_a_uniform_prediction_is_checked(double answer, string? reason)
    {
        var result = SelfCheck.UniformCrossEntropy(answer, classes: 10);
        if (reason is null) { Assert.True(result.IsRight, result.ToString()); return; }
        Assert.Equal(SelfCheckVerdict.Wrong, result.Verdict);
        Assert.Contains(reason, result.Message);
        Assert.DoesNotContain("2.30", result.Message);
    }

    [Fact]
    public void The_html_box_escapes_its_text_and_names_the_verdict()
    {
        var html = new SelfCheckResult("a <b> question", SelfCheckVerdict.Wrong, "x < y").ToHtml();
        Assert.Contains("Not yet", html);
        Assert.Contains("a &lt;b&gt; question", html);
        Assert.Contains("x &lt; y", html);
    }
}

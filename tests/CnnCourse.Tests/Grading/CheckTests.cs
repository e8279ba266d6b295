using CnnCourse.Data;
using CnnCourse.Grading;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Grading;

[Trait("Category", "unit")]
public class CheckTests
{
    [Fact]
    public void Failed_checks_name_what_was_checked_with_expected_and_actual()
    {
        var e = Assert.Throws<CheckFailedException>(() => Check.Equal(16, 17, "conv1 size"));
        Assert.Equal("conv1 size: expected 16, got 17", e.Message);
        Assert.Contains("expected \"softmax\", got \"sigmoid\"", Assert.Throws<CheckFailedException>(() => Check.Equal("softmax", "sigmoid", "activation")).Message);
        Assert.Contains("expected (8, 16, 16), got (8, 15, 15)", Assert.Throws<CheckFailedException>(() => Check.Equal([8L, 16, 16], [8L, 15, 15], "shape")).Message);
        Assert.Contains("between 0.8 and 1, got 0.75", Assert.Throws<CheckFailedException>(() => Check.InRange(0.75, 0.8, 1.0, "accuracy")).Message);
        Assert.Equal("not yet", Assert.Throws<CheckFailedException>(() => Check.True(false, "not yet")).Message);
    }

    [Fact]
    public void Passing_checks_are_silent_and_text_ignores_case_and_spaces()
    {
        Check.Equal(760, 760L, "parameters");
        Check.Equal("softmax", " Softmax ", "activation");
        Check.Equal([2L, 4], [2L, 4], "shape");
        Check.Close(0.5, 0.5 + 1e-9, 1e-6, "close");
        Check.InRange(0.85, 0.8, 1.0, "accuracy");
        Check.True(true, "never shown");
    }

    [Fact]
    public void Tensors_are_compared_by_shape_then_by_largest_difference()
    {
        var a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        Check.Close(a, a + 1e-6f, 1e-4, "tiny rounding");
        Assert.Contains("shape: expected (2, 2), got (4)", Assert.Throws<CheckFailedException>(() => Check.Close(a, a.flatten(), 1e-4, "map")).Message);
        Assert.Contains("differ by up to 0.5", Assert.Throws<CheckFailedException>(() => Check.Close(a, a + 0.5f, 1e-4, "map")).Message);
        Assert.Contains("got null", Assert.Throws<CheckFailedException>(() => Check.Close(a, null, 1e-4, "map")).Message);
    }

    [Fact]
    public void Accuracy_counts_argmax_hits_and_restores_the_training_mode()
    {
        // A "model" that always answers class 1: right exactly for the images labelled 1.
        var model = nn.Sequential(nn.Flatten(), nn.Linear(4, 3));
        using (no_grad())
        {
            foreach (var p in model.parameters()) p.zero_();
            model.named_parameters().Single(p => p.name.EndsWith("bias")).parameter[1].fill_(1f);
        }
        var data = new ImageDataset(rand(5, 1, 2, 2), tensor(new long[] { 1, 0, 1, 2, 1 }), ["a", "b", "c"], "test");
        model.train();
        Assert.Equal(0.6, Accuracy.Of(model, data, batchSize: 2), 6);
        Assert.True(model.training);
    }
}

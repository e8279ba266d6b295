using CnnCourse.Data;
using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class ChannelsLastTests
{
    [Theory]
    [InlineData(2, 3, 5, 4)]
    [InlineData(2, 1, 5, 4)]    // one channel: permute().contiguous() would keep the usual strides
    [InlineData(8, 16, 1, 1)]   // a 1x1 kernel: likewise
    public void Of_keeps_shape_and_values_and_gives_channels_last_strides(long n, long c, long h, long w)
    {
        using var scope = NewDisposeScope();
        var t = arange(n * c * h * w, dtype: ScalarType.Float32).reshape(n, c, h, w);
        Assert.False(ChannelsLast.Is(t));
        var cl = ChannelsLast.Of(t);
        Assert.True(ChannelsLast.Is(cl));
        Assert.Equal([c * h * w, 1, w * c, c], cl.stride());
        Assert.Equal(t.shape, cl.shape);
        Assert.True(t.eq(cl).all().item<bool>());
        Assert.Same(cl, ChannelsLast.Of(cl));   // already channels-last: no copy
        var flat = arange(6);
        Assert.Same(flat, ChannelsLast.Of(flat));   // not 4-d: unchanged
    }

    [Fact]
    public void Use_gives_the_same_outputs_and_gradients_and_restores_the_usual_layout()
    {
        using var scope = NewDisposeScope();
        var model = new SmallResNet(SmallResNetConfig.Quick);
        model.eval();
        var x = randn(4, 1, 28, 28);
        var before = model.parameters().Select(p => p.detach().clone()).ToList();
        var expected = model.call(x);
        expected.sum().backward();
        var expectedGrads = model.parameters().Select(p => p.grad!.clone()).ToList();
        model.zero_grad();

        using (ChannelsLast.Use(model))
        {
            var kernels = model.parameters().Where(p => p.dim() == 4).ToList();
            Assert.NotEmpty(kernels);
            Assert.All(kernels, k => Assert.True(ChannelsLast.Is(k)));
            using (ChannelsLast.Use(model)) { }   // a nested scope leaves the outer one's layout alone
            Assert.All(kernels, k => Assert.True(ChannelsLast.Is(k)));
            var actual = model.call(ChannelsLast.Of(x));
            Assert.True(actual.allclose(expected, rtol: 1e-4, atol: 1e-5), "channels-last output differs");
            actual.sum().backward();
            foreach (var (p, g) in model.parameters().Zip(expectedGrads))
                Assert.True(p.grad!.allclose(g, rtol: 1e-3, atol: 1e-4), "channels-last gradient differs");
        }
        foreach (var (p, b) in model.parameters().Zip(before))
        {
            Assert.True(p.is_contiguous(), "a parameter stayed channels-last after the scope");
            Assert.True(p.eq(b).all().item<bool>());
        }
    }

    [Fact]
    public void Trainer_leaves_the_model_in_the_usual_layout()
    {
        using var scope = NewDisposeScope();
        var data = new ImageDataset(randn(64, 1, 28, 28), randint(0, 10, [64]), [.. Enumerable.Range(0, 10).Select(i => i.ToString())], "random");
        var trainer = new Trainer(new LectureCnn(), device: CPU, progress: SilentProgress.Instance);
        Assert.True(trainer.UseChannelsLast);   // the default on the CPU
        trainer.Fit(new BatchLoader(data, 32), 1);
        trainer.Evaluate(new BatchLoader(data, 32));
        Assert.All(trainer.Model.parameters(), p => Assert.True(p.is_contiguous()));
        Assert.False(new Trainer(new LectureCnn(), device: CPU, progress: SilentProgress.Instance, channelsLast: false).UseChannelsLast);
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CnnCourse.Models;

/// <summary>One layer's floating-point operations for one image: its forward pass and its share of a training step (forward and backward).</summary>
public sealed record LayerFlops(string Name, string Type, long Forward, long Train);

/// <summary>
/// Floating-point operations per image of a model, counted from its layers by one forward pass of zeros with hooks on
/// every leaf module, the way <see cref="ModelSummary"/> finds shapes. The convention:
/// <list type="bullet">
/// <item>convolution, transposed convolution and linear layers: 2 per multiply-add (what a matrix multiply of the same
/// size does), plus 1 per output for the bias;</item>
/// <item>batch norm: 2 per element (scale and shift); ReLU: 1 per element; pooling: 1 per input element;
/// flatten, dropout and identity: 0;</item>
/// <item>training adds the backward pass: a layer with weights computes the gradient of its input and of its weights,
/// 2x its forward work, except where its input is the model's input (no input gradient needed, 1x); a layer without
/// weights passes the gradient on at 1x its forward work.</item>
/// </list>
/// Work done inside a module's forward by plain functions (the residual sum, UNet's concatenation) and the optimizer's
/// step are not counted: element-wise, they are small beside the convolutions. A leaf module of another type is an
/// error, not a silent zero.
/// </summary>
public sealed record FlopCount(long[] InputShape, IReadOnlyList<LayerFlops> Layers)
{
    /// <summary>Operations of one image's forward pass.</summary>
    public long ForwardPerImage => Layers.Sum(l => l.Forward);

    /// <summary>Operations of one image's training step: forward and backward.</summary>
    public long TrainPerImage => Layers.Sum(l => l.Train);

    /// <summary>Counts <paramref name="model"/>'s operations for one image of <paramref name="imageShape"/> = (C, H, W).</summary>
    public static FlopCount Of(nn.Module<Tensor, Tensor> model, params long[] imageShape)
    {
        TorchRuntime.EnsureLoaded();
        if (imageShape.Length != 3 || imageShape.Any(d => d <= 0))
            throw new ArgumentException($"image shape {imageShape.Str()}: expected (C, H, W) with positive sizes, e.g. (1, 28, 28)", nameof(imageShape));

        var layers = new List<LayerFlops>();
        var removers = new List<Action>();
        IntPtr modelInput = IntPtr.Zero;
        foreach (var (name, module) in model.named_modules())
        {
            if (string.IsNullOrEmpty(name) || module.children().Any() || module is not nn.Module<Tensor, Tensor> leaf) continue;
            var hook = leaf.register_forward_hook((m, input, output) =>
            {
                var (forward, weighted) = Forward(name, m, input, output);
                bool needsInputGradient = input.Handle != modelInput;
                long backward = weighted ? forward * (needsInputGradient ? 2 : 1) : needsInputGradient ? forward : 0;
                layers.Add(new LayerFlops(name, m.GetType().Name, forward, forward + backward));
                return output;
            });
            removers.Add(hook.remove);
        }
        try
        {
            using var evaluating = EvaluationMode.Use(model);
            using var scope = NewDisposeScope();
            using var _ = no_grad();
            var images = zeros([1, .. imageShape], device: ModelDevice.Of(model));
            modelInput = images.Handle;
            model.call(images);
        }
        finally
        {
            foreach (var remove in removers) remove();
        }
        return new FlopCount(imageShape, layers);
    }

    /// <summary>A leaf's forward operations for the batch of one image, and whether it has weights (so its backward also computes their gradient).</summary>
    static (long Forward, bool Weighted) Forward(string name, nn.Module m, Tensor input, Tensor output) => m switch
    {
        // weight (Cin, Cout/groups, kh, kw): every input value is multiplied into Cout/groups * kh * kw outputs
        ConvTranspose2d c => (2 * input.numel() * (c.weight!.numel() / c.weight.shape[0]) + Bias(c.bias, output), true),
        // weight (Cout, Cin/groups, kh, kw): every output value sums Cin/groups * kh * kw products
        Conv2d c => (2 * output.numel() * (c.weight!.numel() / c.weight.shape[0]) + Bias(c.bias, output), true),
        Linear l => (2 * output.numel() * l.weight!.shape[1] + Bias(l.bias, output), true),
        BatchNorm2d or BatchNorm1d => (2 * output.numel(), true),
        ReLU => (output.numel(), false),
        MaxPool2d or AvgPool2d or AdaptiveAvgPool2d or AdaptiveMaxPool2d => (input.numel(), false),
        Flatten or Dropout or Dropout2d or Identity => (0, false),
        _ => throw new NotSupportedException($"{name}: no FLOPs rule for a {m.GetType().Name} layer; known: Conv2d, ConvTranspose2d, Linear, BatchNorm, ReLU, pooling, Flatten, Dropout, Identity"),
    };

    static long Bias(Tensor? bias, Tensor output) => bias is null ? 0 : output.numel();
}

using CnnCourse.Convolution;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// The lecture's numerical example: a grayscale 32x32 image classified into 4 classes.
/// (N, 1, 32, 32) -> conv 8@3x3 stride 2 padding 1 + ReLU (N, 8, 16, 16) -> max pool 2x2 (N, 8, 8, 8)
/// -> conv 16@3x3 stride 2 padding 1 + ReLU (N, 16, 4, 4) -> max pool 2x2 (N, 16, 2, 2) -> flatten (N, 64)
/// -> dense 16 + ReLU -> dropout (0.25 by default) -> dense 4 (N, 4): the classes' raw scores (logits).
/// The lecture draws a softmax as the output layer; like every model of the course this one returns logits and
/// leaves the softmax to whoever needs probabilities (<c>logits.softmax(1)</c>) or to the loss, which applies it in
/// its numerically stable form.
/// </summary>
public sealed class NumericalExampleCnn : Module<Tensor, Tensor>
{
    /// <summary>The example's four classes, in output order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["COVID-19", "Pneumonia", "Influenza", "Normal"];

    public const int InputSize = 32, InputChannels = 1, KernelSize = 3, Stride = 2, Padding = 1, PoolWindow = 2;
    public const int Filters1 = 8, Filters2 = 16, Hidden = 16;

    readonly Conv2d conv1;
    readonly ReLU relu1;
    readonly MaxPool2d pool1;
    readonly Conv2d conv2;
    readonly ReLU relu2;
    readonly MaxPool2d pool2;
    readonly Flatten flatten;
    readonly Linear fc1;
    readonly ReLU relu3;
    readonly Dropout dropout;
    readonly Linear classifier;

    /// <param name="dropoutRate">Share of the dense layer's activations zeroed in training (the lecture's "for example 25%").</param>
    public NumericalExampleCnn(double dropoutRate = 0.25) : base(nameof(NumericalExampleCnn))
    {
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, $"dropout rate {dropoutRate}: expected 0 <= rate < 1");
        DropoutRate = dropoutRate;
        conv1 = Conv2d(InputChannels, Filters1, KernelSize, stride: Stride, padding: Padding);
        relu1 = ReLU();
        pool1 = MaxPool2d(PoolWindow);
        conv2 = Conv2d(Filters1, Filters2, KernelSize, stride: Stride, padding: Padding);
        relu2 = ReLU();
        pool2 = MaxPool2d(PoolWindow);
        flatten = Flatten();
        fc1 = Linear(FlattenedSize, Hidden);
        relu3 = ReLU();
        dropout = Dropout(dropoutRate);
        classifier = Linear(Hidden, ClassNames.Count);
        RegisterComponents();
    }

    public double DropoutRate { get; }

    /// <summary>16 maps of 2x2 after the second pooling: 64 inputs to the first dense layer, computed with the lecture's formula.</summary>
    public static int FlattenedSize
    {
        get
        {
            int size = ConvArithmetic.PoolOutputSize(ConvArithmetic.OutputSize(InputSize, KernelSize, Padding, Stride), PoolWindow);
            size = ConvArithmetic.PoolOutputSize(ConvArithmetic.OutputSize(size, KernelSize, Padding, Stride), PoolWindow);
            return Filters2 * size * size;
        }
    }

    public override Tensor forward(Tensor images)
    {
        var x = relu1.call(conv1.call(images));    // (N, 8, 16, 16)
        x = pool1.call(x);                         // (N, 8, 8, 8)
        x = relu2.call(conv2.call(x));             // (N, 16, 4, 4)
        x = pool2.call(x);                         // (N, 16, 2, 2)
        x = relu3.call(fc1.call(flatten.call(x))); // (N, 64) -> (N, 16)
        return classifier.call(dropout.call(x));   // (N, 4) logits
    }

    /// <summary>
    /// Every layer's output shape (without the batch) and parameter count worked out with the lecture's formulas,
    /// not by running the model, named like the model's fields so they line up with <see cref="ModelSummary"/>.
    /// </summary>
    public static IReadOnlyList<LayerArithmetic> Arithmetic()
    {
        int conv1Size = ConvArithmetic.OutputSize(InputSize, KernelSize, Padding, Stride);
        int pool1Size = ConvArithmetic.PoolOutputSize(conv1Size, PoolWindow);
        int conv2Size = ConvArithmetic.OutputSize(pool1Size, KernelSize, Padding, Stride);
        int pool2Size = ConvArithmetic.PoolOutputSize(conv2Size, PoolWindow);
        int flat = Filters2 * pool2Size * pool2Size;
        int classes = ClassNames.Count;
        return
        [
            new("conv1", [Filters1, conv1Size, conv1Size], ConvArithmetic.Parameters(KernelSize, InputChannels, Filters1),
                $"{ConvArithmetic.Explain(InputSize, KernelSize, Padding, Stride)}; ({KernelSize}*{KernelSize}*{InputChannels} + 1)*{Filters1} parameters"),
            new("pool1", [Filters1, pool1Size, pool1Size], 0, $"{conv1Size} / {PoolWindow} = {pool1Size}"),
            new("conv2", [Filters2, conv2Size, conv2Size], ConvArithmetic.Parameters(KernelSize, Filters1, Filters2),
                $"{ConvArithmetic.Explain(pool1Size, KernelSize, Padding, Stride)}; ({KernelSize}*{KernelSize}*{Filters1} + 1)*{Filters2} parameters"),
            new("pool2", [Filters2, pool2Size, pool2Size], 0, $"{conv2Size} / {PoolWindow} = {pool2Size}"),
            new("flatten", [flat], 0, $"{Filters2}*{pool2Size}*{pool2Size} = {flat}"),
            new("fc1", [Hidden], ConvArithmetic.DenseParameters(flat, Hidden), $"({flat} + 1)*{Hidden} parameters"),
            new("classifier", [classes], ConvArithmetic.DenseParameters(Hidden, classes), $"({Hidden} + 1)*{classes} parameters; a softmax of its {classes} logits gives one probability per class"),
        ];
    }
}

using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// The lecture's "whole CNN": convolution, max pooling, convolution, max pooling, flatten, a fully
/// connected layer, and the classification layer (softmax lives in the loss).
/// (N, C, S, S) -> conv 3x3 (N, 32, S, S) -> pool (N, 32, S/2, S/2) -> conv 3x3 (N, 64, S/2, S/2)
/// -> pool (N, 64, S/4, S/4) -> flatten -> dense 128 -> [dropout] -> dense numClasses.
/// </summary>
public sealed class LectureCnn : Module<Tensor, Tensor>
{
    readonly Conv2d conv1;
    readonly ReLU relu1;
    readonly MaxPool2d pool1;
    readonly Conv2d conv2;
    readonly ReLU relu2;
    readonly MaxPool2d pool2;
    readonly Flatten flatten;
    readonly Linear fc1;
    readonly ReLU relu3;
    // Null at rate 0, so that summaries do not list a dropout layer that does nothing.
    readonly Dropout? dropout;
    readonly Linear classifier;

    /// <param name="dropout">Dropout rate between the dense layers (0 = none; the lecture suggests e.g. 0.25).</param>
    public LectureCnn(int inChannels = 1, int numClasses = 10, int imageSize = 28, double dropout = 0.0, int channels1 = 32, int channels2 = 64, int hidden = 128)
        : base(nameof(LectureCnn))
    {
        if (imageSize % 4 != 0) throw new ArgumentException($"imageSize {imageSize}: must be divisible by 4 (two 2x2 poolings)", nameof(imageSize));
        conv1 = Conv2d(inChannels, channels1, kernel_size: 3, padding: 1);
        relu1 = ReLU();
        pool1 = MaxPool2d(kernel_size: 2);
        conv2 = Conv2d(channels1, channels2, kernel_size: 3, padding: 1);
        relu2 = ReLU();
        pool2 = MaxPool2d(kernel_size: 2);
        flatten = Flatten();
        fc1 = Linear(channels2 * (imageSize / 4) * (imageSize / 4), hidden);
        relu3 = ReLU();
        if (dropout < 0 || dropout >= 1) throw new ArgumentOutOfRangeException(nameof(dropout), dropout, "dropout rate must be in [0, 1)");
        this.dropout = dropout > 0 ? Dropout(dropout) : null;
        classifier = Linear(hidden, numClasses);
        RegisterComponents();
    }

    public override Tensor forward(Tensor images)
    {
        var x = pool1.call(relu1.call(conv1.call(images)));   // (N, 32, S/2, S/2)
        x = pool2.call(relu2.call(conv2.call(x)));             // (N, 64, S/4, S/4)
        x = relu3.call(fc1.call(flatten.call(x)));             // (N, 128)
        return classifier.call(dropout is null ? x : dropout.call(x));   // (N, numClasses) logits
    }

    /// <summary>The first convolution's filters, (32, C, 3, 3): what the network looks for first.</summary>
    public Tensor FirstLayerFilters => conv1.weight!;
}

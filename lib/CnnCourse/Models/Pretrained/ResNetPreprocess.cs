using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Models.Pretrained;

/// <summary>
/// The input convention of ML.NET's ONNX ResNet18 (its ResNetPreprocess.onnx), as a module: (N, 3, H, W) RGB in [0, 1]
/// -> (N, 3, H, W) BGR on the 0..255 scale minus a mean image (channel means B 103.06, G 115.90, R 123.15; no division
/// by a standard deviation). The 224x224 mean image is resized to <c>size</c> x <c>size</c> (bilinear, antialiased) for other inputs.
/// </summary>
public sealed class ResNetPreprocess : Module<Tensor, Tensor>
{
    readonly Tensor mean;   // (1, 3, size, size), BGR

    /// <param name="meanImage">(1, 3, h, w) BGR mean image, e.g. <see cref="OnnxResNet18.ReadMeanImage"/>.</param>
    public ResNetPreprocess(Tensor meanImage, int size = 224) : base(nameof(ResNetPreprocess))
    {
        if (meanImage.dim() != 4 || meanImage.shape[0] != 1 || meanImage.shape[1] != 3)
            throw new ArgumentException($"mean image: shape {meanImage.shape.Str()}, expected (1, 3, H, W)", nameof(meanImage));
        if (size <= 0) throw new ArgumentOutOfRangeException(nameof(size), size, "size must be positive");
        Size = size;
        using (no_grad())
        {
            mean = meanImage.shape[2] == size && meanImage.shape[3] == size
                ? meanImage.clone()
                : F.interpolate(meanImage, [size, size], mode: InterpolationMode.Bilinear, align_corners: false, antialias: true);
        }
        mean = mean.DetachFromDisposeScope();
        RegisterComponents();
    }

    /// <summary>Height and width the inputs must have.</summary>
    public int Size { get; }

    public override Tensor forward(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 3 || images.shape[2] != Size || images.shape[3] != Size)
            throw new ArgumentException($"images: shape {images.shape.Str()}, expected (N, 3, {Size}, {Size}) RGB in [0, 1]", nameof(images));
        var bgr = images.flip(1);          // channel order R,G,B -> B,G,R, as the network was trained (Caffe convention)
        return bgr * 255f - mean;          // (N, 3, Size, Size)
    }
}

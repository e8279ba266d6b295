using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models.Pretrained;

/// <summary>
/// torchvision's input convention for its ImageNet models (VGG16 among them), as a module: (N, 3, H, W) RGB in [0, 1]
/// -> (N, 3, H, W) minus the channel means (0.485, 0.456, 0.406), divided by the standard deviations (0.229, 0.224, 0.225).
/// </summary>
public sealed class ImageNetNormalization : Module<Tensor, Tensor>
{
    static readonly float[] Means = [0.485f, 0.456f, 0.406f];
    static readonly float[] StandardDeviations = [0.229f, 0.224f, 0.225f];

    public ImageNetNormalization() : base(nameof(ImageNetNormalization)) => RegisterComponents();

    public override Tensor forward(Tensor images)
    {
        if (images.dim() != 4 || images.shape[1] != 3)
            throw new ArgumentException($"images: shape {images.shape.Str()}, expected (N, 3, H, W) RGB in [0, 1]", nameof(images));
        using var scope = NewDisposeScope();
        var mean = tensor(Means, device: images.device).reshape(1, 3, 1, 1);
        var std = tensor(StandardDeviations, device: images.device).reshape(1, 3, 1, 1);
        return ((images - mean) / std).MoveToOuterDisposeScope();   // (N, 3, H, W)
    }
}

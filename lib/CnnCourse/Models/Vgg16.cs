using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Models;

/// <summary>
/// The lecture's VGG16, as TorchVision builds it (<c>torchvision.models.vgg16()</c>): (N, 3, 224, 224) -> 5 groups of
/// 3x3 convolutions + max pool (N, 512, 7, 7) -> flatten 25,088 -> FC 4096 -> FC 4096 -> FC numClasses; 138,357,544 parameters with 1000 classes.
/// </summary>
public static class Vgg16
{
    /// <summary>A randomly initialized VGG16 with <paramref name="numClasses"/> outputs (default 1000, ImageNet's). Notebooks need no TorchVision reference to call it.</summary>
    public static nn.Module<Tensor, Tensor> Create(int numClasses = 1000) => torchvision.models.vgg16(num_classes: numClasses);
}

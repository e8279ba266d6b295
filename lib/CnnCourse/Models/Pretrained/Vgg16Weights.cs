using static TorchSharp.torch;

namespace CnnCourse.Models.Pretrained;

/// <summary>
/// Loads torchvision's ImageNet VGG16 weights into TorchSharp's <c>torchvision.models.vgg16()</c>: a state dict saved from
/// Python as .pth (<c>torch.save(model.state_dict(), "vgg16.pth")</c>) or .safetensors, with PyTorch's key names
/// (features.0.weight ... classifier.6.bias), which TorchSharp's VGG shares. The file is ~528 MB, so the course ships none.
/// </summary>
public static class Vgg16Weights
{
    public static string EnvironmentVariable => Settings.Vgg16Weights.Name;

    /// <summary>The file named by CNN_VGG16_WEIGHTS, or null when it is not set.</summary>
    public static string? ConfiguredPath =>
        Settings.Vgg16Weights.Value;

    /// <summary>The path given, else the configured one (CNN_VGG16_WEIGHTS); throws saying how to provide one when both are missing.</summary>
    public static string ResolvePath(string? path, string? configured) =>
        path ?? configured ?? throw new ArgumentException(
            $"no VGG16 weights file given: pass a path or set {EnvironmentVariable} to a .pth or .safetensors file " +
            "(README, section 'VGG16 ImageNet weights', says how to make one)", nameof(path));

    /// <summary>Copies the weights in <paramref name="path"/> (default: CNN_VGG16_WEIGHTS) into <paramref name="model"/>; every key and shape must match.</summary>
    public static void Load(nn.Module model, string? path = null)
    {
        path = ResolvePath(path, ConfiguredPath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: VGG16 weights file not found ({(path == ConfiguredPath ? $"from {EnvironmentVariable}" : "path given")}; expected a .pth or .safetensors state dict)", path);
        var format = Checkpoint.FormatOf(path);
        if (format == Checkpoint.Format.TorchSharp)
            throw new ArgumentException($"{path}: extension '{Path.GetExtension(path)}', expected .pth, .pt or .safetensors (a state dict saved from PyTorch)", nameof(path));
        Checkpoint.Load(model, path);
    }
}

using TorchSharp;
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
            "(docs/pretrained-weights.md says how to make one)", nameof(path));

    /// <summary>Copies the weights in <paramref name="path"/> (default: CNN_VGG16_WEIGHTS) into <paramref name="model"/>; every key and shape must match.</summary>
    public static void Load(nn.Module model, string? path = null) => Checkpoint.Load(model, CheckedPath(path));

    /// <summary>The name prefix of VGG16's last layer, the ImageNet classifier that transfer learning replaces.</summary>
    public const string LastLayer = "classifier.6.";

    /// <summary>
    /// VGG16 with the ImageNet weights of <paramref name="path"/> (default: CNN_VGG16_WEIGHTS) in every layer but the last,
    /// which is new and random with <paramref name="numClasses"/> outputs: (N, 3, H, W) in ImageNet's normalization -> (N, numClasses).
    /// The lecture's starting point for transfer learning; the file's ImageNet classifier is not used.
    /// </summary>
    public static nn.Module<Tensor, Tensor> Pretrained(int numClasses, string? path = null)
    {
        path = CheckedPath(path);
        var model = torchvision.models.vgg16(num_classes: numClasses);
        var state = Checkpoint.ReadStateDict(path);
        try
        {
            var target = model.state_dict().Where(e => !e.Key.StartsWith(LastLayer, StringComparison.Ordinal)).ToDictionary();
            var file = state.Where(e => !e.Key.StartsWith(LastLayer, StringComparison.Ordinal)).ToDictionary();
            StateDictCopy.Into(target, file, path, "VGG16", "tensors with torchvision's names and shapes, besides its last layer");
        }
        finally
        {
            foreach (var t in state.Values) t.Dispose();
        }
        return model;
    }

    /// <summary>
    /// The lecture's second option: freezes VGG16's convolution and pooling part (features.*), so that only the
    /// classification part (classifier.*, the fully connected layers) trains.
    /// </summary>
    public static void FreezeFeatures(nn.Module model)
    {
        foreach (var (name, parameter) in model.named_parameters())
            if (name.StartsWith("features.", StringComparison.Ordinal) || name.Contains(".features.", StringComparison.Ordinal))
                parameter.requires_grad = false;
    }

    static string CheckedPath(string? path)
    {
        path = ResolvePath(path, ConfiguredPath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: VGG16 weights file not found ({(path == ConfiguredPath ? $"from {EnvironmentVariable}" : "path given")}; expected a .pth or .safetensors state dict)", path);
        if (Checkpoint.FormatOf(path) == Checkpoint.Format.TorchSharp)
            throw new ArgumentException($"{path}: extension '{Path.GetExtension(path)}', expected .pth, .pt or .safetensors (a state dict saved from PyTorch)", nameof(path));
        return path;
    }
}

namespace CnnCourse.Models;

/// <summary>One stage of a <see cref="ResNet"/>: <paramref name="Blocks"/> basic blocks of <paramref name="Channels"/>, the first with <paramref name="Stride"/> (2 halves the size).</summary>
public sealed record ResNetStage(int Blocks, int Channels, int Stride);

/// <summary>
/// The shape of a basic-block ResNet: a 7x7 stride-2 stem of <paramref name="StemChannels"/>, a 3x3 stride-2
/// max pool, then exactly four stages (TorchVision's layer1..layer4).
/// </summary>
public sealed record ResNetConfig(string Name, int StemChannels, IReadOnlyList<ResNetStage> Stages)
{
    /// <summary>TorchVision's resnet18: blocks 2,2,2,2 of 64,128,256,512 channels (11,689,512 parameters with 1000 classes).</summary>
    public static ResNetConfig ResNet18 { get; } =
        new("ResNet18", 64, [new(2, 64, 1), new(2, 128, 2), new(2, 256, 2), new(2, 512, 2)]);

    /// <summary>The ImageNet-trained ResNet18 shipped as ONNX by ML.NET: like ResNet18, but 3 blocks in its last stage.</summary>
    public static ResNetConfig ResNet18Onnx { get; } =
        new("ResNet18 (ML.NET ONNX, blocks 2,2,2,3)", 64, [new(2, 64, 1), new(2, 128, 2), new(2, 256, 2), new(3, 512, 2)]);

    /// <summary>Blocks per stage as the literature writes them, e.g. "2,2,2,3".</summary>
    public string BlocksText => string.Join(",", Stages.Select(s => s.Blocks));
}

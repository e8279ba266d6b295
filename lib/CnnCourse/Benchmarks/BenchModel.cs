using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// A model the benchmark trains: how to build it, its input (C, H, W), its number of classes and what it is trained
/// on: one class per image (<paramref name="LabelShape"/> empty) or one class per pixel (LabelShape = [H, W]).
/// </summary>
/// <param name="PeerName">The same model's name in tests/peer/bench_pytorch.py, or null when the peer lacks it.</param>
/// <param name="Batches">Batches per timed repeat in the full bench: fewer for the slow models, so each repeat takes seconds, not minutes.</param>
public sealed record BenchModel(string Name, string Description, Func<nn.Module<Tensor, Tensor>> Create, long[] InputShape, int NumClasses, long[] LabelShape, string? PeerName, int Batches)
{
    /// <summary>Batches per timed repeat: the quick bench times at most 8.</summary>
    public int BatchesFor(bool quick) => quick ? Math.Min(8, Batches) : Batches;

    /// <summary>Per-pixel cross-entropy for masks, cross-entropy for class labels (the same loss the peer uses).</summary>
    public Objective Objective => LabelShape.Length == 0 ? Objective.CrossEntropy : Objective.PixelCrossEntropy;

    /// <summary>The models of the lecture notebooks that the benchmark knows.</summary>
    public static IReadOnlyList<BenchModel> All { get; } =
    [
        new("lecture-cnn", "the lecture's CNN (notebook 03), 1x28x28", () => new LectureCnn(), [1, 28, 28], 10, [], "lecture-cnn", 30),
        new("vgg-small", "VGG-style net (notebook 04), 3x32x32", () => new VggStyleNet(VggConfig.Cifar10Small), [3, 32, 32], 10, [], "vgg-small", 20),
        new("small-resnet", "small ResNet, quick configuration (notebook 06), 1x28x28", () => new SmallResNet(SmallResNetConfig.Quick), [1, 28, 28], 10, [], "small-resnet", 20),
        new("unet", "UNet, widths 8-16-32-64, 5 classes per pixel (notebook 07), 1x48x48", () => new UNet(new UNetConfig(1, 5, [8, 16, 32, 64])), [1, 48, 48], 5, [48, 48], "unet", 10),
    ];

    /// <summary>The model called <paramref name="name"/>; an error naming the known models if there is none.</summary>
    public static BenchModel Find(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"unknown model '{name}'; models: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));
}

using CnnCourse.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Cli.Bench;

/// <summary>A model the benchmark trains: how to build it, its input (C, H, W) and its number of classes.</summary>
/// <param name="PeerName">The same model's name in tests/peer/bench_pytorch.py, or null when the peer lacks it.</param>
public sealed record BenchModel(string Name, Func<nn.Module<Tensor, Tensor>> Create, long[] InputShape, int NumClasses, string? PeerName)
{
    /// <summary>The models of the lecture notebooks that the benchmark knows.</summary>
    public static IReadOnlyList<BenchModel> All { get; } =
    [
        new("lecture-cnn", () => new LectureCnn(), [1, 28, 28], 10, "lecture-cnn"),
        new("vgg-small", () => new VggStyleNet(VggSpec.Cifar10Small), [3, 32, 32], 10, "vgg-small"),
    ];

    public static BenchModel Find(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new UsageException($"unknown model '{name}'; models: {string.Join(", ", All.Select(m => m.Name))}");
}

using static TorchSharp.torch;

namespace CnnCourse.Convolution;

/// <summary>A named K x K kernel and what it does; <see cref="Sum"/> tells brightness-keeping (1) from edge-finding (0) kernels.</summary>
public sealed class Kernel
{
    readonly float[,] weights;

    /// <param name="weights">Row-major weights, [row, column]; copied, so a shared kernel cannot be changed from outside.</param>
    public Kernel(string name, string effect, float[,] weights)
    {
        if (weights.GetLength(0) == 0 || weights.GetLength(0) != weights.GetLength(1))
            throw new ArgumentException($"{name}: weights are {weights.GetLength(0)}x{weights.GetLength(1)}, expected a non-empty square", nameof(weights));
        Name = name;
        Effect = effect;
        this.weights = (float[,])weights.Clone();
    }

    public string Name { get; }
    public string Effect { get; }
    public int Size => weights.GetLength(0);

    /// <summary>A copy of the weights, [row, column].</summary>
    public float[,] Weights => (float[,])weights.Clone();

    /// <summary>Sum of all weights: 1 keeps flat regions as they are, 0 turns them to 0.</summary>
    public double Sum => weights.Cast<float>().Sum(w => (double)w);

    /// <summary>The weights as a float32 tensor, (K, K).</summary>
    public Tensor ToTensor() => tensor(weights.Cast<float>().ToArray(), [Size, Size]);

    public override string ToString() => $"{Name} ({Size}x{Size}, sum {Sum:0.##}): {Effect}";
}

using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>
/// Copies named tensors (read from a checkpoint, or converted from another format such as ONNX) into a model's
/// parameters and buffers. Every name and shape is checked before anything is copied, so a model is never left half
/// loaded, and the error lists what is missing, what is unexpected and which shapes differ. Checkpoint.Load,
/// Vgg16Weights and OnnxResNet18 all load through it, so their checks and messages are the same.
/// </summary>
public static class StateDictCopy
{
    /// <summary>Copies <paramref name="state"/> into every entry of <paramref name="model"/>'s state dict; <paramref name="source"/> names the weights in errors.</summary>
    public static void Into(nn.Module model, IReadOnlyDictionary<string, Tensor> state, string source) =>
        Into(model.state_dict(), state, source, model.GetType().Name, "tensors with the model's names and shapes");

    /// <summary>
    /// Copies <paramref name="state"/> into <paramref name="target"/>, some of a model's state dict (for instance all but a new
    /// classifier); the model keeps its other tensors. Errors say the weights do not fit <paramref name="modelName"/>,
    /// which expected <paramref name="target"/>'s count of <paramref name="what"/>.
    /// </summary>
    public static void Into(IReadOnlyDictionary<string, Tensor> target, IReadOnlyDictionary<string, Tensor> state, string source, string modelName, string what)
    {
        var missing = target.Keys.Where(k => !state.ContainsKey(k)).ToList();
        var unexpected = state.Keys.Where(k => !target.ContainsKey(k)).ToList();
        var wrongShape = target.Keys.Where(state.ContainsKey)
            .Where(k => !target[k].shape.SequenceEqual(state[k].shape))
            .Select(k => $"{k}: file {state[k].shape.Str()} vs model {target[k].shape.Str()}").ToList();
        if (missing.Count + unexpected.Count + wrongShape.Count > 0)
        {
            static string List(string what, List<string> items) =>
                items.Count == 0 ? "" : $"\n  {what} ({items.Count}): {string.Join(", ", items.Take(8))}{(items.Count > 8 ? ", ..." : "")}";
            throw new InvalidDataException(
                $"{source}: weights do not fit {modelName} (expected {target.Count} {what})" +
                List("missing from the file", missing) + List("unexpected in the file", unexpected) + List("shape mismatch", wrongShape));
        }
        using var _ = no_grad();
        foreach (var (name, tensor) in target)
            tensor.copy_(state[name].to(tensor.dtype, tensor.device));
    }
}

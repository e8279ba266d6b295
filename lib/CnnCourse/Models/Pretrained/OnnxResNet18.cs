using System.Runtime.InteropServices;
using Onnx;
using static TorchSharp.torch;

namespace CnnCourse.Models.Pretrained;

/// <summary>
/// Real ImageNet-trained weights without internet: the ResNet18 that the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18
/// 0.23.1 (MIT) ships as ONNX, loaded into a TorchSharp <see cref="ResNet"/> of <see cref="ResNetConfig.ResNet18Onnx"/> (blocks 2,2,2,3).
/// The package is fetched at restore time into the NuGet packages folder (never committed). The ONNX graph ends at the
/// 512-d pooled features (ML.NET uses it as a featurizer), so the model's fc starts random: the classifier transfer learning replaces.
/// </summary>
public static class OnnxResNet18
{
    public const string PackageId = "Microsoft.ML.DnnImageFeaturizer.ResNet18";
    public const string PackageVersion = "0.23.1";
    public const string ModelFile = "tools/DnnImageModels/ResNet18Onnx/ResNet18.onnx";
    public const string PreprocessFile = "tools/DnnImageModels/ResNetPrepOnnx/ResNetPreprocess.onnx";

    /// <summary>Input size the network was trained and exported at.</summary>
    public const int TrainedSize = 224;

    /// <summary>ResNet18.onnx in the NuGet packages folder; throws with what to run when restore has not fetched it.</summary>
    public static string ModelPath => NuGetPackageFile.Require(PackageId, PackageVersion, ModelFile);

    /// <summary>ResNetPreprocess.onnx (holds the mean image) in the NuGet packages folder.</summary>
    public static string PreprocessPath => NuGetPackageFile.Require(PackageId, PackageVersion, PreprocessFile);

    /// <summary>A <see cref="ResNet"/> of <see cref="ResNetConfig.ResNet18Onnx"/> with the pretrained backbone and a new, random <paramref name="numClasses"/>-way fc.</summary>
    public static ResNet Create(int numClasses, string? path = null)
    {
        var model = new ResNet(ResNetConfig.ResNet18Onnx, numClasses);
        LoadBackbone(model, path ?? ModelPath);
        return model;
    }

    /// <summary>The preprocessing module for inputs of <paramref name="size"/> x <paramref name="size"/> (see <see cref="ResNetPreprocess"/>).</summary>
    public static ResNetPreprocess Preprocess(int size = TrainedSize, string? path = null)
    {
        using var mean = ReadMeanImage(path ?? PreprocessPath);
        return new ResNetPreprocess(mean, size);
    }

    /// <summary>The (1, 3, 224, 224) BGR mean image of ResNetPreprocess.onnx (its only initializer, "MeanImage").</summary>
    public static Tensor ReadMeanImage(string path)
    {
        var graph = Parse(path).Graph;
        var proto = graph.Initializer.FirstOrDefault(t => t.Name == "MeanImage")
            ?? throw new InvalidDataException($"{path}: no initializer 'MeanImage' (found: {string.Join(", ", graph.Initializer.Select(t => t.Name))}); expected ML.NET's ResNetPreprocess.onnx");
        var mean = ToTensor(proto, path);
        if (!mean.shape.SequenceEqual(new long[] { 1, 3, TrainedSize, TrainedSize }))
            throw new InvalidDataException($"{path}: MeanImage has shape {mean.shape.Str()}, expected (1, 3, 224, 224)");
        return mean;
    }

    /// <summary>
    /// Copies every convolution and batch norm of the ONNX graph into <paramref name="model"/>'s backbone (all but fc).
    /// Convolutions are matched by their place in the graph: the 7x7 one is the stem, the 3x3 ones are the blocks' conv1/conv2
    /// in order, the 1x1 ones the downsample convolutions in order; each batch norm is the one that reads its convolution's output.
    /// Counts, names and shapes are checked before anything is copied.
    /// </summary>
    public static void LoadBackbone(ResNet model, string path)
    {
        var state = ReadBackboneState(path, model.Config);
        try
        {
            CopyBackbone(model, state, path);
        }
        finally
        {
            foreach (var t in state.Values) t.Dispose();
        }
    }

    /// <summary>The ONNX weights under the TorchVision names of a <see cref="ResNet"/> of <paramref name="config"/> (no fc, no num_batches_tracked).</summary>
    public static Dictionary<string, Tensor> ReadBackboneState(string path, ResNetConfig config)
    {
        var graph = Parse(path).Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name);
        var convolutions = graph.Node.Where(n => n.OpType == "Conv").ToList();
        var norms = graph.Node.Where(n => n.OpType == "BatchNormalization").ToDictionary(n => n.Input[0]);

        TensorProto Weight(NodeProto node, int input) =>
            node.Input.Count > input && initializers.TryGetValue(node.Input[input], out var t) ? t
                : throw new InvalidDataException($"{path}: node {node.Name} ({node.OpType}) input {input} is not an initializer; expected a weight");
        int KernelOf(NodeProto conv) => (int)Weight(conv, 1).Dims[^1];

        var stem = convolutions.Where(c => KernelOf(c) == 7).ToList();
        var main = convolutions.Where(c => KernelOf(c) == 3).ToList();
        var shortcuts = convolutions.Where(c => KernelOf(c) == 1).ToList();
        var (mainNames, shortcutNames) = BackboneNames(config);
        if (stem.Count != 1 || main.Count != mainNames.Count || shortcuts.Count != shortcutNames.Count || stem.Count + main.Count + shortcuts.Count != convolutions.Count)
            throw new InvalidDataException(
                $"{path}: {convolutions.Count} convolutions ({stem.Count} 7x7, {main.Count} 3x3, {shortcuts.Count} 1x1); a ResNet with blocks {config.BlocksText} " +
                $"expects 1 7x7, {mainNames.Count} 3x3 and {shortcutNames.Count} 1x1. Is this ML.NET's ResNet18.onnx?");

        var pairs = new List<(NodeProto Conv, string ConvName, string NormName)> { (stem[0], "conv1", "bn1") };
        pairs.AddRange(main.Zip(mainNames, (c, n) => (c, n.Conv, n.Norm)));
        pairs.AddRange(shortcuts.Zip(shortcutNames, (c, n) => (c, n.Conv, n.Norm)));

        var state = new Dictionary<string, Tensor>();
        try
        {
            foreach (var (conv, convName, normName) in pairs)
            {
                if (conv.Input.Count > 2) throw new InvalidDataException($"{path}: convolution {conv.Name} has a bias; expected none (a batch norm follows)");
                if (!norms.TryGetValue(conv.Output[0], out var norm))
                    throw new InvalidDataException($"{path}: no BatchNormalization reads the output of {conv.Name}; expected BatchNorm not folded into the convolutions");
                var epsilon = norm.Attribute.FirstOrDefault(a => a.Name == "epsilon")?.F ?? 1e-5f;
                if (Math.Abs(epsilon - 1e-5f) > 1e-9f) throw new InvalidDataException($"{path}: {norm.Name} has epsilon {epsilon}, expected 1e-5 (TorchSharp's BatchNorm2d default)");
                state[convName + ".weight"] = ToTensor(Weight(conv, 1), path);
                // ONNX BatchNormalization inputs: X, scale, bias, mean, var.
                state[normName + ".weight"] = ToTensor(Weight(norm, 1), path);
                state[normName + ".bias"] = ToTensor(Weight(norm, 2), path);
                state[normName + ".running_mean"] = ToTensor(Weight(norm, 3), path);
                state[normName + ".running_var"] = ToTensor(Weight(norm, 4), path);
            }
        }
        catch
        {
            foreach (var t in state.Values) t.Dispose();
            throw;
        }
        return state;
    }

    /// <summary>TorchVision names in graph order: each block's conv1/bn1 then conv2/bn2; separately, the downsample conv/bn of each stage that has one.</summary>
    static (List<(string Conv, string Norm)> Main, List<(string Conv, string Norm)> Shortcuts) BackboneNames(ResNetConfig config)
    {
        var main = new List<(string, string)>();
        var shortcuts = new List<(string, string)>();
        int channels = config.StemChannels;
        for (int s = 0; s < config.Stages.Count; s++)
        {
            var stage = config.Stages[s];
            for (int b = 0; b < stage.Blocks; b++)
            {
                string block = $"layer{s + 1}.{b}";
                main.Add(($"{block}.conv1", $"{block}.bn1"));
                main.Add(($"{block}.conv2", $"{block}.bn2"));
                if (b == 0 && (stage.Stride != 1 || channels != stage.Channels)) shortcuts.Add(($"{block}.downsample.0", $"{block}.downsample.1"));
            }
            channels = stage.Channels;
        }
        return (main, shortcuts);
    }

    /// <summary>Copies <paramref name="state"/> into every backbone tensor of <paramref name="model"/> (all but fc and the batch counters), after checking names and shapes.</summary>
    static void CopyBackbone(ResNet model, IReadOnlyDictionary<string, Tensor> state, string source)
    {
        var backbone = model.state_dict()
            .Where(e => !e.Key.StartsWith("fc.", StringComparison.Ordinal) && !e.Key.EndsWith(".num_batches_tracked", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value);
        StateDictCopy.Into(backbone, state, source, model.Config.Name, "backbone tensors");
    }

    static ModelProto Parse(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: ONNX file not found", path);
        try
        {
            // Read-only and shared: the weights are read by every notebook and test at once, and a package cache may be
            // read-only (ParseFromFile opens the file for writing too, and so locks it against every other reader).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ModelProto.Parser.ParseFrom(stream);
        }
        catch (Exception e) when (e is Google.Protobuf.InvalidProtocolBufferException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a readable ONNX model ({e.Message})", e);
        }
    }

    /// <summary>A float32 initializer as a tensor of its shape; its values are stored either as raw little-endian bytes or as a float list.</summary>
    static Tensor ToTensor(TensorProto proto, string path)
    {
        if (proto.DataType != (int)TensorProto.Types.DataType.Float)
            throw new InvalidDataException($"{path}: initializer {proto.Name} has data type {proto.DataType}, expected 1 (float32)");
        var shape = proto.Dims.ToArray();
        long count = shape.Aggregate(1L, (a, d) => a * d);
        float[] values = proto.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(proto.RawData.Span).ToArray() : proto.FloatData.ToArray();
        if (values.Length != count)
            throw new InvalidDataException($"{path}: initializer {proto.Name} holds {values.Length} values, its shape {shape.Str()} needs {count}");
        return tensor(values, shape);
    }
}

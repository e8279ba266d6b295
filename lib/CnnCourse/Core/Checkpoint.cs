using System.Collections;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>
/// Saves and loads model weights, choosing the format from the file extension:
/// <c>.pth</c>/<c>.pt</c> PyTorch (zip pickle, readable by Python's torch.load), <c>.safetensors</c>,
/// anything else TorchSharp's own format. Saving writes a temporary file and renames it, so a crash
/// never leaves half a checkpoint. Loading checks every key and shape first and names what differs (<see cref="StateDictCopy"/>).
/// Core rather than Training: the pretrained models read weight files too, and Models must not depend on Training.
/// </summary>
public static class Checkpoint
{
    public enum Format { TorchSharp, PyTorch, SafeTensors }

    public static Format FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pth" or ".pt" => Format.PyTorch,
        ".safetensors" => Format.SafeTensors,
        _ => Format.TorchSharp,
    };

    public static void Save(nn.Module model, string path)
    {
        var format = FormatOf(path);
        // The writers close the stream they are given, so each writes to a temporary path that is then renamed.
        AtomicFile.WriteVia(path, temp =>
        {
            switch (format)
            {
                case Format.PyTorch: model.save_py(temp); break;
                case Format.SafeTensors: model.save_safetensors(temp); break;
                default: model.save(temp); break;
            }
        });
    }

    /// <summary>Loads weights into <paramref name="model"/>; every key and shape must match (see <see cref="StateDictCopy"/>).</summary>
    public static void Load(nn.Module model, string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: checkpoint not found", path);
        var state = ReadStateDict(path);
        try
        {
            StateDictCopy.Into(model, state, path);
        }
        finally
        {
            foreach (var t in state.Values) t.Dispose();
        }
    }

    /// <summary>Reads a checkpoint's tensors by name, without a model.</summary>
    public static Dictionary<string, Tensor> ReadStateDict(string path)
    {
        TorchRuntime.EnsureLoaded();
        try
        {
            switch (FormatOf(path))
            {
                case Format.PyTorch:
                    return PyTorchUnpickler.UnpickleStateDict(path).Cast<DictionaryEntry>()
                        .ToDictionary(e => e.Key.ToString()!, e => e.Value as Tensor
                            ?? throw new InvalidDataException($"{path}: entry '{e.Key}' is a {e.Value?.GetType().Name ?? "null"}, expected a tensor (save the model's state_dict, not the model)"));
                case Format.SafeTensors:
                    return Safetensors.LoadStateDict(path);
                default:
                    return ReadTorchSharpStateDict(path);
            }
        }
        catch (Exception e) when (e is not InvalidDataException and not FileNotFoundException)
        {
            throw new InvalidDataException($"{path}: not a readable {FormatOf(path)} checkpoint ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>
    /// TorchSharp's format: a LEB128 count, then (name, tensor) pairs as written by Module.save. Read by
    /// loading into a module-free dictionary through TorchSharp's own tensor reader.
    /// </summary>
    static Dictionary<string, Tensor> ReadTorchSharpStateDict(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        long count = ReadLeb128(reader);
        if (count < 0 || count > 1_000_000) throw new InvalidDataException($"{path}: header says {count} tensors; not a TorchSharp checkpoint");
        var result = new Dictionary<string, Tensor>();
        for (long i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            result[name] = TensorExtensionMethods.Load(reader, skip: false);
        }
        return result;
    }

    /// <summary>The variable-length integer TorchSharp writes before its tensor list (7 bits a byte, low first).</summary>
    static long ReadLeb128(BinaryReader reader)
    {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = reader.ReadByte();
            value |= (long)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("malformed tensor count");
    }
}

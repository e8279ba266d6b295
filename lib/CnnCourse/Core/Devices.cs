using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>Chooses where tensors live: the GPU when CUDA is usable, else the CPU. CNN_DEVICE=cpu forces the CPU.</summary>
public static class Devices
{
    static readonly Lazy<Device> best = new(Choose);

    /// <summary>The device the course runs on (CUDA when available).</summary>
    public static Device Best => best.Value;

    public static bool CudaAvailable
    {
        get
        {
            TorchRuntime.EnsureLoaded();
            return torch.cuda.is_available();
        }
    }

    static Device Choose()
    {
        TorchRuntime.EnsureLoaded();
        if (string.Equals(Settings.Device.Value, "cpu", StringComparison.OrdinalIgnoreCase)) return CPU;
        return torch.cuda.is_available() ? CUDA : CPU;
    }

    /// <summary>One line for the top of every notebook: device, backend, threads.</summary>
    public static string Describe()
    {
        var device = Best;
        var what = device.type == DeviceType.CUDA
            ? $"GPU (CUDA, {torch.cuda.device_count()} device(s))"
            : $"CPU ({torch.get_num_threads()} threads)" + (TorchRuntime.BuildBackend == "cuda" ? "; CUDA build, but no GPU is visible" : "");
        return $"Device: {what}; TorchSharp {typeof(torch).Assembly.GetName().Version?.ToString(3)}, backend build: {TorchRuntime.BuildBackend}";
    }
}

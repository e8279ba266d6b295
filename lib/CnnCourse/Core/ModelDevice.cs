using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>
/// Where a model's weights live, so that helpers given only a model can move their inputs next to it. The course's
/// models keep all their parameters on one device (Trainer and Module.to move them together), so the first says it.
/// </summary>
public static class ModelDevice
{
    /// <summary>The device of <paramref name="model"/>'s first parameter; the CPU for a model without parameters (e.g. pooling only).</summary>
    public static Device Of(nn.Module model) => model.parameters().FirstOrDefault()?.device ?? CPU;
}

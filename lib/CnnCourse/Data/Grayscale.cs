using static TorchSharp.torch;

namespace CnnCourse.Data;

/// <summary>RGB to gray with the ITU-R BT.601 luma weights (0.299 R + 0.587 G + 0.114 B): (3, H, W) or (N, 3, H, W) -> one channel.</summary>
public static class Grayscale
{
    /// <summary>Keeps the channel dimension: (3, H, W) -> (1, H, W), (N, 3, H, W) -> (N, 1, H, W).</summary>
    public static Tensor From(Tensor rgb)
    {
        int channelDim = rgb.dim() switch
        {
            3 => 0,
            4 => 1,
            _ => throw new ArgumentException($"rgb: shape {rgb.shape.Str()}, expected (3, H, W) or (N, 3, H, W)", nameof(rgb)),
        };
        if (rgb.shape[channelDim] != 3) throw new ArgumentException($"rgb: shape {rgb.shape.Str()} has {rgb.shape[channelDim]} channels, expected 3", nameof(rgb));
        using var scope = NewDisposeScope();
        // Green counts most because the eye is most sensitive to it.
        var weights = tensor(new float[] { 0.299f, 0.587f, 0.114f }, dtype: rgb.dtype, device: rgb.device).reshape(channelDim == 0 ? [3, 1, 1] : [1, 3, 1, 1]);
        return (rgb * weights).sum(channelDim, keepdim: true).MoveToOuterDisposeScope();
    }
}

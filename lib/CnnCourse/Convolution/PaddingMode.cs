namespace CnnCourse.Convolution;

/// <summary>What the border added by padding holds: zeros (the default everywhere), or copies of the nearest edge pixel.</summary>
public enum PaddingMode
{
    /// <summary>Zero padding, what TorchSharp's Conv2d does with its padding argument.</summary>
    Zeros,

    /// <summary>"Padding by repeating rows and columns" (the lecture's numerical example); TorchSharp calls it PaddingModes.Replicate.</summary>
    Replicate,
}

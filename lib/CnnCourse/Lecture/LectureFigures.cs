namespace CnnCourse.Lecture;

/// <summary>A number printed on a slide of the lecture, with its unit when the slide gives one ("s", "%").</summary>
public sealed record LectureFigure(double Value, string? Unit, string Where);

/// <summary>
/// Every number the lecture's slides print, in one place. Notebook text may quote these freely; any other number or
/// comparison in a notebook's text must be a setting of its own code or a claim its test asserts (NotebookProseTests).
/// </summary>
public static class LectureFigures
{
    public static IReadOnlyList<LectureFigure> All { get; } =
    [
        new(0, null, "kernel sums of 0 (edge detection); 0 values of the example's maps"),
        new(1, null, "kernel sums of 1; stride 1; padding 1; the +1 of the output-size formula"),
        new(2, null, "stride 2; padding 2; 2x2 max pooling; neighbours multiplied by 2"),
        new(3, null, "3x3 kernels; 3 colour channels"),
        new(4, null, "4x4 input; four 5x5x3 filters; four classes; the example's 4x4 maps"),
        new(5, null, "5x5 inputs and filters"),
        new(7, null, "VGG16's 7*7*512 flattened layer; unit 7"),
        new(8, null, "8 filters in the example's first layer; 8x8x8 after pooling"),
        new(10, null, "10 filters of the parameter example; 10,000 test samples"),
        new(16, null, "16 filters; dense 16; 16x16 maps"),
        new(25, "%", "dropout 25 %"),
        new(25, null, "dropout 25 %"),
        new(27, "s", "the GPU epoch"),
        new(27, null, "the GPU epoch"),
        new(28, null, "4 activation maps of size 28x28"),
        new(32, null, "32x32x3 image; 32x32 input of the example"),
        new(64, null, "flatten -> 64 in the example"),
        new(76, null, "5*5*3 + 1 = 76 parameters per filter"),
        new(200, null, "Epoch 1/200"),
        new(512, null, "VGG16's 7*7*512"),
        new(733, "s", "the CPU epochs 2-4"),
        new(734, "s", "the CPU epoch"),
        new(734, null, "the CPU epoch"),
        new(760, null, "760 parameters for 10 filters"),
        new(1000, null, "VGG16's 1000 ImageNet classes"),
        new(2013, null, "Zeiler & Fergus 2013"),
        new(2015, null, "UNet, 2015; Ren et al., 2015"),
        new(4096, null, "VGG16's two fully connected layers of 4096"),
        new(10_000, null, "10000 test samples"),
        new(50_000, null, "50000 train samples per epoch"),
    ];

    /// <summary>Whether <paramref name="value"/> with <paramref name="unit"/> (null: none) is printed on a slide.</summary>
    public static bool Contains(double value, string? unit) => All.Any(f => f.Value == value && f.Unit == unit);
}

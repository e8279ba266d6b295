using CnnCourse.Models;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class FlopCountTests
{
    [Fact]
    public void Lecture_cnn_counts_match_hand_arithmetic()
    {
        var flops = FlopCount.Of(new LectureCnn(), 1, 28, 28);
        // 2 per multiply-add, + 1 per output for the bias
        long conv1 = 2L * (32 * 28 * 28) * (1 * 3 * 3) + 32 * 28 * 28;    // 476,672
        long relu1 = 32 * 28 * 28, pool1 = 32 * 28 * 28;                   // one per output / per input element
        long conv2 = 2L * (64 * 14 * 14) * (32 * 3 * 3) + 64 * 14 * 14;    // 7,237,888
        long relu2 = 64 * 14 * 14, pool2 = 64 * 14 * 14;
        long fc1 = 2L * 128 * 3136 + 128, relu3 = 128, classifier = 2L * 10 * 128 + 10;
        Assert.Equal(conv1 + relu1 + pool1 + conv2 + relu2 + pool2 + fc1 + relu3 + classifier, flops.ForwardPerImage);
        Assert.Equal(8_595_466, flops.ForwardPerImage);
        // backward: conv1 sees the model's input, so only its weight gradient (1x); other weighted layers 2x; the rest 1x
        long backward = conv1 + 2 * (conv2 + fc1 + classifier) + relu1 + pool1 + relu2 + pool2 + relu3;
        Assert.Equal(flops.ForwardPerImage + backward, flops.TrainPerImage);
        Assert.Equal(["conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "flatten", "fc1", "relu3", "classifier"], flops.Layers.Select(l => l.Name));
    }

    [Fact]
    public void Transposed_convolution_and_batch_norm_follow_their_rules()
    {
        // (N, 2, 4, 4) -conv 3x3-> (N, 4, 4, 4) -bn-> -relu-> -transposed conv 2x2 stride 2-> (N, 3, 8, 8)
        var model = Sequential(("conv", Conv2d(2, 4, 3, padding: 1, bias: false)), ("bn", BatchNorm2d(4)), ("relu", ReLU()),
            ("up", ConvTranspose2d(4, 3, 2, stride: 2)));
        var flops = FlopCount.Of(model, 2, 4, 4);
        long conv = 2L * (4 * 4 * 4) * (2 * 3 * 3);         // no bias
        long bn = 2L * 4 * 4 * 4, relu = 4 * 4 * 4;
        long up = 2L * (4 * 4 * 4) * (3 * 2 * 2) + 3 * 8 * 8;   // each input value into 3 * 2 * 2 outputs, + bias per output
        Assert.Equal([conv, bn, relu, up], flops.Layers.Select(l => l.Forward));
        Assert.Equal([2 * conv, 3 * bn, 2 * relu, 3 * up], flops.Layers.Select(l => l.Train));
    }

    [Fact]
    public void A_layer_without_a_rule_is_an_error_naming_it()
    {
        var model = Sequential(("conv", Conv2d(1, 2, 3)), ("act", GELU()));
        var e = Assert.Throws<NotSupportedException>(() => FlopCount.Of(model, 1, 8, 8));
        Assert.Contains("act: no FLOPs rule for a GELU layer", e.Message);
    }
}

using CnnCourse.Data;
using CnnCourse.Models;
using CnnCourse.Models.Pretrained;
using CnnCourse.Tests.Support;
using Microsoft.ML.OnnxRuntime;
using DenseTensor = Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<float>;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CnnCourse.Tests.Models.Pretrained;

/// <summary>The ResNet18 loader against ONNX Runtime running the very same ONNX files, on a real photo.</summary>
[Trait("Category", "unit")]
public class OnnxResNet18Tests
{
    /// <summary>Chelsea the cat resized to the network's 224x224: (1, 3, 224, 224) RGB in [0, 1].</summary>
    static Tensor Photo() => F.interpolate(SampleImages.Chelsea().unsqueeze(0), [224, 224], mode: InterpolationMode.Bilinear, align_corners: false).clamp(0, 1);

    static float[] RunOnnx(string modelPath, string input, Tensor value)
    {
        using var session = new InferenceSession(modelPath);
        var data = value.contiguous().data<float>().ToArray();
        var inputs = new[] { NamedOnnxValue.CreateFromTensor(input, new DenseTensor(data, value.shape.Select(d => (int)d).ToArray())) };
        using var results = session.Run(inputs);
        return results.Single().AsTensor<float>().ToArray();
    }

    [Fact]
    public void Features_match_onnx_runtime_on_a_real_photo_within_1e_4()
    {
        using var scope = NewDisposeScope();
        var photo = Photo();
        // Reference: ONNX Runtime runs ML.NET's preprocessing graph (RGB 0..255 in), then the ResNet18 graph.
        var preprocessed = RunOnnx(OnnxResNet18.PreprocessPath, "OriginalInput", photo * 255f);
        var expected = RunOnnx(OnnxResNet18.ModelPath, "Input247", tensor(preprocessed, [1, 3, 224, 224]));
        Assert.Equal(512, expected.Length);

        var model = OnnxResNet18.Create(numClasses: 10);
        model.eval();
        using var preprocess = OnnxResNet18.Preprocess(224);
        using var _ = no_grad();
        var ours = preprocess.call(photo);
        Assert.True((ours - tensor(preprocessed, [1, 3, 224, 224])).abs().max().item<float>() < 1e-3f, "preprocessing differs from ResNetPreprocess.onnx");
        var features = model.Features(ours);
        Assert.Equal([1L, 512], features.shape);
        double maxDiff = (features.flatten() - tensor(expected)).abs().max().item<float>();
        Assert.True(maxDiff < 1e-4, $"max abs diff {maxDiff:E2} against ONNX Runtime");
        // Not a trivial match: the features are far from zero and vary.
        Assert.True(features.abs().max().item<float>() > 1f);
    }

    [Fact]
    public void The_backbone_maps_one_to_one_and_the_classifier_stays_random()
    {
        var state = OnnxResNet18.ReadBackboneState(OnnxResNet18.ModelPath, ResNetConfig.ResNet18Onnx);
        var model = new ResNet(ResNetConfig.ResNet18Onnx, numClasses: 10);
        var backbone = model.state_dict().Keys.Where(k => !k.StartsWith("fc.") && !k.EndsWith("num_batches_tracked")).ToHashSet();
        Assert.Equal(backbone.Order(), state.Keys.Order());
        Assert.Equal(110, state.Count);   // 22 convolutions + 22 batch norms of 4 tensors each
        Assert.Equal([64L, 3, 7, 7], state["conv1.weight"].shape);
        Assert.Equal([512L, 512, 3, 3], state["layer4.2.conv2.weight"].shape);
        Assert.Equal([128L, 64, 1, 1], state["layer2.0.downsample.0.weight"].shape);
        foreach (var t in state.Values) t.Dispose();
    }

    [Fact]
    public void Blocks_that_do_not_match_the_file_are_refused_with_the_counts()
    {
        var e = Assert.Throws<InvalidDataException>(() => OnnxResNet18.LoadBackbone(new ResNet(ResNetConfig.ResNet18), OnnxResNet18.ModelPath));
        Assert.Contains(OnnxResNet18.ModelPath, e.Message);
        Assert.Contains("blocks 2,2,2,2 expects 1 7x7, 16 3x3 and 3 1x1", e.Message);
    }

    [Fact]
    public void Shapes_that_do_not_match_are_named()
    {
        var narrow = new ResNetConfig("narrow", 32, [new(2, 32, 1), new(2, 64, 2), new(2, 128, 2), new(3, 256, 2)]);
        var e = Assert.Throws<InvalidDataException>(() => OnnxResNet18.LoadBackbone(new ResNet(narrow), OnnxResNet18.ModelPath));
        Assert.Contains("shape mismatch", e.Message);
        Assert.Contains("conv1.weight: file (64, 3, 7, 7) vs model (32, 3, 7, 7)", e.Message);
    }

    [Fact]
    public void The_files_load_while_another_reader_has_them_open()
    {
        // Notebooks and tests read the same files from the package cache at once, and a cache may be read-only: loading
        // must neither lock a file against other readers nor ask to write it.
        using var otherReader = new FileStream(OnnxResNet18.PreprocessPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var mean = OnnxResNet18.ReadMeanImage(OnnxResNet18.PreprocessPath);
        Assert.Equal(new long[] { 1, 3, 224, 224 }, mean.shape);
    }

    [Fact]
    public void Missing_and_broken_files_are_reported_clearly()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("nothing.onnx");
        var e1 = Assert.Throws<FileNotFoundException>(() => OnnxResNet18.LoadBackbone(new ResNet(ResNetConfig.ResNet18Onnx), missing));
        Assert.Contains(missing, e1.Message);
        var broken = temp.File("broken.onnx");
        File.WriteAllBytes(broken, [0xff, 0xff, 0xff, 0xff, 0x01, 0x02]);
        var e2 = Assert.Throws<InvalidDataException>(() => OnnxResNet18.LoadBackbone(new ResNet(ResNetConfig.ResNet18Onnx), broken));
        Assert.Contains(broken, e2.Message);
    }

    [Fact]
    public void An_absent_package_says_to_run_restore()
    {
        var e = Assert.Throws<FileNotFoundException>(() => NuGetPackageFile.Require("No.Such.Package", "1.2.3", "tools/model.onnx"));
        Assert.Contains("No.Such.Package 1.2.3", e.Message);
        Assert.Contains("dotnet restore", e.Message);
        Assert.Contains(Path.Combine("no.such.package", "1.2.3", "tools", "model.onnx"), e.Message);
    }

    [Fact]
    public void Preprocessing_resizes_the_mean_image_and_checks_its_input()
    {
        using var preprocess = OnnxResNet18.Preprocess(64);
        using var white = ones(2, 3, 64, 64);
        using var y = preprocess.call(white);
        Assert.Equal([2L, 3, 64, 64], y.shape);
        // 255 minus the channel means (B 103.06, G 115.90, R 123.15), give or take the mean image's spatial variation.
        Assert.InRange(y[0, 0].mean().item<float>(), 255 - 103.06 - 2, 255 - 103.06 + 2);
        Assert.InRange(y[0, 2].mean().item<float>(), 255 - 123.15 - 2, 255 - 123.15 + 2);
        var e = Assert.Throws<ArgumentException>(() => preprocess.call(ones(1, 3, 32, 32)));
        Assert.Contains("expected (N, 3, 64, 64)", e.Message);
    }
}

using CnnCourse.Models;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Models;

[Trait("Category", "unit")]
public class ResNetTests
{
    [Fact]
    public void ResNet18_has_torchvisions_names_shapes_and_11_689_512_parameters()
    {
        var ours = new ResNet(ResNetConfig.ResNet18);
        var reference = torchvision.models.resnet18();
        var a = ours.state_dict();
        var b = reference.state_dict();
        Assert.Equal(b.Keys.Order(), a.Keys.Order());
        Assert.All(b.Keys, k => Assert.Equal(b[k].shape, a[k].shape));
        Assert.Equal(11_689_512, ours.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void Shapes_through_the_stages()
    {
        var model = new ResNet(ResNetConfig.ResNet18Onnx, numClasses: 10);
        var summary = ModelSummary.Of(model, 2, 3, 64, 64);
        Assert.Equal([2L, 64, 16, 16], summary.Layer("layer1").OutputShape);
        Assert.Equal([2L, 512, 2, 2], summary.Layer("layer4").OutputShape);
        Assert.Equal([2L, 10], summary.OutputShape);
        Assert.Equal(3, summary.Layers.Count(l => l.Name.StartsWith("layer4.") && l.Depth == 1));
        using var x = randn(2, 3, 64, 64);
        using var features = model.Features(x);
        Assert.Equal([2L, 512], features.shape);
    }

    [Fact]
    public void Frozen_features_do_not_change_in_training_and_only_the_classifier_learns()
    {
        Reproducibility.Seed(0);
        var model = new ResNet(ResNetConfig.ResNet18, numClasses: 3);
        model.FreezeFeatures();
        var summary = ModelSummary.Of(model, 1, 3, 32, 32);
        Assert.Equal((512 + 1) * 3, summary.TrainableParameters);
        Assert.Equal(summary.TotalParameters - 1539, summary.FrozenParameters);

        var before = model.state_dict().Where(e => !e.Key.StartsWith("fc.")).ToDictionary(e => e.Key, e => e.Value.clone());
        var fcBefore = model.Classifier.weight!.clone();
        var trainer = new Trainer(model, device: CPU, progress: SilentProgress.Instance);
        Assert.Equal(2, trainer.Optimizer.parameters().Count());   // fc.weight and fc.bias only
        var images = rand(16, 3, 32, 32);
        var labels = randint(0, 3, [16]);
        var data = new CnnCourse.Data.ImageDataset(images, labels, ["a", "b", "c"], "random");
        trainer.Fit(new CnnCourse.Data.BatchLoader(data, batchSize: 8, shuffle: true), numEpochs: 2);

        Assert.True(model.training);
        foreach (var (key, after) in model.state_dict().Where(e => !e.Key.StartsWith("fc.")))
            Assert.True(after.equal(before[key]).all().item<bool>(), $"{key} changed although the features are frozen");
        Assert.False(model.Classifier.weight!.equal(fcBefore).all().item<bool>(), "the classifier did not learn");
    }

    [Fact]
    public void Without_freezing_batch_norm_statistics_and_weights_move()
    {
        Reproducibility.Seed(0);
        var model = new ResNet(ResNetConfig.ResNet18, numClasses: 3);
        var meanBefore = model.state_dict()["bn1.running_mean"].clone();
        model.train();
        using (no_grad()) model.call(rand(4, 3, 32, 32));
        Assert.False(model.state_dict()["bn1.running_mean"].equal(meanBefore).all().item<bool>());
    }

    [Fact]
    public void A_spec_needs_four_stages()
    {
        var e = Assert.Throws<ArgumentException>(() => new ResNet(new ResNetConfig("short", 64, [new(2, 64, 1)])));
        Assert.Contains("1 stages, expected 4", e.Message);
    }
}

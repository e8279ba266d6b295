using CnnCourse.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class EvaluationModeTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Evaluates_without_gradients_and_restores_the_mode_the_model_had(bool training)
    {
        using var model = new LectureCnn();
        model.train(training);
        using (EvaluationMode.Use(model))
        {
            Assert.False(model.training);
            Assert.False(is_grad_enabled());
            using var output = model.call(zeros(1, 1, 28, 28));
            Assert.False(output.requires_grad);
        }
        Assert.Equal(training, model.training);
        Assert.True(is_grad_enabled());
    }

    [Fact]
    public void A_frozen_resnet_keeps_its_batch_norms_in_eval_after_evaluation()
    {
        using var model = new ResNet(new ResNetConfig("tiny", 8, [new(1, 8, 1), new(1, 8, 2), new(1, 8, 2), new(1, 8, 2)]), numClasses: 3);
        model.FreezeFeatures();
        model.train();
        using (EvaluationMode.Use(model)) { }
        Assert.True(model.training);
        Assert.All(model.named_modules().Where(m => m.name is not ("" or "fc")), m => Assert.False(m.module.training, m.name));
    }

    [Fact]
    public void The_device_of_a_model_is_that_of_its_weights_or_the_cpu_without_any()
    {
        using var model = new LectureCnn();
        Assert.Equal(DeviceType.CPU, ModelDevice.Of(model).type);
        using var pool = nn.MaxPool2d(2);
        Assert.Equal(DeviceType.CPU, ModelDevice.Of(pool).type);
    }
}

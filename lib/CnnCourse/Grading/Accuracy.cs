using CnnCourse.Data;
using static TorchSharp.torch;

namespace CnnCourse.Grading;

/// <summary>How often a classifier is right on a dataset: argmax of its (N, numClasses) outputs against the labels.</summary>
public static class Accuracy
{
    /// <summary>Accuracy in [0, 1] of <paramref name="model"/> on <paramref name="data"/>, in eval mode under no_grad, in batches of <paramref name="batchSize"/> (default 1000); images go in as stored, (N, 1, 28, 28) in [0, 1].</summary>
    public static double Of(nn.Module<Tensor, Tensor> model, ImageDataset data, int batchSize = 1000)
    {
        if (data.Count == 0) throw new ArgumentException($"{data.Source}: the dataset is empty", nameof(data));
        TorchRuntime.EnsureLoaded();
        using var evaluating = EvaluationMode.Use(model);
        var device = ModelDevice.Of(model);
        long correct = 0;
        foreach (var (images, labels) in new BatchLoader(data, batchSize).Batches())
        {
            var outputs = model.call(images.to(device));
            if (outputs.dim() != 2 || outputs.shape[0] != images.shape[0])
                throw new InvalidOperationException($"the model returned shape {outputs.shape.Str()} for {images.shape[0]} images; expected (N, numClasses)");
            correct += outputs.argmax(1).cpu().eq(labels).sum().item<long>();
        }
        return (double)correct / data.Count;
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>The gradient of one weight tensor: its parameter name, shape and L2 norm.</summary>
public sealed record LayerGradient(string Name, long[] Shape, double Norm);

/// <summary>
/// How large the loss's gradient is at each layer, from one batch and autograd: in a deep plain network the
/// norms shrink layer by layer towards the input (vanishing gradients); residual shortcuts keep them up.
/// </summary>
public static class GradientNorms
{
    /// <summary>
    /// Norms of the gradients of every weight matrix or kernel (dimension 2 or more; biases and batch-norm scales
    /// are left out), in the model's parameter order, which is input to output for the course's models.
    /// The model's gradients are cleared before and after.
    /// </summary>
    public static IReadOnlyList<LayerGradient> PerLayer(nn.Module<Tensor, Tensor> model, Tensor images, Tensor labels, Objective? objective = null)
    {
        objective ??= Objective.CrossEntropy;
        var device = ModelDevice.Of(model);
        model.zero_grad();
        try
        {
            using var scope = NewDisposeScope();
            var loss = objective.Loss(model.call(images.to(device)), labels.to(device));
            loss.backward();
            return model.named_parameters()
                .Where(p => p.parameter.dim() >= 2)
                .Select(p => new LayerGradient(p.name, p.parameter.shape,
                    p.parameter.grad is { } g ? g.norm().ToDouble() : throw new InvalidOperationException($"{p.name} got no gradient (is it used in forward?)")))
                .ToList();
        }
        finally
        {
            model.zero_grad();
        }
    }
}

using CnnCourse.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>
/// The signal at one layer of a network, for one batch: how large the activations are (root mean square) and how much
/// the images still differ there, relative to that size (0: every image gives the same maps).
/// </summary>
public sealed record LayerActivation(string Name, double Rms, double ImageSpread);

/// <summary>
/// The forward half of the vanishing-gradient story: in a deep plain network the same weights that shrink the gradient
/// on its way back shrink the signal on its way forward, until the biases, which do not shrink with it, are most of what
/// is left and the images look alike to the classifier. Residual shortcuts carry the input's signal through.
/// </summary>
public static class ActivationScales
{
    /// <summary>
    /// Size and spread of a batch of activations (N, ...): Rms = sqrt(mean x²); ImageSpread = the square root of the
    /// mean, over positions, of the variance across the N images, divided by Rms.
    /// </summary>
    public static LayerActivation Of(string name, Tensor activations)
    {
        if (activations.dim() < 2 || activations.shape[0] < 2)
            throw new ArgumentException($"{name}: expected a batch of at least two images (N, ...), got shape [{string.Join(", ", activations.shape)}]", nameof(activations));
        using var scope = NewDisposeScope();
        var x = activations.detach().to(float64).flatten(1);
        double rms = x.square().mean().sqrt().ToDouble();
        double spread = x.var(0, unbiased: false).mean().sqrt().ToDouble();
        return new LayerActivation(name, rms, rms > 0 ? spread / rms : 0);
    }

    /// <summary>Size and spread after each named layer, in the order given (evaluation mode, no gradients).</summary>
    public static IReadOnlyList<LayerActivation> PerLayer(nn.Module<Tensor, Tensor> model, Tensor images, params string[] layerNames)
    {
        var captured = ActivationCapture.Run(model, images, layerNames);
        try
        {
            return layerNames.Select(name => Of(name, captured[name])).ToList();
        }
        finally
        {
            foreach (var output in captured.Values) output.Dispose();
        }
    }
}

using static TorchSharp.torch;

namespace CnnCourse;

/// <summary>
/// Inference on a model that may be in the middle of training: eval mode (dropout off, batch norm on its running
/// statistics) and no autograd graph while the scope is open, then the model back in the mode it had. Helpers that
/// only look at a model (accuracy, summaries, activation maps, segmentation scores) use it so that calling them
/// between two epochs changes nothing for the training that follows.
/// </summary>
public static class EvaluationMode
{
    /// <summary>
    /// Puts <paramref name="model"/> in eval mode under no_grad until the returned scope is disposed; then gradients are
    /// tracked as before and the model is in training mode again if it was (<c>using var _ = EvaluationMode.Use(model);</c>).
    /// </summary>
    public static IDisposable Use(nn.Module model) => new Restore(model);

    sealed class Restore : IDisposable
    {
        readonly nn.Module model;
        readonly bool wasTraining;
        readonly IDisposable noGrad;

        public Restore(nn.Module model)
        {
            this.model = model;
            wasTraining = model.training;
            model.eval();
            noGrad = no_grad();
        }

        public void Dispose()
        {
            noGrad.Dispose();
            // train(bool) rather than setting a flag: modules that override it (ResNet keeps frozen batch norms in eval) still decide.
            model.train(wasTraining);
        }
    }
}

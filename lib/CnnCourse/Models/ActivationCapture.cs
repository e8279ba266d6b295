using static TorchSharp.torch;

namespace CnnCourse.Models;

/// <summary>
/// The activation maps each named layer produced for one batch (what the lecture's Zeiler and Fergus
/// slide shows, on our own model). Outputs are cloned, since layers such as in-place ReLU overwrite them.
/// </summary>
public static class ActivationCapture
{
    /// <summary>Runs <paramref name="images"/> through <paramref name="model"/> (eval, no_grad); returns layer name -> output.</summary>
    public static Dictionary<string, Tensor> Run(nn.Module<Tensor, Tensor> model, Tensor images, params string[] layerNames)
    {
        var captured = new Dictionary<string, Tensor>();
        var modules = model.named_modules().Where(m => layerNames.Contains(m.name)).ToDictionary(m => m.name, m => m.module);
        var missing = layerNames.Where(n => !modules.ContainsKey(n)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"no layer named {string.Join(", ", missing)}; layers: {string.Join(", ", model.named_modules().Select(m => m.name).Where(n => n != ""))}");
        var removers = new List<Action>();
        foreach (var (name, module) in modules)
        {
            if (module is not nn.Module<Tensor, Tensor> hookable) throw new ArgumentException($"layer {name} ({module.GetType().Name}) does not map a tensor to a tensor");
            var handle = hookable.register_forward_hook((m, input, output) =>
            {
                captured[name] = output.detach().clone().cpu().DetachFromDisposeScope();
                return output;
            });
            removers.Add(handle.remove);
        }
        try
        {
            using var evaluating = EvaluationMode.Use(model);
            using var scope = NewDisposeScope();
            model.call(images.to(ModelDevice.Of(model)));
        }
        finally
        {
            foreach (var remove in removers) remove();
        }
        return captured;
    }
}

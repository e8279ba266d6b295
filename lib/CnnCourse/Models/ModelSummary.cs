using System.Net;
using System.Text;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Models;

/// <summary>One row of a <see cref="ModelSummary"/>: a module, the shape it produced, its parameters.</summary>
/// <param name="Name">Dotted path, e.g. "features.0" (field names of the module classes).</param>
/// <param name="Depth">0 for direct children of the model, 1 for their children, ...</param>
/// <param name="Parameters">All parameters of the module and its children.</param>
/// <param name="Trainable">Those of <paramref name="Parameters"/> with requires_grad.</param>
public sealed record LayerSummary(string Name, string Type, int Depth, long[] OutputShape, long Parameters, long Trainable)
{
    public string ShapeText => OutputShape.Str();
}

/// <summary>
/// A torchinfo-like summary: each layer's output shape and parameter count, for any module and input
/// shape, found by running one forward pass of zeros under no_grad with hooks on every submodule.
/// Totals count every parameter once. Displays as a table in notebooks.
/// </summary>
public sealed record ModelSummary(string ModelName, long[] InputShape, IReadOnlyList<LayerSummary> Layers, long[] OutputShape, long TotalParameters, long TrainableParameters)
{
    public long FrozenParameters => TotalParameters - TrainableParameters;

    /// <summary>Summarizes <paramref name="model"/> for an input of <paramref name="inputShape"/>, e.g. (1, 1, 28, 28).</summary>
    public static ModelSummary Of(nn.Module<Tensor, Tensor> model, params long[] inputShape)
    {
        TorchRuntime.EnsureLoaded();
        if (inputShape.Length == 0 || inputShape.Any(d => d <= 0))
            throw new ArgumentException($"input shape {inputShape.Str()}: expected positive sizes, e.g. (1, 1, 28, 28)", nameof(inputShape));

        var order = new List<(string Name, nn.Module Module)>();
        var shapes = new Dictionary<nn.Module, long[]>(ReferenceEqualityComparer.Instance);
        var removers = new List<Action>();
        foreach (var (name, module) in model.named_modules())
        {
            if (string.IsNullOrEmpty(name) || module is not nn.Module<Tensor, Tensor> hookable) continue;
            var pre = hookable.register_forward_pre_hook((m, input) => { if (!shapes.ContainsKey(m)) order.Add((name, m)); return input; });
            var post = hookable.register_forward_hook((m, input, output) => { shapes[m] = output.shape; return output; });
            removers.Add(pre.remove);
            removers.Add(post.remove);
        }

        long[] outputShape;
        try
        {
            using var evaluating = EvaluationMode.Use(model);
            using var scope = NewDisposeScope();
            outputShape = model.call(zeros(inputShape, device: ModelDevice.Of(model))).shape;
        }
        finally
        {
            foreach (var remove in removers) remove();
        }

        var layers = order
            .Where(o => shapes.ContainsKey(o.Module))
            .Select(o =>
            {
                var parameters = o.Module.parameters().ToList();
                return new LayerSummary(o.Name, o.Module.GetType().Name, o.Name.Count(c => c == '.'), shapes[o.Module],
                    parameters.Sum(p => p.numel()), parameters.Where(p => p.requires_grad).Sum(p => p.numel()));
            })
            .ToList();
        var all = model.parameters().ToList();
        return new ModelSummary(model.GetType().Name, inputShape, layers, outputShape, all.Sum(p => p.numel()), all.Where(p => p.requires_grad).Sum(p => p.numel()));
    }

    /// <summary>The same summary showing only layers down to <paramref name="depth"/> (0 = the model's direct children); totals are unchanged.</summary>
    public ModelSummary WithMaxDepth(int depth) => this with { Layers = Layers.Where(l => l.Depth <= depth).ToList() };

    /// <summary>The row named <paramref name="name"/> (throws with the known names if absent).</summary>
    public LayerSummary Layer(string name) =>
        Layers.FirstOrDefault(l => l.Name == name) ?? throw new KeyNotFoundException($"no layer '{name}'; layers: {string.Join(", ", Layers.Select(l => l.Name))}");

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{ModelName}, input {InputShape.Str()}");
        sb.AppendLine($"{"Layer",-36} {"Output shape",-22} {"Params",14}");
        sb.AppendLine(new string('-', 74));
        foreach (var l in Layers)
            sb.AppendLine($"{new string(' ', 2 * l.Depth) + l.Name + " (" + l.Type + ")",-36} {l.ShapeText,-22} {l.Parameters,14:N0}");
        sb.AppendLine(new string('-', 74));
        sb.AppendLine($"Total parameters: {TotalParameters:N0}  (trainable {TrainableParameters:N0}, frozen {FrozenParameters:N0})");
        return sb.ToString();
    }

    /// <summary>An HTML table (used by the notebook formatter).</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"cnn-summary\"><table style=\"font-family:monospace;border-collapse:collapse\">");
        sb.Append($"<caption style=\"text-align:left\"><b>{WebUtility.HtmlEncode(ModelName)}</b>, input {InputShape.Str()}</caption>");
        sb.Append("<thead><tr><th style=\"text-align:left\">Layer</th><th style=\"text-align:left\">Type</th><th style=\"text-align:left\">Output shape</th><th style=\"text-align:right\">Parameters</th><th style=\"text-align:right\">Trainable</th></tr></thead><tbody>");
        foreach (var l in Layers)
            sb.Append($"<tr><td style=\"text-align:left;padding-left:{0.3 + 1.2 * l.Depth}em\">{WebUtility.HtmlEncode(l.Name)}</td><td style=\"text-align:left\">{WebUtility.HtmlEncode(l.Type)}</td>" +
                      $"<td style=\"text-align:left\">{l.ShapeText}</td><td style=\"text-align:right\">{l.Parameters:N0}</td><td style=\"text-align:right\">{l.Trainable:N0}</td></tr>");
        sb.Append("</tbody><tfoot>");
        sb.Append($"<tr><td colspan=\"3\"><b>Total parameters</b></td><td style=\"text-align:right\"><b>{TotalParameters:N0}</b></td><td></td></tr>");
        sb.Append($"<tr><td colspan=\"3\">Trainable / frozen</td><td style=\"text-align:right\">{TrainableParameters:N0}</td><td style=\"text-align:right\">{FrozenParameters:N0} frozen</td></tr>");
        sb.Append($"<tr><td colspan=\"3\">Output</td><td colspan=\"2\" style=\"text-align:right\">{OutputShape.Str()}</td></tr>");
        sb.Append("</tfoot></table></div>");
        return sb.ToString();
    }
}

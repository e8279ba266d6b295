using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>One parameter's gradient two ways: by autograd (backpropagation) and by central finite differences.</summary>
public sealed record ParameterGradientCheck(string Name, double[] Autograd, double[] Numerical)
{
    public double MaxAbsDifference => Autograd.Zip(Numerical, (a, n) => Math.Abs(a - n)).DefaultIfEmpty(0).Max();
}

/// <summary>
/// Checks backpropagation against the definition of the derivative: dL/dθᵢ ≈ (L(θ + ε eᵢ) − L(θ − ε eᵢ)) / 2ε for
/// every parameter element θᵢ. Central differences err by O(ε²) plus rounding O(1e-16 / ε), so in float64 with
/// ε = 1e-6 the two agree to about 1e-9; float32 is far too coarse for this.
/// </summary>
public static class GradientCheck
{
    /// <summary>Both gradients of <paramref name="loss"/> (a scalar computed from the model's parameters) for every trainable float64 parameter.</summary>
    public static IReadOnlyList<ParameterGradientCheck> Compare(nn.Module model, Func<Tensor> loss, double epsilon = 1e-6)
    {
        if (epsilon <= 0) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be positive");
        var parameters = model.named_parameters().Where(p => p.parameter.requires_grad).ToList();
        if (parameters.Count == 0) throw new ArgumentException("the model has no trainable parameters", nameof(model));
        var wrong = parameters.FirstOrDefault(p => p.parameter.dtype != ScalarType.Float64);
        if (wrong.parameter is not null)
            throw new ArgumentException($"parameter {wrong.name} is {wrong.parameter.dtype}, expected Float64 (call model.to(float64) first): float32 cannot resolve finite differences", nameof(model));

        model.zero_grad();
        using (var scope = NewDisposeScope()) loss().backward();
        var results = new List<ParameterGradientCheck>();
        foreach (var (pname, p) in parameters)
        {
            using var parameterScope = NewDisposeScope();
            var autograd = p.grad!.detach().cpu().reshape(-1).data<double>().ToArray();
            var numerical = new double[p.numel()];
            using (no_grad())
            {
                var flat = p.view(-1);   // shares memory with the parameter
                for (long i = 0; i < numerical.Length; i++)
                {
                    using var elementScope = NewDisposeScope();
                    var element = flat[i];
                    double original = element.item<double>();
                    element.fill_(original + epsilon);   // fill_ keeps the double; a scalar tensor would be float32
                    double plus = Evaluate(loss);
                    element.fill_(original - epsilon);
                    double minus = Evaluate(loss);
                    element.fill_(original);
                    numerical[i] = (plus - minus) / (2 * epsilon);
                }
            }
            results.Add(new ParameterGradientCheck(pname, autograd, numerical));
        }
        model.zero_grad();
        return results;
    }

    static double Evaluate(Func<Tensor> loss)
    {
        using var scope = NewDisposeScope();
        return loss().item<double>();
    }
}

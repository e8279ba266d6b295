namespace CnnCourse.Models;

/// <summary>A layer's output shape (without the batch dimension) and parameter count worked out by formula, with the working shown.</summary>
public sealed record LayerArithmetic(string Layer, long[] Shape, long Parameters, string Working)
{
    public string ShapeText => Shape.Str();

    /// <summary>Lines these rows up with a model summary's rows of the same names.</summary>
    public static IReadOnlyList<LayerCheck> Compare(IEnumerable<LayerArithmetic> byFormula, ModelSummary summary) =>
        byFormula.Select(f =>
        {
            var measured = summary.Layer(f.Layer);
            return new LayerCheck(f.Layer, f.ShapeText, measured.OutputShape[1..].Str(), f.Parameters, measured.Parameters);
        }).ToList();
}

/// <summary>One layer, by formula and as measured by <see cref="ModelSummary"/>; <see cref="Agree"/> when both shape and parameters match.</summary>
public sealed record LayerCheck(string Layer, string FormulaShape, string SummaryShape, long FormulaParameters, long SummaryParameters)
{
    public bool Agree => FormulaShape == SummaryShape && FormulaParameters == SummaryParameters;
}

namespace CnnCourse;

/// <summary>
/// The using directives a course notebook's cells see after its first cell (<c>Course.Start</c> submits them to the
/// kernel). Kept here, below every layer, because the grader compiles submissions with the same usings.
/// </summary>
public static class NotebookImports
{
    public static readonly IReadOnlyList<string> Usings =
    [
        "using System.Diagnostics;",
        "using System.Globalization;",
        "using System.IO;",
        "using CnnCourse;",
        "using CnnCourse.Applications;",
        "using CnnCourse.Benchmarks;",
        "using CnnCourse.Convolution;",
        "using CnnCourse.Data;",
        "using CnnCourse.Exercises;",
        "using CnnCourse.Grading;",
        "using CnnCourse.Lecture;",
        "using CnnCourse.Models;",
        "using CnnCourse.Models.Pretrained;",
        "using CnnCourse.Notebooks;",
        "using CnnCourse.Training;",
        "using CnnCourse.Visualization;",
        "using TorchSharp;",
        "using static TorchSharp.torch;",
        "using F = TorchSharp.torch.nn.functional;",
    ];
}

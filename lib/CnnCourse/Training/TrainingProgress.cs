namespace CnnCourse.Training;

/// <summary>Where a <see cref="Trainer"/> given no display reports its progress.</summary>
public static class TrainingProgress
{
    /// <summary>
    /// Makes the display for a run called by the given name: a console bar unless something else is set.
    /// Notebook start-up (<c>Course.Start</c>) points it at the live display with curves; the core library
    /// knows nothing of notebooks.
    /// </summary>
    public static Func<string, ITrainingProgress> Default { get; set; } = _ => new ConsoleProgress();
}

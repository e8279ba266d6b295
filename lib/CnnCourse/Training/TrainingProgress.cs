namespace CnnCourse.Training;

/// <summary>Picks the progress display for where the code runs.</summary>
public static class TrainingProgress
{
    /// <summary>An updating display with live curves inside a notebook; a console bar elsewhere.</summary>
    public static ITrainingProgress Default(string name = "model") =>
        Notebooks.NotebookEnvironment.IsActive ? new Notebooks.NotebookTrainingProgress(name) : new ConsoleProgress();
}

namespace CnnCourse.Assignments;

/// <summary>A failed cell that is not a test (the student's own code), shown in the feedback.</summary>
public sealed record CellProblem(int NotebookCell, string Error);

/// <summary>
/// The grade of one notebook of one student, saved as results/STUDENT/ASSIGNMENT.json so an interrupted run
/// resumes: it is reused while <see cref="Key"/> (the submission's SHA-256, the release and the limits) is unchanged.
/// </summary>
public sealed record SubmissionResult(
    string Student,
    string Assignment,
    string Key,
    string Status,
    IReadOnlyList<TestVerdict> Tests,
    IReadOnlyList<CellProblem> Problems,
    IReadOnlyList<string> Notes,
    int Attempts,
    double Seconds,
    string Isolation)
{
    public double Points => Tests.Sum(t => t.Points);
    public double MaxPoints => Tests.Sum(t => t.MaxPoints);
}

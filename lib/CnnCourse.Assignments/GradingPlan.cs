namespace CnnCourse.Assignments;

public enum CellRole { Student, Test }

/// <summary>One cell the grader runs: the student's code as submitted, or a test cell as the instructor wrote it (hidden tests included).</summary>
/// <param name="Id">Position in the plan (0-based); the child reports results by it.</param>
/// <param name="NotebookCell">The cell's number in the student's notebook (1-based, markdown included), for messages.</param>
public sealed record PlannedCell(int Id, CellRole Role, string Code, int NotebookCell, string? GradeId = null, IReadOnlyList<string>? ForbiddenNames = null)
{
    public IReadOnlyList<string> Forbidden => ForbiddenNames ?? [];
}

/// <summary>
/// What grading a submission will do: the cells to run in order, and the tests already decided before
/// anything runs (missing, edited, or failing a static check: they score zero whatever happens).
/// An invalid submission (not a notebook) has no cells and a reason.
/// </summary>
public sealed record GradingPlan(IReadOnlyList<PlannedCell> Cells, IReadOnlyDictionary<string, TestVerdict> Decided, IReadOnlyList<string> Notes, string? Invalid = null)
{
    /// <summary>
    /// Checks a submitted notebook against the release and builds the plan: each test cell is found by its
    /// grade id, compared with the released checksum, and replaced by the instructor's version with the
    /// hidden tests; every other code cell runs as the student wrote it.
    /// </summary>
    public static GradingPlan For(string submissionText, string displayPath, AssignmentSource source, ReleasedAssignment released)
    {
        Ipynb notebook;
        try
        {
            notebook = Ipynb.Parse(submissionText, displayPath);
        }
        catch (InvalidDataException e)
        {
            return new GradingPlan([], new Dictionary<string, TestVerdict>(), [], e.Message);
        }

        var decided = new Dictionary<string, TestVerdict>();
        var notes = new List<string>();
        var cells = new List<PlannedCell>();
        var seen = new HashSet<string>();
        foreach (var (number, cell) in notebook.NumberedCells())
        {
            if (!Ipynb.IsCode(cell)) continue;
            var code = Ipynb.Source(cell);
            var gradeId = CellGrading.GradeIdOf(cell);
            var releasedTest = gradeId is null ? null : released.Tests.FirstOrDefault(t => t.GradeId == gradeId);
            if (releasedTest is null || !seen.Add(gradeId!))
            {
                if (releasedTest is not null) notes.Add($"cell {number} repeats test cell \"{gradeId}\"; it ran as your own code");
                cells.Add(new PlannedCell(cells.Count, CellRole.Student, code, number));
                continue;
            }
            var sourceTest = source.Test(gradeId!);
            if (sourceTest is null)
            {
                decided[gradeId!] = TestVerdict.Zero(releasedTest, TestOutcome.GraderError, $"the instructor source {source.Path} has no test cell \"{gradeId}\" any more");
                continue;
            }
            var checksum = CellChecksum.Of(gradeId!, CellGrading.PointsOf(cell), code);
            if (checksum != releasedTest.Checksum)
                decided[gradeId!] = TestVerdict.Zero(releasedTest, TestOutcome.Edited, $"test cell (cell {number}) was edited: its SHA-256 differs from the released one; the original ran in its place but scores nothing");
            cells.Add(new PlannedCell(cells.Count, CellRole.Test, sourceTest.GradedCode, number, gradeId, releasedTest.Forbidden));
        }
        foreach (var test in released.Tests.Where(t => !seen.Contains(t.GradeId)))
            decided[test.GradeId] = TestVerdict.Zero(test, TestOutcome.Missing, "test cell missing from the notebook (deleted, or its metadata removed)");

        foreach (var (index, reason) in IntegrityChecks.Find(cells, source))
        {
            var gradeId = cells[index].GradeId!;
            if (!decided.ContainsKey(gradeId))
                decided[gradeId] = TestVerdict.Zero(released.Tests.First(t => t.GradeId == gradeId), TestOutcome.Rejected, reason);
        }
        foreach (var (index, reason) in SemanticChecks.Find(cells, source.Policy))
        {
            var gradeId = cells[index].GradeId!;
            if (!decided.ContainsKey(gradeId))
                decided[gradeId] = TestVerdict.Zero(released.Tests.First(t => t.GradeId == gradeId), TestOutcome.Rejected, reason);
        }
        return new GradingPlan(cells, decided, notes);
    }

    /// <summary>A plan's test cells, in order.</summary>
    public IEnumerable<PlannedCell> TestCells => Cells.Where(c => c.Role == CellRole.Test);
}

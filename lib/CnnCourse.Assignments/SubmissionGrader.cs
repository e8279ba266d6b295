namespace CnnCourse.Assignments;

/// <summary>
/// Grades one submission from its plan: runs it in a child, and when the child is stopped in a cell (time,
/// memory, crash, exit), runs it again from the start without that cell, up to <see cref="MaxAttempts"/> runs.
/// The stopped cell scores zero with the reason, and the cells after it still get their chance. A test passes
/// only when its cell ended without an error and its observations match the reference run's one to one
/// (<see cref="Observations"/>); the child's own report of success is not enough.
/// </summary>
public sealed class SubmissionGrader(ChildRunner runner)
{
    public const int MaxAttempts = 4;

    public sealed record Outcome(IReadOnlyList<TestVerdict> Tests, IReadOnlyList<CellProblem> Problems, IReadOnlyList<string> Notes, int Attempts);

    public async Task<Outcome> GradeAsync(GradingPlan plan, ReleasedAssignment released, ReferenceRun reference, CancellationToken cancel)
    {
        var stopped = new Dictionary<int, string>();   // cell id -> why the child was stopped in it
        var notes = new List<string>(plan.Notes);
        AttemptResult? last = null;
        int attempts = 0;
        string? graderError = null;
        while (attempts < MaxAttempts && plan.Cells.Count > 0)
        {
            attempts++;
            var cells = plan.Cells.Where(c => !stopped.ContainsKey(c.Id)).Select(c => new JobCell(c.Id, c.Code, c.Role == CellRole.Test)).ToList();
            if (cells.Count == 0) break;
            last = await runner.RunAsync(cells, cancel);
            if (last.Completed) break;
            if (!last.Ready && last.Ended.Count == 0)
            {
                // The child never came up: the grader's problem (or the machine's), not the student's.
                graderError = $"the grading process did not start: {last.StopReason}; {LastLines(last.StandardErrorTail)}";
                break;
            }
            // Stopped inside a cell: that cell is to blame. Stopped between cells: the next one is.
            var ended = last.Ended;
            int? blame = last.RunningCell ?? cells.Where(c => !ended.ContainsKey(c.Id)).Select(c => (int?)c.Id).FirstOrDefault();
            if (blame is null) break;
            stopped[blame.Value] = last.StopReason ?? "the process stopped";
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            notes.Add($"run {attempts} was stopped in cell {plan.Cells[blame.Value].NotebookCell}" +
                      (last.CellSeconds > 0 ? $" after {last.CellSeconds.ToString("F1", invariant)} s in that cell" : "") +
                      $" ({last.Seconds.ToString("F1", invariant)} s into the run" +
                      (last.KillSeconds is { } killed ? $"; it and everything it started ended {killed.ToString("F2", invariant)} s after the kill" : "") +
                      $"): {stopped[blame.Value]}");
        }

        var tests = new List<TestVerdict>();
        foreach (var test in released.Tests)
        {
            var planned = plan.TestCells.FirstOrDefault(c => c.GradeId == test.GradeId);
            if (plan.Decided.TryGetValue(test.GradeId, out var decided))
            {
                // Decided before the run, but the cell ran: what happened then is for the instructor to see too
                // (a refused submission still runs, and the sandbox and the caps hold it).
                tests.Add(planned is null || graderError is not null ? decided : decided with { Reason = decided.Reason + WhenRun(planned, test, stopped, last, reference) });
                continue;
            }
            var cell = planned!;
            if (graderError is not null) tests.Add(TestVerdict.Zero(test, TestOutcome.GraderError, graderError));
            else if (stopped.TryGetValue(cell.Id, out var why)) tests.Add(TestVerdict.Zero(test, TestOutcome.Stopped, $"stopped: {why}"));
            else if (last?.Tampered.TryGetValue(cell.Id, out var forged) == true) tests.Add(TestVerdict.Zero(test, TestOutcome.Failed, forged));
            else if (last?.Ended.TryGetValue(cell.Id, out var end) == true)
                tests.Add(Verdict(test, end, reference.Test(test.GradeId)));
            else tests.Add(TestVerdict.Zero(test, TestOutcome.NotRun,
                $"not run: the notebook was stopped {stopped.Count} times, the most the grader allows ({MaxAttempts} runs)"));
        }

        var problems = new List<CellProblem>();
        foreach (var cell in plan.Cells.Where(c => c.Role == CellRole.Student))
        {
            if (stopped.TryGetValue(cell.Id, out var why)) problems.Add(new CellProblem(cell.NotebookCell, $"stopped: {why}"));
            else if (last?.Ended.TryGetValue(cell.Id, out var end) == true && !end.Ok) problems.Add(new CellProblem(cell.NotebookCell, end.Error ?? "failed"));
        }
        if (graderError is not null) notes.Add(graderError);
        return new Outcome(tests, problems, notes, attempts);
    }

    static string WhenRun(PlannedCell cell, ReleasedTest test, IReadOnlyDictionary<int, string> stopped, AttemptResult? last, ReferenceRun reference)
    {
        if (stopped.TryGetValue(cell.Id, out var why)) return $"; when run, it was stopped: {why}";
        if (last?.Tampered.TryGetValue(cell.Id, out var forged) == true) return $"; when run, {forged}";
        if (last?.Ended.TryGetValue(cell.Id, out var end) != true) return "";
        var verdict = Verdict(test, end!, reference.Test(test.GradeId));
        return verdict.Outcome == TestOutcome.Passed ? "; when run, it passed" : $"; when run: {verdict.Reason}";
    }

    static TestVerdict Verdict(ReleasedTest test, CellEnd end, ReferenceTest? expected)
    {
        if (!end.Ok) return TestVerdict.Zero(test, TestOutcome.Failed, end.Error ?? "failed", end.Output);
        if (expected is not { Ok: true })
            return TestVerdict.Zero(test, TestOutcome.GraderError, expected?.Error ?? "the reference run has no test of this name", end.Output);
        return Observations.Mismatch(expected.Observations, end.Observations) is { } why
            ? TestVerdict.Zero(test, TestOutcome.Failed, why, end.Output)
            : TestVerdict.Pass(test, end.Output);
    }

    static string LastLines(string text) => string.Join(" | ", text.Trim().Split('\n').TakeLast(3).Select(l => l.Trim()));
}

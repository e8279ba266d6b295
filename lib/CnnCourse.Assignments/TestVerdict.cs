using System.Text.Json.Serialization;

namespace CnnCourse.Assignments;

/// <summary>How a test cell ended. Only <see cref="Passed"/> earns points.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TestOutcome>))]
public enum TestOutcome
{
    Passed,
    /// <summary>Ran and threw (a failed check, an exception, a compile error).</summary>
    Failed,
    /// <summary>Not in the submission.</summary>
    Missing,
    /// <summary>Its checksum differs from the release.</summary>
    Edited,
    /// <summary>Failed a static check (shadowing, a forbidden name).</summary>
    Rejected,
    /// <summary>The process was stopped while it ran: time limit, memory limit, crash or exit.</summary>
    Stopped,
    /// <summary>Never reached, because the notebook was stopped too often.</summary>
    NotRun,
    /// <summary>The notebook is missing from the student's folder.</summary>
    NotSubmitted,
    /// <summary>The notebook could not be read (malformed JSON, not a notebook).</summary>
    Invalid,
    /// <summary>The grader could not run it (e.g. the child process did not start).</summary>
    GraderError,
}

/// <summary>One test cell's result: points earned out of <see cref="MaxPoints"/>, why (empty when passed), and what the test printed.</summary>
public sealed record TestVerdict(string GradeId, double Points, double MaxPoints, TestOutcome Outcome, string Reason, string Output = "")
{
    public static TestVerdict Zero(ReleasedTest test, TestOutcome outcome, string reason, string output = "") => new(test.GradeId, 0, test.Points, outcome, reason, output);
    public static TestVerdict Pass(ReleasedTest test, string output = "") => new(test.GradeId, test.Points, test.Points, TestOutcome.Passed, "", output);
}

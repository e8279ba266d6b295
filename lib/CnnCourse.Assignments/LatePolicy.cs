namespace CnnCourse.Assignments;

/// <summary>Which submission collect takes per student when there is a deadline.</summary>
public enum LatePolicy
{
    /// <summary>The latest submission, marked late when it came after the deadline (the default).</summary>
    Latest,
    /// <summary>The latest submission before the deadline; a student with only late ones is collected as not submitted.</summary>
    OnTime,
    /// <summary>The latest submission before the deadline; only when there is none, the latest late one, marked late.</summary>
    OnTimeElseLatest,
}

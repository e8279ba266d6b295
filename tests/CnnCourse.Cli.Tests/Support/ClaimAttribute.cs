namespace CnnCourse.Tests.Support;

/// <summary>
/// Declares that the test method asserts what a phrase of its notebook's text (markdown) says. The phrase must occur
/// in the notebook's text verbatim (whitespace aside); every number and comparison inside it is then covered by this
/// test (NotebookProseTests). Put it on the test method whose assertions make the phrase true in every accepted run.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ClaimAttribute(string phrase) : Attribute
{
    public string Phrase { get; } = phrase;
}

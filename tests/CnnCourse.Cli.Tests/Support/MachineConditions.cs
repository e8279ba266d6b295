using CnnCourse.Assignments;

namespace CnnCourse.Tests.Support;

/// <summary>
/// What some tests need from the machine, probed once. A test that needs a condition this machine lacks fails with the
/// condition's name first, instead of with an assertion about scores that only makes sense once the condition holds.
/// </summary>
public static class MachineConditions
{
    static readonly Lazy<Sandbox> sandbox = new(() => Sandbox.Choose("auto"));

    /// <summary>The grading sandbox's Linux namespaces work here (as root, or with unprivileged user namespaces).</summary>
    public static void RequireNamespaces()
    {
        var chosen = sandbox.Value;
        Assert.True(chosen.Mode != IsolationMode.None,
            $"this test needs the grading sandbox's Linux namespaces, which do not work on this machine ({chosen.Description}); " +
            "run the tests as root or where unprivileged user namespaces are allowed");
    }
}

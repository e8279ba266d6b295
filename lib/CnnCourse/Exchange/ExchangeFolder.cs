using System.Text.RegularExpressions;

namespace CnnCourse.Exchange;

/// <summary>
/// The exchange on the hub server, where students hand in and the instructor collects (default
/// /var/lib/cnncourse-exchange, setting CNN_EXCHANGE):
/// <code>
/// ROOT/                            root, 0755
///   NN-name/                       root, 0755
///     assignment.json              root, 0644: its test cells' grade ids and the deadline (what submit checks against)
///     inbox/                       root, 0711: students can pass through it but not list who else has a folder
///       STUDENT/                   the student, 0700: only they (and root) can read or write it
///         TIME-SHA.ipynb           one file per submission, never overwritten
///         TIME-SHA.json            its receipt: time, SHA-256, size, late
/// </code>
/// Root creates every folder (cnn assign distribute, and the hub's spawner for a student added later), so a student
/// cannot take another student's name for a folder.
/// </summary>
public sealed partial class ExchangeFolder(string root)
{
    public const string InfoFileName = "assignment.json";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The exchange this machine uses: CNN_EXCHANGE, else /var/lib/cnncourse-exchange.</summary>
    public static ExchangeFolder Default => new(Settings.ValueOf(Settings.Exchange) ?? "/var/lib/cnncourse-exchange");

    public string AssignmentFolder(string assignment) => Path.Combine(Root, CheckAssignmentName(assignment));

    public string InfoFile(string assignment) => Path.Combine(AssignmentFolder(assignment), InfoFileName);

    public string Inbox(string assignment) => Path.Combine(AssignmentFolder(assignment), "inbox");

    public string StudentInbox(string assignment, string student) => Path.Combine(Inbox(assignment), CheckStudentName(student));

    /// <summary>The assignments handed out through this exchange (folders with an assignment.json), in order.</summary>
    public IReadOnlyList<string> Assignments() =>
        Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>()
                .Where(n => AssignmentName().IsMatch(n) && File.Exists(Path.Combine(Root, n, InfoFileName))).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The name of an assignment: two digits, a hyphen, then lowercase letters, digits and hyphens (as released).</summary>
    public static string CheckAssignmentName(string name) =>
        AssignmentName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not an assignment name: expected NN-name, like 01-convolution-from-scratch");

    /// <summary>A student is a Linux account name (a lowercase letter, then up to 31 lowercase letters, digits, '-' or '_').</summary>
    public static string CheckStudentName(string name) =>
        StudentName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a student account name: expected a lowercase letter, then lowercase letters, digits, '-' or '_'");

    [GeneratedRegex("^[0-9]{2}-[a-z0-9][a-z0-9-]*$")]
    private static partial Regex AssignmentName();

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial Regex StudentName();
}

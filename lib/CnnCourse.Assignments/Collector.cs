using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using CnnCourse.Exchange;

namespace CnnCourse.Assignments;

/// <summary>What collect took for one student (Taken null: nothing to grade), why others were left, and corrected times (Skipped: both, as notes).</summary>
public sealed record CollectedStudent(string Student, int Submissions, SubmissionReceipt? Taken, string TakenFrom, IReadOnlyList<string> Skipped);

/// <summary>The record of one collection, saved as SUBMISSIONS/.collect/NN-name.json.</summary>
public sealed record CollectManifest(string Assignment, DateTimeOffset CollectedAt, DateTimeOffset? Deadline, string LatePolicy, string Exchange, IReadOnlyList<CollectedStudent> Students);

/// <summary>
/// `cnn assign collect NN-name`: for every student with an inbox, picks the submission the late policy asks for, checks
/// it against its receipt (SHA-256 and size), and writes it where the grader reads it,
/// SUBMISSIONS/STUDENT/NN-name.ipynb; a student with nothing to take gets an empty folder, so the grader records
/// "not submitted". The manifest SUBMISSIONS/.collect/NN-name.json says what was taken from where (times, checksums)
/// and what was left and why. The exchange is only read.
/// </summary>
public static class Collector
{
    public const string ManifestFolder = ".collect";

    /// <summary>How far a receipt's time may lie before its file's arrival (writing and renaming take moments, not minutes).</summary>
    static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(2);

    static readonly JsonSerializerOptions options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static CollectManifest Collect(ExchangeFolder exchange, string assignment, string submissionsDirectory, DateTimeOffset? deadline, LatePolicy policy, DateTimeOffset now)
    {
        var infoPath = exchange.InfoFile(assignment);
        if (!File.Exists(infoPath))
            throw new FileNotFoundException($"{infoPath}: {assignment} was never distributed through the exchange {exchange.Root} (handed out: {string.Join(", ", exchange.Assignments())})", infoPath);
        deadline ??= ExchangeAssignment.Read(infoPath).Deadline;
        var students = new List<CollectedStudent>();
        foreach (var folder in new DirectoryInfo(exchange.Inbox(assignment)).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (folder.LinkTarget is not null || !IsStudentName(folder.Name)) continue;
            students.Add(CollectStudent(folder, assignment, submissionsDirectory, deadline, policy));
        }
        var manifest = new CollectManifest(assignment, now, deadline, JsonNamingPolicy.KebabCaseLower.ConvertName(policy.ToString()), exchange.Root, students);
        AtomicFile.WriteAllText(Path.Combine(submissionsDirectory, ManifestFolder, assignment + ".json"), JsonSerializer.Serialize(manifest, options) + "\n");
        return manifest;
    }

    static bool IsStudentName(string name)
    {
        try { ExchangeFolder.CheckStudentName(name); return true; }
        catch (ArgumentException) { return false; }
    }

    static CollectedStudent CollectStudent(DirectoryInfo inbox, string assignment, string submissionsDirectory, DateTimeOffset? deadline, LatePolicy policy)
    {
        var student = inbox.Name;
        var skipped = new List<string>();
        var target = Path.Combine(submissionsDirectory, student, assignment + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // A folder not owned by its student was not made by distribute: nothing in it is trusted.
        if (OperatingSystem.IsLinux() && UnixAccount.Find(student) is { } account && UnixAccount.OwnerOf(inbox.FullName) != account.Uid)
        {
            File.Delete(target);
            return new CollectedStudent(student, 0, null, "", [$"{inbox.FullName} is not owned by {student}: skipped"]);
        }

        var valid = new List<(SubmissionReceipt Receipt, byte[] Bytes, string Path)>();
        var receipts = inbox.EnumerateFiles("*.json").Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        foreach (var file in receipts)
        {
            try
            {
                var receipt = SubmissionReceipt.Read(file.FullName);
                var notebook = new FileInfo(Path.Combine(inbox.FullName, Path.GetFileName(receipt.Notebook)));
                if (!notebook.Exists || notebook.LinkTarget is not null) { skipped.Add($"{file.Name}: its notebook {notebook.Name} is missing or not a plain file"); continue; }
                if (notebook.Length > NotebookSubmitter.MaxBytes) { skipped.Add($"{notebook.Name}: over the size limit"); continue; }
                var bytes = File.ReadAllBytes(notebook.FullName);
                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (sha != receipt.Sha256 || bytes.Length != receipt.Bytes) { skipped.Add($"{notebook.Name}: SHA-256 {sha[..12]}… does not match its receipt's {receipt.Sha256[..Math.Min(12, receipt.Sha256.Length)]}…"); continue; }
                if (receipt.Assignment != assignment || receipt.Student != student) { skipped.Add($"{file.Name}: a receipt for {receipt.Assignment} of {receipt.Student}"); continue; }
                // The receipt's time comes from the student's process; the file's change time is the exchange's own and
                // cannot be set back. A receipt that claims a time well before its file arrived is corrected to the arrival.
                if (OperatingSystem.IsLinux() && UnixAccount.ChangeTimeOf(notebook.FullName) is var arrived && arrived > receipt.SubmittedAt + ClockSlack)
                {
                    skipped.Add($"{notebook.Name}: its receipt says {receipt.SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC but the file arrived at {arrived.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; the arrival counts");
                    receipt = receipt with { SubmittedAt = arrived };
                }
                valid.Add((receipt with { Late = deadline is { } d && receipt.SubmittedAt > d }, bytes, notebook.FullName));
            }
            catch (InvalidDataException e)
            {
                skipped.Add($"{file.Name}: {e.Message}");
            }
        }
        valid.Sort((a, b) => a.Receipt.SubmittedAt.CompareTo(b.Receipt.SubmittedAt));
        var onTime = valid.LastOrDefault(v => !v.Receipt.Late);
        var latest = valid.LastOrDefault();
        var chosen = policy switch
        {
            LatePolicy.Latest => latest,
            LatePolicy.OnTime => onTime,
            _ => onTime.Receipt is not null ? onTime : latest,
        };
        foreach (var late in valid.Where(v => v.Receipt.Late && policy == LatePolicy.OnTime)) skipped.Add($"{late.Receipt.Notebook}: after the deadline (late policy on-time)");
        if (chosen.Receipt is null)
        {
            File.Delete(target);   // an earlier collection's copy must not be graded as this one
            return new CollectedStudent(student, valid.Count, null, "", skipped);
        }
        AtomicFile.Write(target, stream => stream.Write(chosen.Bytes));
        return new CollectedStudent(student, valid.Count, chosen.Receipt, chosen.Path, skipped);
    }
}

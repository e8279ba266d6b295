using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CnnCourse.Exchange;

/// <summary>
/// Hands a student's saved notebook in: checks that it is the assignment (a plain file under the size limit, a
/// notebook, holding the assignment's test cells), then copies the bytes it checked into the student's inbox as a new
/// file with its receipt. Nothing in the inbox is ever overwritten, so every earlier submission stays; one after the
/// deadline is kept and marked late. Both `cnn assign submit` and <c>Course.Submit</c> in a notebook call this.
/// </summary>
public static class NotebookSubmitter
{
    /// <summary>The largest notebook the exchange takes (the grader's limit too).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Submits <paramref name="notebookPath"/> as <paramref name="student"/>; the assignment is the file's name unless given.</summary>
    public static SubmissionReceipt Submit(ExchangeFolder exchange, string notebookPath, string student, DateTimeOffset now, string? assignment = null)
    {
        var path = Path.GetFullPath(notebookPath);
        var file = new FileInfo(path);
        if (file.LinkTarget is not null) throw new InvalidDataException($"{path} is a symbolic link: submit the notebook file itself");
        if (!file.Exists) throw new FileNotFoundException($"{path}: no such notebook (save it first; submit takes the saved file)", path);
        if (file.Length > MaxBytes) throw new InvalidDataException($"{path} is {file.Length / 1048576.0:F1} MB, over the {MaxBytes / 1048576} MB limit for a submission: clear large outputs (Edit > Clear All Outputs), save, and submit again");

        assignment ??= Path.GetFileNameWithoutExtension(path);
        var handedOut = exchange.Assignments();
        if (!handedOut.Contains(assignment))
            throw new InvalidDataException($"{path} is not an assignment of this course: expected one of {(handedOut.Count > 0 ? string.Join(", ", handedOut.Select(a => a + ".ipynb")) : "(none handed out yet)")} under its released name");
        var info = ExchangeAssignment.Read(exchange.InfoFile(assignment));
        var inbox = exchange.StudentInbox(assignment, student);
        if (!Directory.Exists(inbox)) throw new DirectoryNotFoundException($"{inbox}: you ({student}) have no inbox for {assignment}: ask your instructor to run `cnn assign distribute` (it creates one for every rostered student)");

        // Checked and copied from the same bytes, so a file that changes meanwhile cannot slip past the checks.
        var bytes = ReadAtMost(path, MaxBytes);
        CheckIsTheAssignment(bytes, path, info);

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var stem = $"{now.UtcDateTime:yyyyMMdd'T'HHmmss'.'fffffff'Z'}-{sha[..12]}";
        var receipt = new SubmissionReceipt(assignment, student, now.ToUniversalTime(), sha, bytes.Length, stem + ".ipynb", path,
            info.Deadline is { } deadline && now > deadline);
        WriteNew(Path.Combine(inbox, receipt.Notebook), bytes);
        WriteNew(Path.Combine(inbox, stem + ".json"), System.Text.Encoding.UTF8.GetBytes(receipt.ToJson()));
        return receipt;
    }

    /// <summary>The receipts in a student's inbox, oldest first.</summary>
    public static IReadOnlyList<SubmissionReceipt> History(ExchangeFolder exchange, string assignment, string student)
    {
        var inbox = exchange.StudentInbox(assignment, student);
        return Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox, "*.json").Order(StringComparer.Ordinal).Select(SubmissionReceipt.Read).ToList()
            : [];
    }

    static void CheckIsTheAssignment(byte[] bytes, string path, ExchangeAssignment info)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid notebook: its JSON is malformed ({e.Message.Split('.')[0]}); open it in Jupyter, save it, and submit again");
        }
        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells || notebook["nbformat"] is not JsonValue)
            throw new InvalidDataException($"{path} is not a notebook: expected a JSON object with \"nbformat\" and a list of \"cells\"");
        var ids = cells.Select(c => (c as JsonObject)?["metadata"]?["cnncourse"]?["grade_id"]).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (!info.GradeIds.Any(ids.Contains))
            throw new InvalidDataException($"{path} is not assignment {info.Name}: none of its test cells ({string.Join(", ", info.GradeIds)}) is in it; submit the notebook you were given for {info.Name}");
    }

    static byte[] ReadAtMost(string path, long limit)
    {
        // Opening a link is refused here too, in case the file was swapped for one after the first look.
        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.None });
        if (new FileInfo(path).LinkTarget is not null) throw new InvalidDataException($"{path} is a symbolic link: submit the notebook file itself");
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) throw new InvalidDataException($"{path} is over the {limit / 1048576} MB limit for a submission");
        }
        return buffer.ToArray();
    }

    /// <summary>Writes a file that must not exist yet: to a temporary name first, then linked into place without replacing anything.</summary>
    static void WriteNew(string path, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (OperatingSystem.IsLinux()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new IOException($"{path} exists already: a submission is never overwritten; submit again in a moment");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

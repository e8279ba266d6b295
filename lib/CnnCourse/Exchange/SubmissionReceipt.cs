using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnnCourse.Exchange;

/// <summary>
/// The record of one submission, kept beside its notebook in the student's inbox (TIME-SHA.json): which assignment,
/// who, when (UTC), the notebook's SHA-256 and size, the file it was copied from, and whether it came after the
/// deadline. Collect checks the notebook against it.
/// </summary>
public sealed record SubmissionReceipt(string Assignment, string Student, DateTimeOffset SubmittedAt, string Sha256, long Bytes, string Notebook, string From, bool Late)
{
    static readonly JsonSerializerOptions options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static SubmissionReceipt Read(string path)
    {
        try
        {
            var receipt = JsonSerializer.Deserialize<SubmissionReceipt>(File.ReadAllText(path), options);
            if (receipt?.Assignment is null || receipt.Student is null || receipt.Sha256 is null || receipt.Notebook is null)
                throw new InvalidDataException($"{path}: not a submission receipt (needs assignment, student, sha256, notebook)");
            return receipt;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: malformed receipt ({e.Message})", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, options) + "\n";

    /// <summary>One line for the student: what was handed in and when.</summary>
    public string Describe() =>
        $"Submitted {Assignment} for {Student} at {SubmittedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {From} ({Bytes:N0} bytes, SHA-256 {Sha256[..12]}…)" +
        (Late ? ". LATE: after the deadline; it is kept and marked late." : ".");
}

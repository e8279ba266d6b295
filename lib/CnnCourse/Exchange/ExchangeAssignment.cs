using System.Text.Json;
using System.Text.Json.Serialization;

namespace CnnCourse.Exchange;

/// <summary>
/// assignment.json in the exchange: what a submission of this assignment must hold (its test cells' grade ids) and
/// its deadline (null: none). Written by root at distribution; every student can read it.
/// </summary>
public sealed record ExchangeAssignment(string Name, IReadOnlyList<string> GradeIds, DateTimeOffset? Deadline)
{
    static readonly JsonSerializerOptions options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public static ExchangeAssignment Read(string path)
    {
        try
        {
            var info = JsonSerializer.Deserialize<ExchangeAssignment>(File.ReadAllText(path), options);
            if (info?.Name is null || info.GradeIds is null) throw new InvalidDataException($"{path}: needs a name and grade_ids");
            return info;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: malformed JSON ({e.Message})", e);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, options) + "\n";

    /// <summary>A deadline as given on a command line: ISO 8601 with a date, a time and a UTC offset (or Z).</summary>
    public static DateTimeOffset ParseDeadline(string text, string option)
    {
        string[] formats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
        return DateTimeOffset.TryParseExact(text.Trim(), formats, System.Globalization.CultureInfo.InvariantCulture,
                   System.Globalization.DateTimeStyles.AssumeUniversal, out var deadline)
            ? deadline
            : throw new ArgumentException($"{option} '{text}': expected an ISO 8601 time with its UTC offset, like 2027-01-15T23:59:00+01:00 or 2027-01-15T22:59:00Z");
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace CnnCourse.Data;

/// <summary>
/// Resumable, verified downloads. Bytes go to a hidden partial file beside the target; an interrupted
/// download continues from where it stopped (HTTP Range); the file is verified, then renamed into place,
/// so the target name only ever holds a complete, checked file.
/// </summary>
public static class Downloader
{
    static readonly HttpClient http = new() { Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>The partial file used while <paramref name="destination"/> downloads (keeps the extension).</summary>
    public static string PartialPath(string destination) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(destination))!, ".partial-" + Path.GetFileName(destination));

    /// <summary>Downloads <paramref name="uri"/> to <paramref name="destination"/> unless it exists; <paramref name="verify"/> throws on bad content.</summary>
    public static void Fetch(Uri uri, string destination, Action<string> verify, TimeSpan? connectTimeout = null)
    {
        if (File.Exists(destination)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        var partial = PartialPath(destination);
        long have = File.Exists(partial) ? new FileInfo(partial).Length : 0;

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        using var connect = new CancellationTokenSource(connectTimeout ?? TimeSpan.FromSeconds(15));
        using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead, connect.Token);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable) { File.Delete(partial); have = 0; }
        else response.EnsureSuccessStatusCode();
        bool resumed = response.StatusCode == HttpStatusCode.PartialContent;

        Console.Error.WriteLine($"Downloading {uri} -> {destination}" + (resumed ? $" (resuming at {have:N0} bytes)" : ""));
        using (var body = response.Content.ReadAsStream())
        using (var file = new FileStream(partial, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write))
            body.CopyTo(file);

        try
        {
            verify(partial);
        }
        catch
        {
            File.Delete(partial);   // a bad file is not resumable; start over next time
            throw;
        }
        File.Move(partial, destination, overwrite: true);
    }
}

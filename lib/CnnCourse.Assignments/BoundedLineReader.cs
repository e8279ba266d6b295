using System.Text;

namespace CnnCourse.Assignments;

/// <summary>
/// Splits a stream into lines without trusting it: a line longer than <see cref="MaxLineLength"/> is dropped
/// (and counted) instead of growing a buffer without end, so a child that prints gigabytes without a
/// newline cannot exhaust the parent's memory.
/// </summary>
public sealed class BoundedLineReader(Stream stream, int maxLineLength = 1 << 20)
{
    public int MaxLineLength { get; } = maxLineLength;
    public long DroppedLines { get; private set; }

    public async IAsyncEnumerable<string> ReadLinesAsync()
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        bool overflowing = false;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                if (!overflowing && line.Length + (i - start) <= MaxLineLength)
                {
                    line.Write(buffer, start, i - start);
                    yield return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length).TrimEnd('\r');
                }
                else DroppedLines++;
                line.SetLength(0);
                overflowing = false;
                start = i + 1;
            }
            if (overflowing) continue;
            if (line.Length + (read - start) > MaxLineLength) { overflowing = true; line.SetLength(0); }
            else line.Write(buffer, start, read - start);
        }
        if (!overflowing && line.Length > 0) yield return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
        else if (overflowing) DroppedLines++;
    }
}

using System.Net;
using System.Net.Sockets;
using CnnCourse.Data;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Data;

/// <summary>Downloads against a small HTTP server on 127.0.0.1 that honours Range requests.</summary>
[Trait("Category", "unit")]
public class DownloaderTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly HttpListener server = new();
    readonly byte[] payload = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
    readonly List<string?> rangesSeen = [];
    readonly string prefix;

    public DownloaderTests()
    {
        int port = FreePort();
        prefix = $"http://127.0.0.1:{port}/";
        server.Prefixes.Add(prefix);
        server.Start();
        _ = Task.Run(Serve);
    }

    static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    async Task Serve()
    {
        while (server.IsListening)
        {
            HttpListenerContext context;
            try { context = await server.GetContextAsync(); } catch { return; }
            var range = context.Request.Headers["Range"];
            lock (rangesSeen) rangesSeen.Add(range);
            int from = range is null ? 0 : int.Parse(range["bytes=".Length..].TrimEnd('-'));
            context.Response.StatusCode = range is null ? 200 : 206;
            context.Response.ContentLength64 = payload.Length - from;
            await context.Response.OutputStream.WriteAsync(payload.AsMemory(from));
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        server.Stop();
        temp.Dispose();
    }

    [Fact]
    public void Downloads_verifies_and_renames_into_place()
    {
        var target = temp.File("data.bin");
        Downloader.Fetch(new Uri(prefix + "data.bin"), target, path => Assert.Equal(payload.Length, new FileInfo(path).Length));
        Assert.Equal(payload, File.ReadAllBytes(target));
        Assert.False(File.Exists(Downloader.PartialPath(target)));
    }

    [Fact]
    public void An_interrupted_download_resumes_from_the_partial_file()
    {
        var target = temp.File("data.bin");
        File.WriteAllBytes(Downloader.PartialPath(target), payload[..40_000]);
        Downloader.Fetch(new Uri(prefix + "data.bin"), target, _ => { });
        Assert.Equal(payload, File.ReadAllBytes(target));
        Assert.Contains("bytes=40000-", rangesSeen);
    }

    [Fact]
    public void A_file_that_fails_verification_never_takes_the_target_name()
    {
        var target = temp.File("data.bin");
        Assert.Throws<InvalidDataException>(() =>
            Downloader.Fetch(new Uri(prefix + "data.bin"), target, _ => throw new InvalidDataException("bad hash")));
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(Downloader.PartialPath(target)));
    }
}

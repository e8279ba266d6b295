using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CnnCourse.Tests.Support;

/// <summary>What one execute request produced: its reply status, the text of its outputs, the error if any.</summary>
public sealed record KernelExecution(string Status, string Output, string? Error, bool KernelDied);

/// <summary>
/// A kernel on a Jupyter server driven the way a browser drives it: created through the REST API, then code sent as
/// execute_request messages over the kernel's websocket, with outputs read from the iopub messages that answer it.
/// </summary>
public sealed class JupyterKernelClient : IAsyncDisposable
{
    readonly HttpClient http;
    readonly string server;
    readonly string token;
    readonly ClientWebSocket socket = new();
    readonly string session = Guid.NewGuid().ToString("N");
    public string KernelId { get; }

    JupyterKernelClient(HttpClient http, string server, string token, string kernelId)
    {
        this.http = http; this.server = server; this.token = token; KernelId = kernelId;
        socket.Options.SetRequestHeader("Authorization", "token " + token);
    }

    /// <summary>
    /// Opens <paramref name="notebook"/> (a path under the server's root) with a new kernel of <paramref name="kernelName"/>
    /// on the server at <paramref name="server"/> (ending in '/'), as the browser does: a session, whose kernel starts in
    /// the notebook's folder, so relative paths in its cells resolve as they do for the student. Waits until it answers.
    /// </summary>
    public static async Task<JupyterKernelClient> StartAsync(HttpClient http, string server, string token, string notebook, string kernelName, TimeSpan timeout)
    {
        var session = new JsonObject { ["path"] = notebook, ["name"] = Path.GetFileName(notebook), ["type"] = "notebook", ["kernel"] = new JsonObject { ["name"] = kernelName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, server + "api/sessions")
        { Content = new StringContent(session.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("Authorization", "token " + token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {server}api/sessions ({notebook}, {kernelName}) answered {(int)response.StatusCode}: {body}");
        var client = new JupyterKernelClient(http, server, token, JsonNode.Parse(body)!["kernel"]!["id"]!.GetValue<string>());
        var ws = new Uri(server.Replace("http://", "ws://") + $"api/kernels/{client.KernelId}/channels?session_id={client.session}");
        using var cts = new CancellationTokenSource(timeout);
        await client.socket.ConnectAsync(ws, cts.Token);
        var id = await client.SendAsync("kernel_info_request", new JsonObject(), cts.Token);
        while (true)
        {
            var message = await client.ReceiveAsync(cts.Token) ?? throw new InvalidOperationException($"kernel {kernelName} closed its websocket before answering");
            // A kernel that restarts while starting has lost the request; a student would lose their first cell the same way.
            if (message["msg_type"]?.GetValue<string>() == "status" && message["content"]?["execution_state"]?.GetValue<string>() is "restarting" or "dead")
                throw new InvalidOperationException($"kernel {kernelName} for {notebook} died while starting (the server is restarting it)");
            if (message["msg_type"]?.GetValue<string>() == "kernel_info_reply" && ParentId(message) == id) return client;
        }
    }

    /// <summary>Runs <paramref name="code"/> and collects its outputs until the kernel is idle again, or reports that the kernel died.</summary>
    public async Task<KernelExecution> ExecuteAsync(string code, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var id = await SendAsync("execute_request", new JsonObject
        {
            ["code"] = code, ["silent"] = false, ["store_history"] = true, ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = false, ["stop_on_error"] = true,
        }, cts.Token);
        var output = new StringBuilder();
        string? status = null, error = null;
        bool idle = false;
        try
        {
            while (status is null || !idle)
            {
                var message = await ReceiveAsync(cts.Token);
                if (message is null) return new KernelExecution("closed", output.ToString(), error, KernelDied: true);
                var type = message["msg_type"]?.GetValue<string>();
                var content = message["content"]!;
                // The server announces a dead or restarting kernel with no parent: the request will never be answered.
                if (type == "status" && content["execution_state"]?.GetValue<string>() is "restarting" or "dead")
                    return new KernelExecution(content["execution_state"]!.GetValue<string>(), output.ToString(), error, KernelDied: true);
                if (ParentId(message) != id) continue;
                switch (type)
                {
                    case "stream": output.Append(content["text"]?.GetValue<string>()); break;
                    case "display_data" or "execute_result" or "update_display_data":
                        var data = content["data"]!;
                        output.AppendLine((data["text/plain"] ?? data["text/html"])?.GetValue<string>());
                        break;
                    case "error":
                        error = $"{content["ename"]}: {content["evalue"]}\n" + string.Join("\n", content["traceback"]?.AsArray().Select(t => t?.GetValue<string>()) ?? []);
                        break;
                    case "execute_reply": status = content["status"]?.GetValue<string>(); break;
                    case "status": idle |= content["execution_state"]?.GetValue<string>() == "idle"; break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"kernel {KernelId} did not finish within {timeout}: {Truncate(code)}\noutput so far: {output}");
        }
        return new KernelExecution(status!, output.ToString(), error, KernelDied: false);
    }

    static string Truncate(string text) => text.Length <= 120 ? text : text[..120] + "...";

    static string? ParentId(JsonNode message) => message["parent_header"]?["msg_id"]?.GetValue<string>();

    async Task<string> SendAsync(string type, JsonObject content, CancellationToken cancel)
    {
        var id = Guid.NewGuid().ToString("N");
        var message = new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["msg_id"] = id, ["msg_type"] = type, ["session"] = session, ["username"] = "test",
                ["version"] = "5.3", ["date"] = DateTime.UtcNow.ToString("o"),
            },
            ["parent_header"] = new JsonObject(), ["metadata"] = new JsonObject(), ["content"] = content,
            ["channel"] = "shell", ["buffers"] = new JsonArray(),
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancel);
        return id;
    }

    async Task<JsonNode?> ReceiveAsync(CancellationToken cancel)
    {
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try { result = await socket.ReceiveAsync(buffer, cancel); }
            catch (WebSocketException) { return null; }
            if (result.MessageType == WebSocketMessageType.Close) return null;
            text.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            if (result.MessageType == WebSocketMessageType.Binary) { text.SetLength(0); continue; }   // buffers: not used here
            return JsonNode.Parse(text.ToArray());
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { if (socket.State == WebSocketState.Open) await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); }
        catch (WebSocketException) { }
        socket.Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Delete, server + $"api/kernels/{KernelId}");
        request.Headers.Add("Authorization", "token " + token);
        try { using var _ = await http.SendAsync(request); } catch (HttpRequestException) { }
    }
}

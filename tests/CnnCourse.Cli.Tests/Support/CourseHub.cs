using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CnnCourse.Tests.Support;

/// <summary>One student of the test hub: a generated Linux account, its demo password, and the token it logged in for.</summary>
public sealed record HubStudent(string Name, string Password)
{
    public string Token { get; set; } = "";
}

/// <summary>
/// The course hub, started by the tests exactly as an instructor starts it: `environment/hub.sh --demo --foreground`
/// on 127.0.0.1 at a free port, with a roster of three generated students. It installs the hub into this machine's
/// system locations (/opt/cnncourse, /etc/cnncourse): the tests are for CI's throwaway machine, not a class server.
/// Disposing stops the hub (and with it every student's server), deletes the students' accounts and homes, removes the
/// firewall rule and /proc option (environment/hub/isolation.sh), and puts
/// back the hub configuration that was there before.
/// </summary>
public sealed partial class CourseHub : IAsyncLifetime
{
    public const int CullSeconds = 40;
    public const string MemoryLimit = "2G";
    public const string Kit = "/opt/cnncourse/kit";
    const string Etc = "/etc/cnncourse";
    static readonly string[] SavedConfig = ["roster.csv", "hub.json", "jupyterhub_config.py"];

    readonly TempDirectory temp = new();
    readonly StringBuilder log = new();
    readonly Dictionary<string, byte[]?> savedConfig = [];
    Process? hub;

    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(3) };
    public string Url { get; private set; } = "";
    public IReadOnlyList<HubStudent> Students { get; private set; } = [];
    public HubStudent A => Students[0];
    public HubStudent B => Students[1];
    public HubStudent C => Students[2];
    /// <summary>When C's server became ready: the culling test measures C's idle time from here.</summary>
    public DateTime CStartedAt { get; private set; }
    public string Log { get { lock (log) return log.ToString(); } }

    public async Task InitializeAsync()
    {
        Assert.True(Environment.UserName == "root" || geteuid() == 0,
            "the hub tests need root: hub.sh creates Linux accounts for the generated students and caps them with cgroups (CI runs as root)");
        Assert.True(Directory.Exists("/sys/fs/cgroup/memory"),
            "the hub tests need the cgroup v1 memory controller at /sys/fs/cgroup/memory (the hub caps each student's memory with it)");
        foreach (var file in SavedConfig)
            savedConfig[file] = File.Exists(Path.Combine(Etc, file)) ? File.ReadAllBytes(Path.Combine(Etc, file)) : null;

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var names = new[] { "a", "b", "c" }.Select(s => $"hubt{suffix}{s}").ToArray();
        var roster = temp.File("roster.csv");
        File.WriteAllText(roster, "username,name,email\n" + string.Join("\n", names.Select((n, i) => $"{n},Test Student {i + 1},{n}@example.edu")) + "\n");
        Students = names.Select(n => new HubStudent(n, "")).ToList();   // known before the start, so a failed start still cleans up

        var port = FreePortTriple();
        Url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        foreach (var arg in new[] { Path.Combine(CoursePaths.Root, "environment", "hub.sh"), "--foreground", "--no-build", "--demo",
                     "--roster", roster, "--port", port.ToString(), "--cull-idle", CullSeconds.ToString(), "--mem-limit", MemoryLimit, "--concurrent", "2" })
            start.ArgumentList.Add(arg);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var passwords = new Dictionary<string, string>();
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (log) log.AppendLine(line);
            if (PasswordLine().Match(line) is { Success: true } m) lock (passwords) passwords[m.Groups[1].Value] = m.Groups[2].Value;
            if (line.Contains("JupyterHub is now running at")) ready.TrySetResult();
        }
        hub = new Process { StartInfo = start, EnableRaisingEvents = true };
        hub.OutputDataReceived += (_, e) => OnLine(e.Data);
        hub.ErrorDataReceived += (_, e) => OnLine(e.Data);
        hub.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"hub.sh exited before the hub was ready:\n{Log}"));
        hub.Start();
        hub.BeginOutputReadLine();
        hub.BeginErrorReadLine();
        // The first run on a machine installs JupyterHub and the kernel and copies the kit (about 0.5 GB).
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromMinutes(8))) != ready.Task)
            throw new TimeoutException($"the hub did not start within 8 minutes:\n{Log}");
        await ready.Task;

        lock (passwords)
            Students = names.Select(n => new HubStudent(n, passwords.TryGetValue(n, out var p) ? p
                : throw new InvalidOperationException($"hub.sh --demo printed no password for {n}:\n{Log}"))).ToList();
        foreach (var student in Students) student.Token = await LogInAsync(student.Name, student.Password)
            ?? throw new InvalidOperationException($"{student.Name} could not log in with the password hub.sh printed:\n{Log}");
        await StartServerAsync(C);
        CStartedAt = DateTime.UtcNow;
    }

    [GeneratedRegex(@"^  (hubt[0-9a-f]{6}[abc])\s+(\S+)$")]
    private static partial Regex PasswordLine();

    /// <summary>Logs in through the hub's REST API (username and password, checked by PAM): a token, or null when refused.</summary>
    public async Task<string?> LogInAsync(string name, string password)
    {
        var body = new JsonObject { ["auth"] = new JsonObject { ["username"] = name, ["password"] = password }, ["note"] = "hub tests" };
        using var response = await Http.PostAsync($"{Url}/hub/api/users/{name}/tokens", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        if (response.StatusCode == HttpStatusCode.Forbidden) return null;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /hub/api/users/{name}/tokens answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["token"]!.GetValue<string>();
    }

    /// <summary>A request to the hub or a student's server with the student's token; path starts with '/'.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, HubStudent student, string? json = null)
    {
        using var request = new HttpRequestMessage(method, Url + path);
        request.Headers.Add("Authorization", "token " + student.Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The student's server as the hub reports it, or null when it is not running.</summary>
    public async Task<JsonNode?> ServerAsync(HubStudent student)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"/hub/api/users/{student.Name}", student);
        Assert.True(status == HttpStatusCode.OK, $"GET /hub/api/users/{student.Name} answered {(int)status}: {body}");
        return JsonNode.Parse(body)!["servers"]?[""];
    }

    /// <summary>Starts the student's server (the spawn a browser's "Start My Server" does) and waits until it is ready.</summary>
    public async Task StartServerAsync(HubStudent student)
    {
        if (await ServerAsync(student) is { } running)
        {
            // A server close to its idle limit could be culled mid-test: start it afresh instead.
            var idle = DateTime.UtcNow - running["last_activity"]!.GetValue<DateTime>().ToUniversalTime();
            if (running["ready"]!.GetValue<bool>() && idle < TimeSpan.FromSeconds(CullSeconds / 2)) return;
            await StopServerAsync(student);
        }
        var (status, body) = await SendAsync(HttpMethod.Post, $"/hub/api/users/{student.Name}/server", student);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.BadRequest,
            $"starting {student.Name}'s server answered {(int)status}: {body}\n{await SpawnProgressAsync(student)}");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var server = await ServerAsync(student);
            if (server?["ready"]?.GetValue<bool>() == true) return;
            if (server is null && status != HttpStatusCode.BadRequest)
                Assert.Fail($"{student.Name}'s server failed to start: {await SpawnProgressAsync(student)}");
            await Task.Delay(500);
        }
        Assert.Fail($"{student.Name}'s server was not ready within 2 minutes:\n{Log}");
    }

    /// <summary>Stops the student's server and waits until the hub reports it stopped.</summary>
    public async Task StopServerAsync(HubStudent student)
    {
        var (status, body) = await SendAsync(HttpMethod.Delete, $"/hub/api/users/{student.Name}/server", student);
        Assert.True(status is HttpStatusCode.NoContent or HttpStatusCode.Accepted or HttpStatusCode.BadRequest, $"stopping {student.Name}'s server answered {(int)status}: {body}");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await ServerAsync(student) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{student.Name}'s server did not stop within a minute");
            await Task.Delay(500);
        }
    }

    /// <summary>The spawn's progress events (the hub's own account of a start, including why it failed).</summary>
    public async Task<string> SpawnProgressAsync(HubStudent student)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Url}/hub/api/users/{student.Name}/server/progress");
        request.Headers.Add("Authorization", "token " + student.Token);
        try
        {
            using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            return await response.Content.ReadAsStringAsync(cts.Token);
        }
        catch (OperationCanceledException) { return "(no progress events within 10 s)"; }
    }

    public string ServerUrl(HubStudent student) => $"{Url}/user/{student.Name}/";

    public string Home(HubStudent student) => $"/home/{student.Name}";

    /// <summary>Runs a command as root and returns its exit code and output.</summary>
    public static CnnTool.Result Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        return CnnTool.Execute(start, TimeSpan.FromMinutes(1));
    }

    public async Task DisposeAsync()
    {
        if (hub is { HasExited: false })
        {
            // SIGTERM lets JupyterHub stop every student's server and the proxy before it exits.
            Run("kill", "-TERM", hub.Id.ToString());
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await hub.WaitForExitAsync(cts.Token); }
            catch (OperationCanceledException) { hub.Kill(entireProcessTree: true); }
        }
        foreach (var student in Students)
        {
            Run("pkill", "-KILL", "-u", student.Name);   // a kernel that outlived its server
            for (int i = 0; i < 10 && Run("userdel", "--remove", student.Name).ExitCode == 8; i++) await Task.Delay(500);   // 8: still logged in
            foreach (var controller in new[] { "memory", "cpu", "pids" })
                try { Directory.Delete($"/sys/fs/cgroup/{controller}/cnncourse/{student.Name}"); } catch (IOException) { }
        }
        // The firewall rule and /proc's hidepid that hub.sh set up go too: the machine is left as the tests found it.
        var removed = Run("bash", Path.Combine(CoursePaths.Root, "environment", "hub", "isolation.sh"), "remove");
        if (removed.ExitCode != 0) lock (log) log.AppendLine($"isolation.sh remove: {removed.Output}");
        foreach (var (file, content) in savedConfig)
        {
            var path = Path.Combine(Etc, file);
            if (content is null) File.Delete(path); else File.WriteAllBytes(path, content);
        }
        // The hub's log stays for whoever reads a failure (artifacts/ is git-ignored).
        var logs = Path.Combine(CoursePaths.Root, "artifacts", "hub-tests");
        Directory.CreateDirectory(logs);
        File.WriteAllText(Path.Combine(logs, "hub.log"), Log);
        Http.Dispose();
        hub?.Dispose();
        temp.Dispose();
    }

    static int FreePortTriple()
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (port <= 65533 && IsFree(port + 1) && IsFree(port + 2)) return port;
        }
        throw new InvalidOperationException("no three consecutive free ports on 127.0.0.1");
    }

    static bool IsFree(int port)
    {
        try { var l = new TcpListener(IPAddress.Loopback, port); l.Start(); l.Stop(); return true; }
        catch (SocketException) { return false; }
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    static extern uint geteuid();
}

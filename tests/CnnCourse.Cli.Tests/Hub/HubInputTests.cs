using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// Bad input to `environment/hub.sh`: each is one line on stderr naming the thing and the fix, exit code 2, and is found
/// before anything is installed or changed (the configuration in /etc/cnncourse stays as it was). Should a check ever let
/// bad input through, hub.sh runs in the foreground (so the test can stop it) and accounts it created are deleted.
/// </summary>
[Collection("hub")]   // one at a time: both run hub.sh, which writes the one configuration in /etc/cnncourse
[Trait("Category", "hub")]
public class HubInputTests
{
    static (int ExitCode, string[] Errors) HubSh(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CoursePaths.Root };
        start.ArgumentList.Add(Path.Combine(CoursePaths.Root, "environment", "hub.sh"));
        foreach (var a in args.Append("--foreground").Append("--no-build")) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"hub.sh {string.Join(' ', args)} went past its input checks and kept running:\n{stdout.Result}{stderr.Result}");
        }
        return (process.ExitCode, stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    static string RefusedWithOneLine(params string[] args)
    {
        Assert.True(Environment.UserName == "root", "hub.sh runs as root only; run the hub tests as root (CI does)");
        var config = "/etc/cnncourse/hub.json";
        var before = File.Exists(config) ? File.GetLastWriteTimeUtc(config) : DateTime.MinValue;
        var (exitCode, errors) = HubSh(args);
        Assert.True(exitCode == 2, $"hub.sh {string.Join(' ', args)} exited {exitCode}, expected 2: {string.Join('\n', errors)}");
        var line = Assert.Single(errors);
        Assert.StartsWith("hub.sh: ", line);
        Assert.Equal(before, File.Exists(config) ? File.GetLastWriteTimeUtc(config) : DateTime.MinValue);   // nothing applied
        return line;
    }

    /// <summary>Writes a roster; NAME in it stands for a generated username no account has.</summary>
    static string Roster(TempDirectory temp, string text, out string name)
    {
        name = "hubt" + Guid.NewGuid().ToString("N")[..6] + "x";
        var path = temp.File("roster.csv");
        File.WriteAllText(path, text.Replace("NAME", name));
        return path;
    }

    /// <summary>Deletes an account a faulty check let hub.sh create.</summary>
    static void Forget(string name)
    {
        if (CourseHub.Run("id", name).ExitCode == 0) CourseHub.Run("userdel", "--remove", name);
    }

    [Fact]
    public void A_roster_with_a_duplicate_username_names_both_lines()
    {
        using var temp = new TempDirectory();
        var roster = Roster(temp, "username,name,email\nNAME,Ana,\nNAME,Ana Again,\n", out var name);
        try
        {
            var line = RefusedWithOneLine("--roster", roster, "--port", "18900");
            Assert.Contains($"lines 2 and 3: username '{name}' is given twice", line);
        }
        finally { Forget(name); }
    }

    [Fact]
    public void A_roster_with_an_invalid_or_system_username_names_it_and_the_rule()
    {
        using var temp = new TempDirectory();
        var line = RefusedWithOneLine("--roster", Roster(temp, "username,name\nAna Lopez,Ana\n", out _), "--port", "18900");
        Assert.Contains("line 2: username 'Ana Lopez' is invalid: expected a lowercase letter", line);
        line = RefusedWithOneLine("--roster", Roster(temp, "username,name\nroot,The Admin\n", out _), "--port", "18900");
        Assert.Contains("'root' is a system account", line);
        var roster = Roster(temp, "name,username\nNAME,Ana\n", out var name);
        try
        {
            line = RefusedWithOneLine("--roster", roster, "--port", "18900");
            Assert.Contains("the first line must be the header username,name,email", line);
        }
        finally { Forget(name); }
    }

    [Fact]
    public void A_port_in_use_is_named_with_the_fix()
    {
        using var temp = new TempDirectory();
        var roster = Roster(temp, "username,name\nNAME,Ana\n", out var name);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var line = RefusedWithOneLine("--roster", roster, "--port", port.ToString());
            Assert.Contains($"port {port} on 127.0.0.1 (the hub's address) is not free", line);
            Assert.Contains("choose another --port", line);
        }
        finally { listener.Stop(); Forget(name); }
    }

    [Fact]
    public void A_port_in_the_kernels_window_is_refused()
    {
        using var temp = new TempDirectory();
        var roster = Roster(temp, "username,name\nNAME,Ana\n", out var name);
        try
        {
            // The students' servers reach the hub's API at port + 2; the firewall closes the kernels' window to them.
            var line = RefusedWithOneLine("--roster", roster, "--port", "31998");
            Assert.Contains("--port 31998: the hub's ports 31998-32000 fall in the kernels' port window 20000-31999", line);
        }
        finally { Forget(name); }
    }

    [Fact]
    public void A_public_address_needs_a_certificate_and_a_missing_certificate_is_named()
    {
        using var temp = new TempDirectory();
        var roster = Roster(temp, "username,name\nNAME,Ana\n", out var name);
        try
        {
            var line = RefusedWithOneLine("--roster", roster, "--ip", "0.0.0.0", "--port", "18900");
            Assert.Contains("--ip 0.0.0.0 is reachable from other machines", line);
            Assert.Contains("pass --ssl-cert and --ssl-key", line);
            line = RefusedWithOneLine("--roster", roster, "--ip", "0.0.0.0", "--port", "18900", "--ssl-cert", "/nonexistent/hub.pem", "--ssl-key", "/nonexistent/hub.key");
            Assert.Contains("--ssl-cert /nonexistent/hub.pem: No such file or directory", line);
        }
        finally { Forget(name); }
    }
}

using System.Diagnostics;

namespace CnnCourse.Assignments;

/// <summary>Runs a start info's command through another program (`setsid`, a shell that joins cgroups): same folder, same environment.</summary>
public static class CommandPrefix
{
    /// <summary><paramref name="program"/> <paramref name="arguments"/>, then <paramref name="start"/>'s program and its arguments.</summary>
    public static ProcessStartInfo Prefix(ProcessStartInfo start, string program, IEnumerable<string> arguments)
    {
        var prefixed = new ProcessStartInfo(program) { WorkingDirectory = start.WorkingDirectory };
        foreach (var arg in arguments) prefixed.ArgumentList.Add(arg);
        prefixed.ArgumentList.Add(start.FileName);
        foreach (var arg in start.ArgumentList) prefixed.ArgumentList.Add(arg);
        prefixed.Environment.Clear();
        foreach (var (key, value) in start.Environment) prefixed.Environment[key] = value;
        return prefixed;
    }
}

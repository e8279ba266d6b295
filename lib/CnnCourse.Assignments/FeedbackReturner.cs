using System.Diagnostics;
using CnnCourse.Exchange;

namespace CnnCourse.Assignments;

/// <summary>
/// `cnn assign return NN-name` (root, on the hub server): copies each student's feedback page from the grading output
/// (GRADES/feedback/STUDENT/NN-name.html) to ~STUDENT/course/feedback/NN-name.html, folder 0700 and page 0600, so only
/// that student reads it. It is under ~/course, the root of the student's Jupyter server, so they open it there. The copy runs as the student (root never writes into a folder the student controls, where a
/// planted link could send the write elsewhere); the page comes in on standard input.
/// </summary>
public static class FeedbackReturner
{
    /// <summary>Returns each page; the list says, per student, where it went or why not.</summary>
    public static IReadOnlyList<string> Return(string gradesDirectory, string assignment, TextWriter log)
    {
        ExchangeFolder.CheckAssignmentName(assignment);
        if (!UnixAccount.IsRoot) throw new UnauthorizedAccessException("cnn assign return: run as root on the hub server (it writes into each student's home as that student)");
        var feedback = Path.Combine(gradesDirectory, "feedback");
        if (!Directory.Exists(feedback)) throw new DirectoryNotFoundException($"{feedback}: no feedback pages; grade first (cnn assign grade SUBMISSIONS --out {gradesDirectory})");
        var returned = new List<string>();
        foreach (var folder in new DirectoryInfo(feedback).EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var page = Path.Combine(folder.FullName, assignment + ".html");
            if (!File.Exists(page)) continue;
            if (UnixAccount.Find(folder.Name) is not { } student)
            {
                log.WriteLine($"{folder.Name}: no Linux account of that name; page not returned");
                continue;
            }
            WriteAs(student, assignment + ".html", File.ReadAllBytes(page));
            var target = Path.Combine(student.Home, "course", "feedback", assignment + ".html");
            log.WriteLine($"{student.Name}: {target}");
            returned.Add(target);
        }
        if (returned.Count == 0) throw new FileNotFoundException($"{feedback}: no student has a page for {assignment} (expected feedback/STUDENT/{assignment}.html)");
        return returned;
    }

    static void WriteAs(UnixAccount student, string fileName, byte[] page)
    {
        // umask 077: the folder and the page are the student's alone. The page replaces an earlier one with a rename.
        const string script = "umask 077 && mkdir -p \"$HOME/course/feedback\" && chmod 700 \"$HOME/course/feedback\" && cat > \"$HOME/course/feedback/.$1.tmp\" && mv -f \"$HOME/course/feedback/.$1.tmp\" \"$HOME/course/feedback/$1\"";
        var start = new ProcessStartInfo("runuser") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-u", student.Name, "--", "env", $"HOME={student.Home}", "sh", "-c", script, "return", fileName }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(page);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new IOException($"returning {fileName} to {student.Name} failed: {errors.Result.Trim().Split('\n')[^1]}");
    }
}

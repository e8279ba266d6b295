using System.Security.Cryptography;
using CnnCourse.Assignments;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>
/// Releases assignment 1, hands in a class of submissions (a full solution, an empty one, a partial one, and
/// one per hostile or broken case), grades them all once with two jobs, and keeps the gradebook for the tests.
/// </summary>
public sealed class HostileGrading : IDisposable
{
    public const string Name = "01-convolution-from-scratch";
    const string Params = "long ConvParameters(int kernelSize, int inChannels, int filters)";
    const string Correct = "((long)kernelSize * kernelSize * inChannels + 1) * filters";

    public TempDirectory Temp { get; } = new();
    public string Release => Temp.File("release");
    public string Submissions => Temp.File("submissions");
    public string Output => Temp.File("grade");
    public CnnTool.Result Result { get; }
    public Dictionary<string, string> HashesBefore { get; }
    public List<Dictionary<string, string>> Gradebook { get; }
    public List<Dictionary<string, string>> Totals { get; }
    public List<string> LeftoverScratch { get; }

    public HostileGrading()
    {
        var release = CnnTool.Run(TimeSpan.FromMinutes(2), "assign", "release", Support.Submissions.SourcePath(Name), "--out", Release);
        Assert.True(release.ExitCode == 0, release.Output);
        var source = Support.Submissions.SourcePath(Name);

        Support.Submissions.Solution(Name).Save(Submissions, "full", Name);
        Support.Submissions.Released(Name).Save(Submissions, "empty", Name);
        Support.Submissions.Solution(Name)
            // Right for the visible sizes, wrong where the floor matters (a hidden check).
            .ReplaceAnswer("int ConvOutputSize", "int ConvOutputSize(int inputSize, int kernelSize, int padding, int stride) =>\n" +
                "    (int)Math.Ceiling((double)(inputSize - kernelSize + 2 * padding) / stride) + 1;")
            // Stride 1 and no padding, whatever is asked.
            .ReplaceAnswer("Tensor MyConv2d", Support.Submissions.Source(Name).AnswerCode.Single(c => c.Contains("Tensor MyConv2d"))
                .Replace("{\n    long n = input.shape[0]", "{\n    stride = 1;\n    padding = 0;\n    long n = input.shape[0]"))
            .Save(Submissions, "partial", Name);

        Hostile("loop", $"{Params}\n{{\n    while (true) {{ }}\n}}");
        Hostile("exit", $"{Params}\n{{\n    Environment.Exit(0);\n    return 0;\n}}");
        Hostile("stack-overflow", $"{Params} => ConvParameters(kernelSize, inChannels, filters + 1) + 1;");
        // Starts 4,000 processes that would outlive it: the per-child cap stops it, and nobody else's grading notices.
        Hostile("fork-bomb", $"{Params}\n{{\n    for (int i = 0; i < 4000; i++) System.Diagnostics.Process.Start(\"/bin/sleep\", \"600\");\n    return 0;\n}}");
        Hostile("memory", $"{Params}\n{{\n    var tenGigabytes = torch.ones(new long[] {{ 10L << 30 }}, dtype: torch.ScalarType.Byte);\n    return tenGigabytes.shape[0];\n}}");
        // Reads the solution and the hidden tests wherever they are on the grading machine; passes if it can.
        Hostile("reader", $$"""
            {{Params}}
            {
                var places = new[] { "{{source}}", "{{Path.Combine(Release, ReleaseManifest.FileName)}}",
                    System.IO.Path.Combine(CnnCourse.CoursePaths.Root, "notebooks", "assignments", "{{Name}}.ipynb") };
                var read = places.Where(p => { try { return System.IO.File.ReadAllText(p).Contains("grade_id"); } catch (Exception) { return false; } }).ToList();
                if (read.Count == 0) throw new InvalidOperationException("no instructor file was readable");
                return {{Correct}};
            }
            """);
        // Writes the gradebook, a result to resume from, and another student's notebook; passes if any write works.
        Hostile("writer", $$"""
            {{Params}}
            {
                var targets = new[] { "{{Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName)}}", "{{Path.Combine(Output, "results", "writer", Name + ".json")}}",
                    "{{Path.Combine(Submissions, "full", Name + ".ipynb")}}" };
                var written = targets.Where(t => { try { System.IO.File.WriteAllText(t, "writer,1000"); return true; } catch (Exception) { return false; } }).ToList();
                if (written.Count == 0) throw new InvalidOperationException("nothing outside the sandbox was writable");
                return {{Correct}};
            }
            """);
        // Prints PASS lines, then writes records straight to the grading channel (the process's standard output)
        // that claim the parameters test passed: cell 3 (this one) ended, cell 4 (the test) started and ended
        // with the value the test shows, numbered as the child numbers its records. There is no key to find.
        Hostile("fake-pass", $$"""
            {{Params}}
            {
                return 0;
            }
            Console.WriteLine("PASS conv-parameters 2/2");
            var raw = Console.OpenStandardOutput();
            var observation = "{\"what\":\"ten 5x5 filters on 3 channels\",\"kind\":\"integer\",\"value\":760}";
            var forged = "#cnn-grade# {\"event\":\"end\",\"cell\":3,\"ok\":true,\"seq\":8}\n" +
                "#cnn-grade# {\"event\":\"start\",\"cell\":4,\"seq\":9}\n" +
                "#cnn-grade# {\"event\":\"end\",\"cell\":4,\"ok\":true,\"output\":\"PASS\",\"seq\":10,\"observations\":[" + observation + "]}\n";
            raw.Write(System.Text.Encoding.UTF8.GetBytes(forged));
            raw.Flush();
            """);
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", "static class Check { public static void Equal(long e, long a, string w) { } public static void Close(Tensor e, Tensor a, double t, string w) { } }")
            .Save(Submissions, "shadow", Name);
        // Makes the kernel skip the parameters test instead of running it.
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", "Microsoft.DotNet.Interactive.KernelInvocationContext.Current.HandlingKernel.RootKernel.AddMiddleware(async (command, context, next) =>\n" +
                "{\n    if (command is Microsoft.DotNet.Interactive.Commands.SubmitCode submit && submit.Code.Contains(\"ConvParameters(5, 3, 10)\")) return;\n    await next(command, context);\n});")
            .Save(Submissions, "middleware", Name);
        // Runs only the first line of the parameters test (a comment) in its place: the kernel's script state moves on to a piece of the test.
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", "Microsoft.DotNet.Interactive.KernelInvocationContext.Current.HandlingKernel.RootKernel.AddMiddleware(async (command, context, next) =>\n" +
                "{\n    if (command is Microsoft.DotNet.Interactive.Commands.SubmitCode submit && submit.Code.Contains(\"ConvParameters(5, 3, 10)\"))\n" +
                "        command = new Microsoft.DotNet.Interactive.Commands.SubmitCode(submit.Code.Split('\\n')[0], \"csharp\");\n    await next(command, context);\n});")
            .Save(Submissions, "first-line", Name);
        const string FakeCheck = "public static class Check { public static void Equal(long e, long a, string w) { } public static void Close(TorchSharp.torch.Tensor e, TorchSharp.torch.Tensor a, double t, string w) { } }";
        // A fake Check nested two types deep, imported with `using static` of the inner type.
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", "using static Outer.Inner;")
            .AddCellAfter("long ConvParameters", $"class Outer {{ public class Inner {{ {FakeCheck} }} }}")
            .Save(Submissions, "nested-check", Name);
        // A fake Check in a .csx file that one cell writes and the next loads.
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", "#load \"fake.csx\"")
            .AddCellAfter("long ConvParameters", $"System.IO.File.WriteAllText(\"fake.csx\", \"{FakeCheck}\");")
            .Save(Submissions, "load-file", Name);
        // A fake Check after a magic command ended by a lone carriage return: the kernel compiles what follows it.
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", $"{Params} => 0;")
            .AddCellAfter("long ConvParameters", $"#!time\r{FakeCheck}")
            .Save(Submissions, "lone-cr", Name);
        // Convolution through conv_transpose2d with the kernel flipped, then every stride-th position: right values, forbidden route.
        Support.Submissions.Solution(Name).ReplaceAnswer("Tensor MyConv2d", "Tensor MyConv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding)\n{\n" +
            "    long k = weight.shape[2];\n" +
            "    var full = F.conv_transpose2d(input, weight.flip(2, 3).transpose(0, 1), bias, padding: new long[] { k - 1 - padding, k - 1 - padding });\n" +
            "    return full[TensorIndex.Colon, TensorIndex.Colon, TensorIndex.Slice(0, null, stride), TensorIndex.Slice(0, null, stride)].contiguous();\n}")
            .Save(Submissions, "transpose", Name);
        // A valid notebook saved with a UTF-8 byte order mark.
        var bom = Path.Combine(Submissions, "bom", Name + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(bom)!);
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Support.Submissions.Solution(Name).ToJson())]);
        // JSON nested deeper than any notebook: a plain reason, not "malformed".
        Directory.CreateDirectory(Path.Combine(Submissions, "deep"));
        File.WriteAllText(Path.Combine(Submissions, "deep", Name + ".ipynb"), "{\"cells\": " + new string('[', 5000) + new string(']', 5000) + "}");
        // A folder name with an escape sequence that would recolour the instructor's terminal.
        Directory.CreateDirectory(Path.Combine(Submissions, "ctl\u001b[31mred"));
        Support.Submissions.Solution(Name).ReplaceAnswer("Tensor MyConv2d", "Tensor MyConv2d(Tensor input, Tensor weight, Tensor bias, int stride, int padding) =>\n" +
            "    F.conv2d(input, weight, bias, strides: new long[] { stride, stride }, padding: new long[] { padding, padding });")
            .Save(Submissions, "forbidden", Name);
        Support.Submissions.Solution(Name)
            .ReplaceAnswer("int ConvOutputSize", "int ConvOutputSize(int inputSize, int kernelSize, int padding, int stride) => 28;")
            .EditTest("conv-output-size", code => code.Replace("Check.Equal(32, ConvOutputSize(32, 5, 2, 1)", "Check.Equal(28, ConvOutputSize(32, 5, 2, 1)"))
            .Save(Submissions, "edited", Name);
        Support.Submissions.Solution(Name).RemoveTest("conv-parameters").Save(Submissions, "missing", Name);
        Directory.CreateDirectory(Path.Combine(Submissions, "malformed"));
        File.WriteAllText(Path.Combine(Submissions, "malformed", Name + ".ipynb"), "{\"cells\": [ {\"cell_type\": \"code\", ");
        Directory.CreateDirectory(Path.Combine(Submissions, "symlink"));
        File.CreateSymbolicLink(Path.Combine(Submissions, "symlink", Name + ".ipynb"), source);
        Directory.CreateDirectory(Path.Combine(Submissions, "absent"));

        HashesBefore = Hashes();
        var scratchBefore = Scratch();
        Result = CnnTool.Run(TimeSpan.FromMinutes(25), "assign", "grade", Submissions, "--release", Release, "--out", Output,
            "--jobs", "2", "--timeout", "240", "--cell-timeout", "45", "--memory-mb", "3000");
        LeftoverScratch = Scratch().Except(scratchBefore).ToList();
        Gradebook = File.Exists(Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName)) ? Csv.Read(Path.Combine(Output, CnnCourse.Assignments.Gradebook.FileName)) : [];
        Totals = File.Exists(Path.Combine(Output, CnnCourse.Assignments.Gradebook.TotalsFileName)) ? Csv.Read(Path.Combine(Output, CnnCourse.Assignments.Gradebook.TotalsFileName)) : [];
    }

    void Hostile(string student, string paramsCode) =>
        Support.Submissions.Solution(Name).ReplaceAnswer("long ConvParameters", paramsCode).Save(Submissions, student, Name);

    public Dictionary<string, string> Hashes() =>
        Directory.EnumerateFiles(Submissions, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).LinkTarget is null)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    static List<string> Scratch() => Directory.EnumerateDirectories(Path.GetTempPath(), "cnn-grade-*").ToList();

    public double Points(string student) => double.Parse(Totals.Single(r => r["student"] == student)["points"], System.Globalization.CultureInfo.InvariantCulture);

    public Dictionary<string, string> Row(string student, string test) => Gradebook.Single(r => r["student"] == student && r["test"] == test);

    public void Dispose() => Temp.Dispose();
}

[CollectionDefinition("grading", DisableParallelization = true)]
public sealed class GradingCollection;

[Trait("Category", "grading")]
[Collection("grading")]
public class HostileSubmissionsTests(HostileGrading grading) : IClassFixture<HostileGrading>
{
    void Scored(string student, double points, string zeroTest, string result, string reason)
    {
        Assert.Equal(points, grading.Points(student));
        var row = grading.Row(student, zeroTest);
        Assert.Equal("0", row["points"]);
        Assert.Equal(result, row["result"]);
        Assert.Contains(reason, row["reason"]);
        // Everything else in the notebook was graded normally.
        Assert.All(grading.Gradebook.Where(r => r["student"] == student && r["test"] != zeroTest), r => Assert.Equal("passed", r["result"]));
    }

    /// <summary>
    /// Refused before it ran by the checks on symbols (every test from the cell on scores zero), and held while it ran
    /// all the same: a refused cell still runs, so the sandbox and the caps are tested by it too.
    /// </summary>
    void Refused(string student, string refusal, string whenRun)
    {
        Assert.Equal(2, grading.Points(student));   // only the test above the cell counts
        var row = grading.Row(student, "conv-parameters");
        Assert.Equal("rejected", row["result"]);
        Assert.True(row["reason"].Contains(refusal) && row["reason"].Contains(whenRun), $"{student}: {row["reason"]}");
        Assert.Equal("passed", grading.Row(student, "conv-output-size")["result"]);
    }

    [Fact]
    public void Grading_finishes_and_writes_a_gradebook_and_feedback_for_everyone()
    {
        MachineConditions.RequireNamespaces();
        Assert.True(grading.Result.ExitCode == 0, grading.Result.Output);
        var students = Directory.GetDirectories(grading.Submissions).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(students, grading.Totals.Select(r => r["student"]).Order());
        Assert.Equal(students.Count * 4, grading.Gradebook.Count);
        Assert.All(students, s => Assert.True(File.Exists(Path.Combine(grading.Output, "feedback", s!, HostileGrading.Name + ".html")), s));
        Assert.Contains("isolation: namespaces", grading.Result.Output);
        Assert.Empty(grading.LeftoverScratch);
        Assert.False(Directory.Exists(Path.Combine(grading.Output, ".scratch")));
    }

    [Fact]
    public void Full_empty_and_partial_solutions_get_their_scores()
    {
        Assert.Equal(10, grading.Points("full"));
        Assert.Equal(0, grading.Points("empty"));
        Assert.All(grading.Gradebook.Where(r => r["student"] == "empty"), r => Assert.Contains("NotImplementedException", r["reason"]));
        // Ceiling instead of floor passes the visible sizes but not the hidden ones; stride-1-only convolution passes the first test only.
        Assert.Equal(5, grading.Points("partial"));
        Assert.Equal(["failed", "passed", "passed", "failed"], grading.Gradebook.Where(r => r["student"] == "partial").Select(r => r["result"]));
        Assert.Contains("32x32 input, 3x3 kernel, padding 1, stride 2 (numerical example, floor): expected 16, got 17", grading.Row("partial", "conv-output-size")["reason"]);
        var feedback = File.ReadAllText(Path.Combine(grading.Output, "feedback", "partial", HostileGrading.Name + ".html"));
        Assert.Contains("Score: <b>5 / 10</b>", feedback);
        Assert.Contains("expected 16, got 17", feedback);
    }

    [Fact]
    public void An_endless_loop_is_stopped_at_the_cell_time_limit() => Scored("loop", 8, "conv-parameters", "stopped", "the cell ran past its time limit (45 s)");

    [Fact]
    public void Environment_exit_is_refused_and_ends_only_its_own_cell() =>
        Refused("exit", "`Exit` is `System.Environment.Exit`: never allowed", "when run, it was stopped: the process exited (exit code 0) before the notebook finished");

    [Fact]
    public void A_stack_overflow_crashes_only_its_own_cell() => Scored("stack-overflow", 8, "conv-parameters", "stopped", "stack overflow");

    [Fact]
    public void A_fork_bomb_is_stopped_at_its_own_process_limit_within_the_cell_limit()
    {
        MachineConditions.RequireNamespaces();
        Refused("fork-bomb", "`Start` is `System.Diagnostics.Process.Start`: never allowed",
            $"when run, it was stopped: it started more processes and threads than a grading child may have ({ChildRunner.MaxTasks}, its pids cgroup)");
        var notes = File.ReadAllText(Path.Combine(grading.Output, "results", "fork-bomb", HostileGrading.Name + ".json"));
        var stoppedAfter = System.Text.RegularExpressions.Regex.Match(notes, @"run 1 was stopped in cell 8 after (\d+\.\d) s in that cell");
        Assert.True(stoppedAfter.Success, notes);
        Assert.InRange(double.Parse(stoppedAfter.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, 45 + 5);
        // Its 500-odd processes end together, not one by one: walking the tree took minutes. The bound leaves room for
        // a loaded 2-core machine, where even one signal to the whole cgroup can take a couple of seconds to land.
        var ended = System.Text.RegularExpressions.Regex.Match(notes, @"everything it started ended (\d+\.\d+) s after the kill");
        Assert.True(ended.Success, notes);
        Assert.InRange(double.Parse(ended.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, 10);
    }

    [Fact]
    public void A_ten_gigabyte_allocation_is_stopped_at_the_memory_limit() => Scored("memory", 8, "conv-parameters", "stopped", "more than the memory limit (3000 MB");

    [Fact]
    public void The_solution_and_the_hidden_tests_cannot_be_read()
    {
        MachineConditions.RequireNamespaces();
        Refused("reader", "`File` is `System.IO.File`: never allowed", "when run: InvalidOperationException: no instructor file was readable");
    }

    [Fact]
    public void The_gradebook_results_and_other_students_cannot_be_written()
    {
        MachineConditions.RequireNamespaces();
        Refused("writer", "is `System.IO.File.WriteAllText`: never allowed", "when run: InvalidOperationException: nothing outside the sandbox was writable");
        Assert.Equal(grading.HashesBefore, grading.Hashes());
        Assert.DoesNotContain("writer,1000", File.ReadAllText(Path.Combine(grading.Output, Gradebook.FileName)));
        Assert.DoesNotContain("writer,1000", File.ReadAllText(Path.Combine(grading.Output, "results", "writer", HostileGrading.Name + ".json")));
    }

    [Fact]
    public void Printing_pass_or_writing_records_to_the_channel_scores_nothing() =>
        Refused("fake-pass", "is `System.Console.OpenStandardOutput`: never allowed", "when run, the grading channel carried a forged, repeated or out-of-order record");

    [Fact]
    public void Running_a_piece_of_a_test_in_its_place_records_nothing_and_scores_nothing() =>
        Refused("first-line", "never allowed in graded work (`Microsoft.*`)", "no value recorded");

    [Fact]
    public void A_fake_check_nested_two_types_deep_is_rejected()
    {
        Assert.Equal(2, grading.Points("nested-check"));
        Assert.Equal("rejected", grading.Row("nested-check", "conv-parameters")["result"]);
        Assert.Contains("imports `Check` from its own type with `using static Outer.Inner;`", grading.Row("nested-check", "conv-parameters")["reason"]);
    }

    [Fact]
    public void Loading_code_from_a_file_is_refused()
    {
        Assert.Equal(2, grading.Points("load-file"));
        Assert.All(new[] { "conv-parameters", "conv2d-basic", "conv2d-stride-padding" }, t =>
            Assert.Contains("loads code from a file with `#load \"fake.csx\"`", grading.Row("load-file", t)["reason"]));
    }

    [Fact]
    public void A_magic_command_ended_by_a_lone_carriage_return_hides_nothing()
    {
        Assert.Equal(2, grading.Points("lone-cr"));
        Assert.Contains("declares `Check`, a name this test uses", grading.Row("lone-cr", "conv-parameters")["reason"]);
    }

    [Fact]
    public void Convolution_through_conv_transpose2d_is_rejected()
    {
        Assert.Equal(4, grading.Points("transpose"));
        Assert.All(new[] { "conv2d-basic", "conv2d-stride-padding" }, t =>
            Assert.Contains("uses `conv_transpose2d`, which this test forbids (`conv_transpose*`", grading.Row("transpose", t)["reason"]));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_deep_nesting_is_invalid_with_a_plain_reason()
    {
        Assert.Equal(10, grading.Points("bom"));
        Assert.Equal("invalid", grading.Totals.Single(r => r["student"] == "deep")["status"]);
        Assert.All(grading.Gradebook.Where(r => r["student"] == "deep"), r => Assert.Contains("nested more than", r["reason"]));
    }

    [Fact]
    public void Control_characters_in_a_student_name_are_escaped_in_the_log()
    {
        // Ordinal: a culture-aware search ignores control characters and would find one anywhere.
        Assert.False(grading.Result.Output.Contains('\u001b'), "an escape character reached the log");
        Assert.Contains("ctl\\u001b[31mred", grading.Result.Output);
    }

    [Fact]
    public void A_fake_check_class_is_rejected()
    {
        Assert.Equal(2, grading.Points("shadow"));   // only the test before the fake counts
        Assert.Equal("rejected", grading.Row("shadow", "conv2d-basic")["result"]);
        Assert.Contains("declares `Check`, a name this test uses", grading.Row("shadow", "conv2d-basic")["reason"]);
    }

    [Fact]
    public void Skipping_a_test_through_the_kernel_does_not_pass_it() =>
        Refused("middleware", "never allowed in graded work (`Microsoft.*`)", "did not run to its end in the C# kernel");

    [Fact]
    public void Calling_torchs_conv2d_instead_of_writing_loops_is_rejected()
    {
        Assert.Equal(4, grading.Points("forbidden"));
        Assert.All(new[] { "conv2d-basic", "conv2d-stride-padding" }, t => Assert.Contains("uses `conv2d`, which this test forbids", grading.Row("forbidden", t)["reason"]));
    }

    [Fact]
    public void Edited_missing_malformed_linked_and_absent_notebooks_are_recorded_not_crashed_on()
    {
        Scored("edited", 8, "conv-output-size", "edited", "was edited");
        Scored("missing", 8, "conv-parameters", "missing", "test cell missing");
        Assert.All(grading.Gradebook.Where(r => r["student"] == "malformed"), r => Assert.Contains("malformed JSON", r["reason"]));
        Assert.All(grading.Gradebook.Where(r => r["student"] == "symlink"), r => Assert.Contains("is a symbolic link", r["reason"]));
        Assert.All(grading.Gradebook.Where(r => r["student"] == "absent"), r => Assert.Equal("not-submitted", r["result"]));
        // The reasons reach the students' pages: they name the notebook, never where the grader keeps it.
        Assert.All(grading.Gradebook.Where(r => r["student"] is "malformed" or "symlink"), r => Assert.DoesNotContain(grading.Temp.Path, r["reason"]));
        Assert.Equal(["not submitted", "invalid", "invalid"], grading.Totals.Where(r => r["student"] is "malformed" or "symlink" or "absent").Select(r => r["status"]));
    }
}

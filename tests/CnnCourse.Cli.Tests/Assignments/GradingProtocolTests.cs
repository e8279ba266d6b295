using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CnnCourse.Assignments;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>Only records signed with the run's key count; what a submission prints cannot pass for one.</summary>
[Trait("Category", "unit")]
public class GradingProtocolTests
{
    static readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void A_signed_record_verifies_for_its_run_only()
    {
        var line = GradingProtocol.Sign(key, new JsonObject { ["run"] = "r1", ["event"] = "end", ["cell"] = 4, ["ok"] = true });
        Assert.Equal(4, (int?)GradingProtocol.Verify(key, "r1", line)!["cell"]);
        Assert.Null(GradingProtocol.Verify(key, "r2", line));
        Assert.Null(GradingProtocol.Verify(RandomNumberGenerator.GetBytes(32), "r1", line));
    }

    [Theory]
    [InlineData("PASS conv-parameters 2/2")]
    [InlineData("#cnn-grade# {\"run\":\"r1\",\"event\":\"end\",\"cell\":4,\"ok\":true} 00ff")]
    [InlineData("#cnn-grade# {\"run\":\"r1\",\"event\":\"end\",\"cell\":4,\"ok\":true}")]
    [InlineData("#cnn-grade#  zz")]
    public void Printed_or_forged_lines_do_not_verify(string line) => Assert.Null(GradingProtocol.Verify(key, "r1", line));

    [Fact]
    public void Changing_a_signed_record_breaks_it()
    {
        var line = GradingProtocol.Sign(key, new JsonObject { ["run"] = "r1", ["event"] = "end", ["cell"] = 4, ["ok"] = false });
        Assert.Null(GradingProtocol.Verify(key, "r1", line.Replace("\"ok\":false", "\"ok\":true")));
    }

    [Fact]
    public void The_job_round_trips_with_a_fresh_key_each_time()
    {
        var job = GradingJob.Create("/grading/work", [new JobCell(0, "1 + 1"), new JobCell(3, "Check.True(true, \"x\");\n")]);
        var back = GradingJob.Parse(job.ToLine());
        Assert.Equal(job.Run, back.Run);
        Assert.Equal(job.Key, back.Key);
        Assert.Equal(job.Cells, back.Cells);
        Assert.DoesNotContain('\n', job.ToLine());
        Assert.NotEqual(job.Key, GradingJob.Create("/w", []).Key);
        Assert.Equal(32, Convert.FromBase64String(job.Key).Length);
    }

    [Fact]
    public async Task The_line_reader_drops_a_line_too_long_instead_of_buffering_it()
    {
        var text = "first\n" + new string('x', 5000) + "\nsecond\r\nlast";
        var reader = new BoundedLineReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineLength: 1000);
        var lines = new List<string>();
        await foreach (var line in reader.ReadLinesAsync()) lines.Add(line);
        Assert.Equal(["first", "second", "last"], lines);
        Assert.Equal(1, reader.DroppedLines);
    }
}

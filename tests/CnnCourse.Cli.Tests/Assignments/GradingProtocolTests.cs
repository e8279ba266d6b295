using System.Text;
using System.Text.Json.Nodes;
using CnnCourse.Assignments;

namespace CnnCourse.Tests.Cli.Assignments;

/// <summary>Record lines are found by their prefix; what a submission prints otherwise is not a record. The job carries no secret.</summary>
[Trait("Category", "unit")]
public class GradingProtocolTests
{
    [Fact]
    public void A_record_round_trips()
    {
        var line = GradingProtocol.Format(new JsonObject { ["run"] = "r1", ["event"] = "end", ["cell"] = 4, ["ok"] = true });
        Assert.Equal(4, (int?)GradingProtocol.Parse(line)!["cell"]);
    }

    [Theory]
    [InlineData("PASS conv-parameters 2/2")]
    [InlineData("#cnn-grade# {\"run\":\"r1\",\"event\":\"end\",\"cell\":4,\"ok\":true")]
    [InlineData("#cnn-grade# [1, 2]")]
    [InlineData("#cnn-grade#  zz")]
    public void Printed_or_malformed_lines_are_not_records(string line) => Assert.Null(GradingProtocol.Parse(line));

    [Fact]
    public void The_job_round_trips_and_holds_no_key()
    {
        var job = GradingJob.Create("/grading/work", [new JobCell(0, "1 + 1"), new JobCell(3, "Check.True(true, \"x\");\n", Test: true)]);
        var back = GradingJob.Parse(job.ToLine());
        Assert.Equal(job.Run, back.Run);
        Assert.Equal(job.Cells, back.Cells);
        Assert.DoesNotContain('\n', job.ToLine());
        Assert.DoesNotContain("key", job.ToLine(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(job.Run, GradingJob.Create("/w", []).Run);
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

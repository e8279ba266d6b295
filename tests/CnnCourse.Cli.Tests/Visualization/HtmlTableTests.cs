using CnnCourse.Visualization;

namespace CnnCourse.Tests.Visualization;

[Trait("Category", "unit")]
public class HtmlTableTests
{
    [Fact]
    public void One_column_per_property_with_readable_numbers()
    {
        var html = HtmlTable.Of([new { Layer = "conv<1>", Parameters = 1168L, Difference = 1.23456e-6, Shape = new long[] { 8, 16, 16 }, Agree = true }]).Html;
        foreach (var expected in new[] { ">Layer<", ">Parameters<", "conv&lt;1&gt;", ">1,168<", ">1.235E-06<", ">(8, 16, 16)<", ">yes<" })
            Assert.Contains(expected, html);
    }
}

using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace CnnCourse.Visualization;

/// <summary>
/// Rows of any type (records, anonymous objects) as a plain HTML table, one column per public property in
/// declaration order: whole numbers with thousands separators, other numbers with 4 significant digits,
/// shapes as "(1, 8, 16, 16)". Notebooks display it; the default formatter would fold each row away.
/// </summary>
public static class HtmlTable
{
    public static HtmlString Of<T>(IEnumerable<T> rows, string caption = "")
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var sb = new StringBuilder("<table class=\"cnn-table\" style=\"border-collapse:collapse\">");
        if (caption.Length > 0) sb.Append($"<caption style=\"text-align:left\"><b>{WebUtility.HtmlEncode(caption)}</b></caption>");
        sb.Append("<thead><tr>");
        foreach (var p in properties) sb.Append($"<th style=\"text-align:left;padding:2px 10px\">{WebUtility.HtmlEncode(p.Name)}</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var p in properties)
            {
                object? value = p.GetValue(row);
                string align = value is string or null ? "left" : "right";
                sb.Append($"<td style=\"text-align:{align};padding:2px 10px;font-family:monospace\">{WebUtility.HtmlEncode(Format(value))}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>How one cell shows its value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "yes" : "no",
        int or long or short or byte => string.Format(CultureInfo.InvariantCulture, "{0:N0}", value),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("N0", CultureInfo.InvariantCulture),
        float f when f == MathF.Floor(f) && MathF.Abs(f) < 1e7f => f.ToString("N0", CultureInfo.InvariantCulture),
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        float f => f.ToString("G4", CultureInfo.InvariantCulture),
        long[] shape => shape.Str(),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

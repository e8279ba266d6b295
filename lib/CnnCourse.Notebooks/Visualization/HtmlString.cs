namespace CnnCourse.Visualization;

/// <summary>Markup that notebooks display as HTML (the course registers a text/html formatter for it).</summary>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}

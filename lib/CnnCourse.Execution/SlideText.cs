using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CnnCourse.Execution;

/// <summary>
/// Splits a markdown cell between the slide and the speaker notes. Headings, formulas, tables and pictures stay on the
/// slide; prose stays while the slide holds at most <see cref="ProseWordsPerSlide"/> words of it, and the rest is what
/// the speaker says (the notes). A slide with no prose yet keeps the first sentences (or list items) that fit, so a
/// slide without a figure still says what it is about.
/// </summary>
public static partial class SlideText
{
    /// <summary>Words of prose a slide shows; more is read in the speaker view.</summary>
    public const int ProseWordsPerSlide = 35;

    /// <summary>Words of text a slide of a cell tagged to keep its text shows before the text continues on the next slide.</summary>
    public const int KeptWordsPerSlide = 50;

    static readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>What a markdown block is on a slide: a heading, prose (paragraphs, lists, quotes) or a figure (kept whole).</summary>
    public enum Kind { Heading, Prose, Figure }

    /// <summary>One top-level block of a markdown cell: its own markdown, what it is, and its words of prose.</summary>
    public sealed record Block(string Markdown, Kind Kind, int Words);

    /// <summary>The top-level blocks of <paramref name="markdown"/>, in order.</summary>
    public static IReadOnlyList<Block> Blocks(string markdown)
    {
        var document = Markdown.Parse(markdown, pipeline);
        var blocks = new List<Block>();
        foreach (var block in document)
        {
            if (block.Span.IsEmpty || block is LinkReferenceDefinitionGroup) continue;
            var text = markdown.Substring(block.Span.Start, block.Span.Length);
            blocks.Add(new Block(text, KindOf(block, text), Words(text)));
        }
        return blocks;
    }

    static Kind KindOf(Markdig.Syntax.Block block, string text) => block switch
    {
        HeadingBlock => Kind.Heading,
        MathBlock or Table or FencedCodeBlock or CodeBlock or ThematicBreakBlock => Kind.Figure,
        HtmlBlock => text.TrimStart().StartsWith("<details", StringComparison.OrdinalIgnoreCase) ? Kind.Prose : Kind.Figure,
        // a paragraph that is a picture or holds a display formula is shown, whatever words surround it
        ParagraphBlock when text.TrimStart().StartsWith("![", StringComparison.Ordinal) || text.Contains("$$", StringComparison.Ordinal) => Kind.Figure,
        _ => Kind.Prose,
    };

    /// <summary>Words a reader reads: tokens with a letter or digit, formulas and inline code not counted.</summary>
    public static int Words(string markdown)
    {
        var text = InlineMath().Replace(InlineCode().Replace(markdown, " "), " ");
        return WordToken().Matches(text).Count;
    }

    /// <summary>
    /// The first part of a prose block that fits in <paramref name="words"/> words (at least one sentence or one list
    /// item), and the rest; the rest is empty when the whole block fits.
    /// </summary>
    public static (string Shown, string Remainder) Lead(string prose, int words)
    {
        var items = ListItems(prose);
        var parts = items ?? Sentences(prose);
        int count = 0, taken = 0;
        while (taken < parts.Count && (taken == 0 || count + Words(parts[taken]) <= words))
            count += Words(parts[taken++]);
        string separator = items is null ? " " : "\n";
        return (string.Join(separator, parts.Take(taken)).Trim(), string.Join(separator, parts.Skip(taken)).Trim());
    }

    /// <summary>The items of a markdown list (each with its marker), or null when <paramref name="prose"/> is not one list.</summary>
    public static List<string>? ListItems(string prose)
    {
        var document = Markdown.Parse(prose, pipeline);
        if (document.Count != 1 || document[0] is not ListBlock list) return null;
        return list.Select(item => prose.Substring(item.Span.Start, item.Span.Length)).ToList();
    }

    /// <summary>A paragraph's sentences: split after ".", "!" or "?" before a capital letter, never inside a formula.</summary>
    static List<string> Sentences(string paragraph)
    {
        var flat = paragraph.Replace('\n', ' ');
        var sentences = new List<string>();
        int start = 0;
        foreach (Match boundary in SentenceEnd().Matches(flat))
        {
            if (InsideMath(flat, boundary.Index)) continue;
            sentences.Add(flat[start..boundary.Index]);
            start = boundary.Index + boundary.Length;
        }
        sentences.Add(flat[start..]);
        return sentences.Where(s => s.Trim().Length > 0).ToList();
    }

    static bool InsideMath(string text, int index) => text[..index].Count(c => c == '$') % 2 == 1;

    [GeneratedRegex(@"(?<=[a-z0-9)\]*_`][.!?]\**)\s+(?=[A-Z*])")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"\$\$?[^$]*\$\$?")] private static partial Regex InlineMath();
    [GeneratedRegex(@"`[^`]*`")] private static partial Regex InlineCode();
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.,:-]*")] private static partial Regex WordToken();
}

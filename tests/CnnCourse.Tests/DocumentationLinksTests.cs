using System.Text.RegularExpressions;

namespace CnnCourse.Tests;

/// <summary>
/// The guides link to each other and to sections: every relative link in the README and docs/ must reach a file that
/// exists and, with a #fragment, a heading of that file (GitHub's anchor for it). A section renamed or removed shows
/// up here instead of as a dead link in a reader's browser.
/// </summary>
[Trait("Category", "unit")]
public partial class DocumentationLinksTests
{
    public static TheoryData<string> Guides()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "README.md", "datasets/README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(CoursePaths.Root, "docs"), "*.md")
                     .Select(f => Path.GetRelativePath(CoursePaths.Root, f)).Order(StringComparer.Ordinal)))
            data.Add(file.Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_relative_link_reaches_a_file_and_a_heading(string guide)
    {
        var path = Path.Combine(CoursePaths.Root, guide);
        var dead = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(File.ReadAllText(path))))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://") || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            var hash = target.IndexOf('#');
            var file = hash < 0 ? target : target[..hash];
            var fragment = hash < 0 ? null : target[(hash + 1)..];
            var targetPath = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file)));
            if (!File.Exists(targetPath) && !Directory.Exists(targetPath)) { dead.Add($"{target}: no file {file}"); continue; }
            if (fragment is not null && targetPath.EndsWith(".md", StringComparison.Ordinal) && !Anchors(targetPath).Contains(fragment))
                dead.Add($"{target}: no heading with the anchor #{fragment} in {Path.GetFileName(targetPath)}");
        }
        Assert.True(dead.Count == 0, $"{guide}: {string.Join("; ", dead)}");
    }

    [Theory]
    [InlineData("How much training results move", "how-much-training-results-move")]
    [InlineData("The Inception module (3a)", "the-inception-module-3a")]
    [InlineData("`cnn bench`: speed against PyTorch", "cnn-bench-speed-against-pytorch")]
    public void Anchors_follow_githubs_rule(string heading, string anchor) => Assert.Equal(anchor, Anchor(heading));

    /// <summary>The anchors of a file's headings, numbered "-1", "-2" ... after the first when a heading repeats.</summary>
    static HashSet<string> Anchors(string markdownPath)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(WithoutCode(File.ReadAllText(markdownPath))))
        {
            var anchor = Anchor(heading.Groups["text"].Value);
            var unique = anchor;
            for (int n = 1; !anchors.Add(unique); n++) unique = $"{anchor}-{n}";
        }
        return anchors;
    }

    /// <summary>GitHub's rule: lower case, drop what is not a letter, digit, space, hyphen or underscore, spaces become hyphens.</summary>
    static string Anchor(string heading) =>
        NotAnchor().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    static string WithoutCode(string markdown) => FencedCode().Replace(markdown, "");

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")] private static partial Regex Link();
    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$", RegexOptions.Multiline)] private static partial Regex Heading();
    [GeneratedRegex(@"[^\p{L}\p{Nd}\s_-]")] private static partial Regex NotAnchor();
    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)] private static partial Regex FencedCode();
}

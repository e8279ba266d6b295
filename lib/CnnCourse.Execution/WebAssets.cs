using System.Text;
using System.Text.RegularExpressions;

namespace CnnCourse.Execution;

/// <summary>
/// The browser libraries that exported pages and slide decks embed, read from the npm packages that
/// environment/setup.sh installs (pinned in environment/npm/package-lock.json) into environment/.tools/npm:
/// KaTeX 0.19.1 (typesets the notebooks' formulas) and reveal.js 6.0.2 (the slide decks). Everything is inlined
/// into the page, fonts included as data URIs, so a page makes no request of its own.
/// </summary>
public static partial class WebAssets
{
    /// <summary>environment/.tools/npm/node_modules under the course folder.</summary>
    public static string PackagesFolder => Path.Combine(CoursePaths.Root, "environment", ".tools", "npm", "node_modules");

    static string KatexDist => Path.Combine(PackagesFolder, "katex", "dist");
    static string RevealDist => Path.Combine(PackagesFolder, "reveal.js", "dist");

    /// <summary>True when KaTeX is installed (environment/setup.sh does it).</summary>
    public static bool HasKatex => File.Exists(Path.Combine(KatexDist, "katex.min.js"));

    static readonly Lazy<string> mathHead = new(BuildMathHead);
    static readonly Lazy<string> revealHead = new(BuildRevealHead);
    static readonly Lazy<string> revealScripts = new(BuildRevealScripts);

    /// <summary>
    /// Style and scripts that typeset every <c>.math</c> element (what Markdig's math extension writes for
    /// <c>$...$</c> and <c>$$...$$</c>) when the page loads; a <see cref="FileNotFoundException"/> when KaTeX is not installed.
    /// </summary>
    public static string MathHead() => mathHead.Value;

    /// <summary>reveal.js's style and the white theme (its fonts are data URIs already).</summary>
    public static string RevealHead() => revealHead.Value;

    /// <summary>reveal.js and its speaker-notes plugin, as globals (Reveal, RevealNotes).</summary>
    public static string RevealScripts() => revealScripts.Value;

    /// <summary>Reads everything a deck embeds now: a <see cref="FileNotFoundException"/> with what to do when a package is missing.</summary>
    public static void CheckDecks()
    {
        _ = RevealHead();
        _ = RevealScripts();
        _ = MathHead();
    }

    /// <summary>Not installed: the one-line reason and what to do.</summary>
    static string Require(string path, string package)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: {package} is not installed (expected the npm package pinned in environment/npm/package-lock.json; run `bash environment/setup.sh`)");
        return File.ReadAllText(path);
    }

    /// <summary>
    /// The script of a UMD bundle, run with define/module/exports hidden so it always becomes a global: a page that also
    /// holds require.js (Jupyter's classic notebook does) would otherwise swallow it as an anonymous module.
    /// </summary>
    static string GlobalScript(string comment, string code) =>
        $"<script>/* {comment}, embedded for offline use */\n(function(define, module, exports) {{\n{code}\n}}).call(window);\n</script>\n";

    static string BuildMathHead()
    {
        var css = InlineKatexFonts(Require(Path.Combine(KatexDist, "katex.min.css"), "KaTeX"));
        var js = Require(Path.Combine(KatexDist, "katex.min.js"), "KaTeX");
        var name = $"KaTeX {Version("katex")} (MIT)";
        return $"<style>/* {name} */\n{css}\n</style>\n" + GlobalScript(name, js) + "<script>\n" + TypesetScript + "\n</script>\n";
    }

    /// <summary>
    /// Markdig keeps each formula's TeX as the text of a <c>span.math</c> (inline, <c>\(...\)</c>; <c>span.math.display</c> for
    /// <c>$$...$$</c> within a line) or <c>div.math</c> (display, <c>\[...\]</c>); this typesets them in place. It does not
    /// scan the rest of the page, so a <c>$</c> in code or in an output is never taken for math. A formula KaTeX cannot parse is shown in red with KaTeX's reason (throwOnError: false).
    /// </summary>
    const string TypesetScript = """
        (function () {
          function typeset(root) {
            if (!window.katex) return;
            root.querySelectorAll('.math').forEach(function (el) {
              if (el.getAttribute('data-typeset')) return;
              var tex = el.textContent.trim(), display = el.tagName === 'DIV' || el.classList.contains('display');
              if (tex.indexOf('\\(') === 0 && tex.slice(-2) === '\\)') tex = tex.slice(2, -2);
              else if (tex.indexOf('\\[') === 0 && tex.slice(-2) === '\\]') { tex = tex.slice(2, -2); display = true; }
              katex.render(tex, el, { displayMode: display, throwOnError: false });
              el.setAttribute('data-typeset', '1');
            });
          }
          window.cnnTypeset = typeset;
          if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { typeset(document); });
          else typeset(document);
        })();
        """;

    /// <summary>
    /// KaTeX's stylesheet names each font three times (woff2, woff, ttf) by a path next to the CSS file. Every browser
    /// that runs KaTeX reads woff2, so only that one is inlined; a font file that is missing loses its @font-face rule
    /// (the browser then draws that alphabet in a local font: a plainer look, no broken request).
    /// </summary>
    static string InlineKatexFonts(string css)
    {
        var inlined = FontFace().Replace(css, face =>
        {
            var woff2 = Woff2Url().Match(face.Value);
            if (!woff2.Success) return "";
            var file = Path.Combine(KatexDist, woff2.Groups["file"].Value);
            if (!File.Exists(file)) return "";
            var data = "url(data:font/woff2;base64," + Convert.ToBase64String(File.ReadAllBytes(file)) + ") format(\"woff2\")";
            return SourceList().Replace(face.Value, "src:" + data);
        });
        if (inlined.Contains("url(fonts/", StringComparison.Ordinal))
            throw new InvalidDataException("katex.min.css: a font reference was left after inlining; the installed KaTeX may not be the version pinned in environment/npm/package-lock.json");
        return inlined;
    }

    static string BuildRevealHead()
    {
        var css = Require(Path.Combine(RevealDist, "reveal.css"), "reveal.js");
        var theme = Require(Path.Combine(RevealDist, "theme", "white.css"), "reveal.js");
        if (ExternalUrl().IsMatch(css + theme))
            throw new InvalidDataException("reveal.js's stylesheets name a file outside the page; the installed reveal.js may not be the version pinned in environment/npm/package-lock.json");
        return $"<style>/* reveal.js {Version("reveal.js")} (MIT) */\n{css}\n</style>\n<style>/* reveal.js theme white */\n{theme}\n</style>\n";
    }

    static string BuildRevealScripts()
    {
        var sb = new StringBuilder();
        var version = Version("reveal.js");
        sb.Append(GlobalScript($"reveal.js {version} (MIT)", Require(Path.Combine(RevealDist, "reveal.js"), "reveal.js")));
        sb.Append(GlobalScript($"reveal.js {version} speaker notes plugin (MIT)", Require(Path.Combine(RevealDist, "plugin", "notes.js"), "reveal.js")));
        return sb.ToString();
    }

    /// <summary>The installed version of an npm package, as its package.json states it.</summary>
    public static string Version(string package)
    {
        var path = Path.Combine(PackagesFolder, package, "package.json");
        return System.Text.Json.Nodes.JsonNode.Parse(Require(path, package))?["version"]?.GetValue<string>()
            ?? throw new InvalidDataException($"{path}: no \"version\"");
    }

    [GeneratedRegex(@"@font-face\{[^}]*\}")]
    private static partial Regex FontFace();

    [GeneratedRegex(@"url\((?<file>fonts/[^)]+\.woff2)\)")]
    private static partial Regex Woff2Url();

    [GeneratedRegex(@"src:[^;}]*")]
    private static partial Regex SourceList();

    /// <summary>A url() that is not a data URI, or an @import: either would make the page ask for a file.</summary>
    [GeneratedRegex(@"url\((?!\s*['""]?data:)|@import")]
    private static partial Regex ExternalUrl();
}

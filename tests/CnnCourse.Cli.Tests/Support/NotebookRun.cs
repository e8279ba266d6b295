using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CnnCourse.Tests.Support;

/// <summary>
/// A notebook executed once for a whole test class (its class fixture) with `cnn run`, headless, in a temporary
/// output folder. <see cref="Results"/> holds the values of the notebook's variables after its cells ran (and anything
/// it recorded with NotebookResults.Record); <see cref="Get"/> reads one by path. A failing run fails every test of the class.
/// </summary>
public abstract partial class NotebookRun : IDisposable
{
    public TempDirectory Output { get; } = new();
    public JsonObject Results { get; }

    /// <param name="environment">Variables for the child process, given the output folder (null removes a variable).</param>
    protected NotebookRun(string notebook, TimeSpan timeout, Func<TempDirectory, IDictionary<string, string?>>? environment = null)
    {
        Deck = Output.File("slides/" + Path.ChangeExtension(notebook, ".html"));   // cnn run --out DIR puts decks in DIR/slides
        Results = CnnTool.RunNotebook(notebook, Output.Path, timeout, environment?.Invoke(Output));
    }

    /// <summary>The slide deck the run wrote.</summary>
    public string Deck { get; }

    /// <summary>
    /// Steps through every slide of the run's deck at 1280x720 (<see cref="DeckFit"/>): fails on a slide whose content
    /// reaches past the screen, a median slide of more than 60 words, or fewer than half the slides with speaker notes.
    /// </summary>
    public async Task<DeckFit.Deck> CheckDeckAsync(params string[] screenshots)
    {
        var deck = await DeckFit.MeasureAsync(Deck, 1280, 720, screenshots);
        DeckFit.AssertFits(deck);
        DeckFit.AssertReadable(deck);
        return deck;
    }

    /// <summary>
    /// The value at <paramref name="path"/>: a variable, then properties and indices, e.g. "summary.TotalParameters",
    /// "history[-1].ValidationAccuracy" (negative indices count from the end). A missing step fails with what is there instead.
    /// </summary>
    public JsonNode Get(string path)
    {
        JsonNode? node = Results;
        var walked = "";
        foreach (Match step in Step().Matches(path))
        {
            if (step.Groups["name"].Success)
            {
                var name = step.Groups["name"].Value;
                var obj = node as JsonObject;
                Assert.True(obj is not null && obj.ContainsKey(name),
                    $"{path}: no '{name}' in {(walked.Length == 0 ? "the notebook's results" : walked)}; there: {string.Join(", ", obj?.Select(p => p.Key) ?? [])}");
                node = obj![name];
                walked += (walked.Length == 0 ? "" : ".") + name;
            }
            else
            {
                var array = node as JsonArray;
                int index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                Assert.True(array is not null && Math.Abs(index) <= array.Count - (index >= 0 ? 1 : 0), $"{path}: {walked} has no item {index}");
                node = array![index >= 0 ? index : array.Count + index];
                walked += $"[{index}]";
            }
        }
        Assert.True(node is not null, $"{path} is null");
        return node!;
    }

    public double Number(string path) => ToDouble(Get(path));
    public long Whole(string path) => Get(path).GetValue<long>();
    public bool Flag(string path) => Get(path).GetValue<bool>();
    public string Text(string path) => Get(path).GetValue<string>();
    public double[] Numbers(string path) => Get(path).AsArray().Select(n => ToDouble(n!)).ToArray();

    /// <summary>A number; NaN and ±Infinity arrive as the strings "NaN", "Infinity", "-Infinity".</summary>
    static double ToDouble(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : node.GetValue<double>();
    public long[] Wholes(string path) => Get(path).AsArray().Select(n => n!.GetValue<long>()).ToArray();
    public string[] Texts(string path) => Get(path).AsArray().Select(n => n!.GetValue<string>()).ToArray();

    [GeneratedRegex(@"(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>-?\d+)\]")]
    private static partial Regex Step();

    public void Dispose() => Output.Dispose();
}

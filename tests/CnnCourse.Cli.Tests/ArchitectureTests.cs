using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CnnCourse.Tests;

/// <summary>
/// The layers depend one way (README, "Layers"): CnnCourse &lt;- CnnCourse.Notebooks; CnnCourse &lt;- CnnCourse.Execution
/// &lt;- CnnCourse.Assignments; the `cnn` command on top. Checked on the project files, on the compiled assemblies, and on
/// every name the sources use, so that no namespace of the course depends on another in a circle.
/// </summary>
[Trait("Category", "unit")]
public class ArchitectureTests
{
    /// <summary>Each project and the course projects it may reference.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["CnnCourse"] = [],
        ["CnnCourse.Notebooks"] = ["CnnCourse"],
        ["CnnCourse.Execution"] = ["CnnCourse"],
        ["CnnCourse.Assignments"] = ["CnnCourse", "CnnCourse.Execution"],
        ["CnnCourse.Cli"] = ["CnnCourse", "CnnCourse.Notebooks", "CnnCourse.Execution", "CnnCourse.Assignments"],
    };

    /// <summary>Packages the core must never reference: the notebook engine and the charts.</summary>
    static readonly string[] notInCore = ["Microsoft.DotNet.Interactive", "Plotly.NET", "FSharp.Core"];

    static string Lib => Path.Combine(CoursePaths.Root, "lib");

    [Fact]
    public void Every_project_under_lib_has_a_place_in_the_layers()
    {
        var projects = Directory.GetDirectories(Lib).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any()).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Allowed.Keys.Order(), projects);
    }

    [Fact]
    public void Project_references_follow_the_layers()
    {
        var wrong = new List<string>();
        foreach (var (project, allowed) in Allowed)
        {
            var file = XDocument.Load(Path.Combine(Lib, project, project + ".csproj"));
            foreach (var include in file.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                var target = Path.GetFileNameWithoutExtension(include);
                if (!allowed.Contains(target)) wrong.Add($"{project} references {target}");
            }
            if (project == "CnnCourse")
                foreach (var package in file.Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!))
                    if (notInCore.Any(n => package.StartsWith(n, StringComparison.Ordinal))) wrong.Add($"CnnCourse references the package {package}");
        }
        Assert.True(wrong.Count == 0, "against the layers: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Compiled_assemblies_follow_the_layers()
    {
        var wrong = new List<string>();
        foreach (var (project, allowed) in Allowed)
        {
            var file = Path.Combine(AppContext.BaseDirectory, (project == "CnnCourse.Cli" ? "cnn" : project) + ".dll");
            foreach (var reference in Assembly.LoadFrom(file).GetReferencedAssemblies().Select(r => r.Name!))
            {
                if (reference.StartsWith("CnnCourse", StringComparison.Ordinal) && !allowed.Contains(reference)) wrong.Add($"{project}.dll uses {reference}.dll");
                if (project == "CnnCourse" && notInCore.Any(n => reference.StartsWith(n, StringComparison.Ordinal))) wrong.Add($"CnnCourse.dll uses {reference}.dll");
            }
        }
        Assert.True(wrong.Count == 0, "against the layers: " + string.Join("; ", wrong));
    }

    [Fact]
    public void No_two_namespaces_of_the_course_depend_on_each_other_in_a_circle()
    {
        var graph = NamespaceGraph();
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, $"namespaces in a circle: {string.Join(" -> ", cycle ?? [])}\n{Explain(graph, cycle)}");
    }

    [Fact]
    public void The_cycle_finder_finds_a_circle()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>
        {
            ["A"] = new() { ["B"] = "a.cs" },
            ["B"] = new() { ["C"] = "b.cs" },
            ["C"] = new() { ["A"] = "c.cs" },
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    /// <summary>
    /// For every namespace of the course, the other course namespaces whose types or members its code names (with
    /// one file where it happens), found by compiling each project's sources and asking the semantic model.
    /// </summary>
    static Dictionary<string, Dictionary<string, string>> NamespaceGraph()
    {
        var references = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Concat(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
            .Where(IsManagedAssembly)
            .GroupBy(Path.GetFileName).Select(g => g.First())
            .Where(p => !Path.GetFileName(p).StartsWith("CnnCourse", StringComparison.Ordinal) && Path.GetFileName(p) != "cnn.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();

        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var graph = new Dictionary<string, Dictionary<string, string>>();
        var compiled = new List<MetadataReference>();
        foreach (var project in Allowed.Keys)   // in layer order, so each project compiles against those below it
        {
            var folder = Path.Combine(Lib, project);
            var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToList();
            var globalUsings = CSharpSyntaxTree.ParseText(
                "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; " +
                "global using System.Threading; global using System.Threading.Tasks; global using System.Net.Http;", parse);
            var compilation = CSharpCompilation.Create(project, [.. trees, globalUsings], [.. references, .. compiled],
                new CSharpCompilationOptions(project == "CnnCourse.Cli" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            // Source generators do not run here: their partial methods stay without a body (CS8795), which changes no name.
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").Take(5).ToList();
            Assert.True(errors.Count == 0, $"{project} does not compile alone against the layers below it: {string.Join("; ", errors)}");

            foreach (var tree in trees)
            {
                var model = compilation.GetSemanticModel(tree);
                var root = tree.GetRoot();
                foreach (var declared in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
                {
                    var from = declared.Name.ToString();
                    var edges = graph.TryGetValue(from, out var e) ? e : graph[from] = [];
                    foreach (var name in declared.DescendantNodes().OfType<SimpleNameSyntax>())
                    {
                        var symbol = model.GetSymbolInfo(name).Symbol;
                        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                        var to = type?.ContainingNamespace?.ToDisplayString();
                        if (to is null || to == from || !(to == "CnnCourse" || to.StartsWith("CnnCourse.", StringComparison.Ordinal))) continue;
                        edges.TryAdd(to, $"{Path.GetRelativePath(CoursePaths.Root, tree.FilePath)} names {type!.Name}");
                    }
                }
            }
            compiled.Add(compilation.ToMetadataReference());
        }
        return graph;
    }

    static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>A path A -> B -> ... -> A through the graph, or null when there is none.</summary>
    public static List<string>? FindCycle(IReadOnlyDictionary<string, Dictionary<string, string>> graph)
    {
        var state = new Dictionary<string, int>();   // 1: on the current path, 2: done
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.TryGetValue(node, out var edges) ? edges.Keys.Order() : Enumerable.Empty<string>())
            {
                if (state.GetValueOrDefault(next) == 1) return [.. path.Skip(path.IndexOf(next)), next];
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in graph.Keys.Order())
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle) return cycle;
        return null;
    }

    static string Explain(Dictionary<string, Dictionary<string, string>> graph, List<string>? cycle) =>
        cycle is null ? "" : string.Join("\n", cycle.Zip(cycle.Skip(1), (a, b) => $"  {a} -> {b}: {graph[a][b]}"));
}

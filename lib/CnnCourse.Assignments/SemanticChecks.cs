using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CnnCourse.Assignments;

/// <summary>
/// Checks a submission on compiled symbols, before it runs. Its cells are compiled the way the C# kernel runs them:
/// one script submission after another (each sees what the cells above it declared), after the course's usings,
/// against the assemblies the grading child loads. Every name in a student's cell is then resolved to the symbol
/// it binds to, so an alias, a <c>using static</c>, a wrapper or a fully qualified name all arrive at the same
/// symbol, and that symbol is judged by the assignment's <see cref="CodePolicy"/>. Unsafe code, pointers,
/// <c>extern</c> methods and <c>dynamic</c> are refused outright, and so is a name that cannot be resolved: what
/// the checker cannot see, it does not allow. In the test cells, every <c>Observe</c> and <c>Check</c> call must
/// bind to the course's own types, not to something a student declared.
/// </summary>
public static class SemanticChecks
{
    static readonly CSharpParseOptions script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>The usings every cell sees: the C# kernel's own, then the ones the course's first cell adds.</summary>
    public static readonly IReadOnlyList<string> Usings =
    [
        "using System;", "using System.Collections.Generic;", "using System.Linq;", "using System.Text;", "using System.Threading.Tasks;",
        .. CnnCourse.NotebookImports.Usings,
    ];

    static readonly Lazy<ImmutableArray<MetadataReference>> references = new(LoadReferences);

    static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The grading child is this program: the assemblies this process may load are the ones a cell can reach.
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(File.Exists)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal).Select(g => g.First());
        var list = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in paths)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
                if (!pe.HasMetadata) continue;   // native libraries
            }
            catch (BadImageFormatException) { continue; }
            list.Add(MetadataReference.CreateFromFile(path));
        }
        return list.ToImmutable();
    }

    // Two checks compiling at once on a cold start sometimes bound a test's calls to nothing (seen with the grader's
    // jobs and in SemanticChecksTests): the checks take turns. Each takes a fraction of a second once Roslyn is warm.
    static readonly object oneAtATime = new();

    /// <summary>For each test cell (by plan index) the reasons it cannot count; tests without violations are absent.</summary>
    public static Dictionary<int, string> Find(IReadOnlyList<PlannedCell> cells, CodePolicy policy)
    {
        lock (oneAtATime) return FindAlone(cells, policy);
    }

    static Dictionary<int, string> FindAlone(IReadOnlyList<PlannedCell> cells, CodePolicy policy)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false,
            metadataImportOptions: MetadataImportOptions.Public);
        var compilation = CSharpCompilation.CreateScriptCompilation("usings", CSharpSyntaxTree.ParseText(string.Join("\n", Usings), script),
            references.Value, options);
        var studentReasons = new Dictionary<int, List<string>>();
        var violations = new Dictionary<int, string>();
        for (int i = 0; i < cells.Count; i++)
        {
            var tree = CSharpSyntaxTree.ParseText(Compilable(cells[i].Code), script);
            var cell = CSharpCompilation.CreateScriptCompilation($"cell{i}", tree, references.Value, options, previousScriptCompilation: compilation);
            var model = cell.GetSemanticModel(tree);
            // The kernel keeps a cell's declarations only when the cell compiles; the cells after a broken one see what came before it.
            if (!cell.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) compilation = cell;
            if (cells[i].Role == CellRole.Student)
            {
                var reasons = StudentCell(model, tree, policy).Select(r => $"cell {cells[i].NotebookCell} {r}").ToList();
                if (reasons.Count > 0) studentReasons[i] = reasons;
            }
            else
            {
                var reasons = new List<string>();
                // A student's cell above this test that uses what the assignment does not allow takes the test's points.
                foreach (var (s, found) in studentReasons) reasons.AddRange(found);
                reasons.AddRange(TestCell(model, tree));
                if (reasons.Count > 0) violations[i] = string.Join("; ", reasons.Distinct().Take(5)) + (reasons.Distinct().Count() > 5 ? " …" : "");
            }
        }
        return violations;
    }

    /// <summary>The cell as the kernel compiles it: magic commands and #r directives are the kernel's, not C#.</summary>
    static string Compilable(string code) =>
        string.Join("\n", ScriptNames.Lines(code).Select(l => l.TrimStart() is var t && (t.StartsWith("#!") || t.StartsWith("#r")) ? "" : l));

    static IEnumerable<string> StudentCell(SemanticModel model, SyntaxTree tree, CodePolicy policy)
    {
        var root = tree.GetCompilationUnitRoot();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            string Line() => $"line {node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
            switch (node)
            {
                case UnsafeStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax or FixedStatementSyntax or StackAllocArrayCreationExpressionSyntax:
                    yield return $"{Line()}: unsafe code and pointers are not allowed in graded work";
                    continue;
                case MemberDeclarationSyntax member when member.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                case LocalFunctionStatementSyntax function when function.Modifiers.Any(m => m.IsKind(SyntaxKind.ExternKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword)):
                    yield return $"{Line()}: `extern` and `unsafe` declarations are not allowed in graded work";
                    continue;
            }
            // Names, and the constructors `new` calls (an attribute's constructor is judged through its name).
            if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax)) continue;
            if (node is SimpleNameSyntax name && Ignorable(name, model)) continue;
            var info = model.GetSymbolInfo(node);
            var symbols = info.Symbol is { } one ? [one] : info.CandidateSymbols;
            if (symbols.IsEmpty)
            {
                // A name nothing binds to is refused: what the checker cannot resolve, it cannot judge.
                if (node is SimpleNameSyntax unresolved && model.GetTypeInfo(node).Type is not { TypeKind: not TypeKind.Error })
                    yield return $"{Line()}: `{unresolved.Identifier.ValueText}` does not compile here, so it cannot be checked";
                continue;
            }
            foreach (var symbol in symbols)
                if (Judge(symbol, policy) is { } refusal && reported.Add(refusal.Name))   // each symbol once, where it is first used
                    yield return $"{Line()}: `{Shown(node)}` is `{refusal.Name}`: {refusal.Why}";
        }
    }

    /// <summary>Names that bind to nothing a policy needs to judge: `nameof`, `var`'s keyword use, named arguments.</summary>
    static bool Ignorable(SimpleNameSyntax name, SemanticModel model) =>
        name.Identifier.ValueText == "nameof" && name.Parent is InvocationExpressionSyntax ||
        name.Parent is NameColonSyntax or NameEqualsSyntax ||
        name.IsVar && model.GetTypeInfo(name).Type is { } t && t.TypeKind != TypeKind.Dynamic;

    static (string Name, string Why)? Judge(ISymbol symbol, CodePolicy policy)
    {
        switch (symbol)
        {
            case ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol or ITypeParameterSymbol or INamespaceSymbol or IPreprocessingSymbol:
                return null;
            case IAliasSymbol alias:
                return Judge(alias.Target, policy);
            case IDynamicTypeSymbol:
                return ("dynamic", "late binding is not allowed in graded work");
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return (symbol.ToDisplayString(), "pointers are not allowed in graded work");
            case IArrayTypeSymbol array:
                return Judge(array.ElementType, policy);
        }
        if (symbol is IMethodSymbol { ReducedFrom: { } extension }) symbol = extension;
        symbol = symbol.OriginalDefinition;
        // What the submission declares itself is judged by what its own code uses, line by line.
        if (symbol.Locations.Any(l => l.IsInSource)) return null;
        if (symbol is INamedTypeSymbol { IsAnonymousType: true } or INamedTypeSymbol { IsTupleType: true }) return null;
        var name = QualifiedName(symbol);
        return (symbol is INamedTypeSymbol ? policy.TypeRefusal(name) : policy.Refusal(name)) is { } why ? (name, why) : null;
    }

    /// <summary>A type as Namespace.Outer.Inner (no generic arguments); a member as its type's name, a dot and its own name (constructors: ctor).</summary>
    public static string QualifiedName(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => TypeName(type),
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } ctor => TypeName(ctor.ContainingType) + ".ctor",
        _ when symbol.ContainingType is { } owner => TypeName(owner) + "." + symbol.Name,
        _ => symbol.ToDisplayString(),
    };

    static string TypeName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? TypeName(outer) + "." + type.Name
        : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.Name
        : type.Name;

    static string Shown(SyntaxNode node)
    {
        var text = node is ObjectCreationExpressionSyntax creation ? "new " + creation.Type : node.ToString();
        text = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    /// <summary>A test's calls to Observe and Check must reach the course's types: a student's type of the same name, however imported, does not count.</summary>
    static IEnumerable<string> TestCell(SemanticModel model, SyntaxTree tree)
    {
        foreach (var invocation in tree.GetCompilationUnitRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var called = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Expression.ToString().Split('.')[^1],
                _ => null,
            };
            if (called is not ("Observe" or "Check")) continue;
            var symbol = model.GetSymbolInfo(invocation).Symbol;
            var owner = symbol?.ContainingType is { } type ? TypeName(type) : null;
            if (owner != $"CnnCourse.Grading.{called}" || symbol!.Locations.Any(l => l.IsInSource))
                yield return $"the test's `{invocation.Expression}` does not reach the course's {called} (it binds to {(symbol is null ? "nothing" : QualifiedName(symbol))})";
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CnnCourse.Assignments;

/// <summary>
/// The names a C# script cell declares at its top level (where later cells can see them) and the names it
/// uses, read from its syntax alone. The grader compares these across cells to find student code that
/// shadows what a test relies on.
/// </summary>
public sealed class ScriptNames
{
    static readonly CSharpParseOptions script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Types, methods, properties, fields, variables and local functions declared at the top level.</summary>
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>Types declared at the top level, with the names of their members (what `using static` would import).</summary>
    public Dictionary<string, HashSet<string>> TypeMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>`using X = ...;` directives: alias name to the directive's text.</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>`using static T;` directives: the directive's text and T's last identifier.</summary>
    public List<(string Directive, string Target)> UsingStatics { get; } = [];

    /// <summary>Every simple name the code refers to (identifiers and generic names, member names included).</summary>
    public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Names the code refers to that resolve at the script's top level: not a member after a dot, not a named
    /// argument, and not bound by an enclosing parameter, local, loop or pattern variable.
    /// </summary>
    public HashSet<string> FreeReferences { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Directives that bring in code from a file (`#load`, `#!import`, `#r` of a local assembly other than the
    /// course's library), as written; a graded notebook may not use them, because the static checks cannot see
    /// what the file holds.
    /// </summary>
    public List<string> FileDirectives { get; } = [];

    /// <summary>Every line terminator the C# kernel and Roslyn accept: CR LF, LF, a lone CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.</summary>
    static readonly string[] lineTerminators = ["\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"];

    /// <summary>A cell's lines as the kernel splits them.</summary>
    public static string[] Lines(string code) => code.Split(lineTerminators, StringSplitOptions.None);

    public static ScriptNames Of(string code)
    {
        var names = new ScriptNames();
        var lines = Lines(code);
        foreach (var line in lines.Select(l => l.Trim()))
            if (IsFileDirective(line)) names.FileDirectives.Add(line.Length <= 120 ? line : line[..120] + "…");
        // .NET Interactive's magic commands (#!time, #!set ...) are not C#; the kernel strips them before compiling.
        // Lines are split the way the kernel splits them, so a directive ended by a lone CR hides nothing after it.
        var csharp = string.Join("\n", lines.Select(l => l.TrimStart().StartsWith("#!") ? "" : l));
        var root = CSharpSyntaxTree.ParseText(csharp, script).GetCompilationUnitRoot();
        foreach (var directive in root.Usings)
        {
            var text = Normalize(directive.ToString());
            if (directive.Alias is { } alias) names.Aliases[alias.Name.Identifier.ValueText] = text;
            else if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && directive.NamespaceOrType is { } target)
                names.UsingStatics.Add((text, LastIdentifier(target)));
        }
        foreach (var member in root.Members) names.AddTopLevel(member);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case IdentifierNameSyntax identifier:
                    names.Referenced.Add(identifier.Identifier.ValueText);
                    if (IsFree(identifier)) names.FreeReferences.Add(identifier.Identifier.ValueText);
                    break;
                case GenericNameSyntax generic:
                    names.Referenced.Add(generic.Identifier.ValueText);
                    if (IsFree(generic)) names.FreeReferences.Add(generic.Identifier.ValueText);
                    break;
            }
        }
        return names;
    }

    void AddTopLevel(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local }:
                foreach (var variable in local.Declaration.Variables) Declared.Add(variable.Identifier.ValueText);
                break;
            case GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function }:
                Declared.Add(function.Identifier.ValueText);
                break;
            case GlobalStatementSyntax { Statement: ExpressionStatementSyntax expression }:
                // var (a, b) = ...; and out var x at the top level declare script variables too.
                foreach (var designation in expression.DescendantNodes().OfType<SingleVariableDesignationSyntax>())
                    if (!designation.Ancestors().Any(a => a is LambdaExpressionSyntax or AnonymousMethodExpressionSyntax))
                        Declared.Add(designation.Identifier.ValueText);
                break;
            case MethodDeclarationSyntax method: Declared.Add(method.Identifier.ValueText); break;
            case PropertyDeclarationSyntax property: Declared.Add(property.Identifier.ValueText); break;
            case EventDeclarationSyntax @event: Declared.Add(@event.Identifier.ValueText); break;
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables) Declared.Add(variable.Identifier.ValueText);
                break;
            case DelegateDeclarationSyntax @delegate: Declared.Add(@delegate.Identifier.ValueText); break;
            case BaseTypeDeclarationSyntax type:
                Declared.Add(type.Identifier.ValueText);
                AddTypeMembers(type);
                break;
            case BaseNamespaceDeclarationSyntax ns:
                Declared.Add(LastIdentifier(ns.Name));
                break;
        }
    }

    // Types nested at any depth too: `using static Outer.Inner;` imports Inner's members, wherever Inner is declared.
    void AddTypeMembers(BaseTypeDeclarationSyntax type)
    {
        var name = type.Identifier.ValueText;
        if (TypeMembers.TryGetValue(name, out var known)) known.UnionWith(MemberNames(type));
        else TypeMembers[name] = MemberNames(type);
        if (type is TypeDeclarationSyntax declaration)
            foreach (var nested in declaration.Members.OfType<BaseTypeDeclarationSyntax>()) AddTypeMembers(nested);
    }

    static bool IsFileDirective(string line)
    {
        if (line.StartsWith("#load", StringComparison.Ordinal) || line.StartsWith("#!import", StringComparison.Ordinal)) return true;
        if (!line.StartsWith("#r", StringComparison.Ordinal) || line.Length > 2 && !char.IsWhiteSpace(line[2]) && line[2] != '"') return false;
        var target = line[2..].Trim().Trim('"');
        // Packages come from the offline cache; the course's library is re-pointed to the grader's own build.
        if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase)) return false;
        var file = target.Replace('\\', '/').Split('/')[^1];
        return file is not ("CnnCourse.dll" or "CnnCourse.Notebooks.dll");
    }

    static bool IsFree(SimpleNameSyntax identifier)
    {
        var name = identifier.Identifier.ValueText;
        switch (identifier.Parent)
        {
            case MemberAccessExpressionSyntax access when access.Name == identifier: return false;
            case MemberBindingExpressionSyntax: return false;
            case NameColonSyntax or NameEqualsSyntax: return false;
            case QualifiedNameSyntax qualified when qualified.Right == identifier: return false;
        }
        foreach (var scope in identifier.Ancestors())
        {
            bool bound = scope switch
            {
                BaseMethodDeclarationSyntax method => method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                LocalFunctionStatementSyntax function => function.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                SimpleLambdaExpressionSyntax lambda => lambda.Parameter.Identifier.ValueText == name,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name),
                AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList?.Parameters.Any(p => p.Identifier.ValueText == name) == true,
                AccessorDeclarationSyntax when name == "value" => true,
                BlockSyntax block => DeclaresLocally(block.Statements, name),
                SwitchSectionSyntax section => DeclaresLocally(section.Statements, name),
                ForStatementSyntax loop => loop.Declaration?.Variables.Any(v => v.Identifier.ValueText == name) == true,
                CommonForEachStatementSyntax loop => loop is ForEachStatementSyntax each ? each.Identifier.ValueText == name : Designates(loop, name),
                UsingStatementSyntax @using => @using.Declaration?.Variables.Any(v => v.Identifier.ValueText == name) == true,
                FixedStatementSyntax @fixed => @fixed.Declaration.Variables.Any(v => v.Identifier.ValueText == name),
                CatchClauseSyntax @catch => @catch.Declaration?.Identifier.ValueText == name,
                _ => false,
            };
            if (bound) return false;
            if (scope is GlobalStatementSyntax or MemberDeclarationSyntax && scope.Parent is CompilationUnitSyntax) break;
        }
        return true;
    }

    // Locals of a block: declarations, local functions, and pattern or out variables in its statements (not in nested lambdas).
    static bool DeclaresLocally(SyntaxList<StatementSyntax> statements, string name) =>
        statements.Any(s => s switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration.Variables.Any(v => v.Identifier.ValueText == name) || Designates(local, name),
            LocalFunctionStatementSyntax function => function.Identifier.ValueText == name,
            _ => Designates(s, name, shallow: true),
        });

    static bool Designates(SyntaxNode node, string name, bool shallow = false) =>
        node.DescendantNodes(n => !shallow || n is not (BlockSyntax or LambdaExpressionSyntax or AnonymousMethodExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<SingleVariableDesignationSyntax>().Any(d => d.Identifier.ValueText == name);

    static HashSet<string> MemberNames(BaseTypeDeclarationSyntax type)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        if (type is EnumDeclarationSyntax e) { foreach (var m in e.Members) members.Add(m.Identifier.ValueText); return members; }
        if (type is not TypeDeclarationSyntax declaration) return members;
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax m: members.Add(m.Identifier.ValueText); break;
                case PropertyDeclarationSyntax p: members.Add(p.Identifier.ValueText); break;
                case BaseFieldDeclarationSyntax f: foreach (var v in f.Declaration.Variables) members.Add(v.Identifier.ValueText); break;
                case BaseTypeDeclarationSyntax t: members.Add(t.Identifier.ValueText); break;
                case DelegateDeclarationSyntax d: members.Add(d.Identifier.ValueText); break;
                case EventDeclarationSyntax ev: members.Add(ev.Identifier.ValueText); break;
            }
        }
        return members;
    }

    static string LastIdentifier(NameSyntax name) => name switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => name.ToString(),
    };

    static string LastIdentifier(TypeSyntax type) => type is NameSyntax name ? LastIdentifier(name) : type.ToString();

    static string Normalize(string directive) => string.Join(" ", directive.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ;", ";");
}

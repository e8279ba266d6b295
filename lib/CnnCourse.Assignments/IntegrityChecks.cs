namespace CnnCourse.Assignments;

/// <summary>
/// Static checks of a submission before it runs, per test cell: student code above the test must not
/// (1) declare a name the test uses unless the instructor's own answer declares it too (a fake `Check`,
/// a `randn` of its own), (2) re-point a `using` alias the test uses, (3) import a type of its own with
/// `using static` that supplies such a name, (4) touch a variable the test cells declare, or (5) use a
/// name the test forbids (e.g. `conv2d` where the task is to write convolution from loops; an entry ending or
/// starting with `*` forbids a family, e.g. `conv_transpose*`), or (6) load code from a file (`#load`,
/// `#!import`, `#r` of a local assembly), which the checks cannot read. A violation
/// scores the test zero with the reason. These are checks of the syntax: code that reaches the same ends
/// through reflection is not caught (docs/assignments.md, "Isolation: what is and is not guaranteed").
/// </summary>
public static class IntegrityChecks
{
    /// <summary>For each test cell (by plan index) the reasons it cannot count; tests without violations are absent.</summary>
    public static Dictionary<int, string> Find(IReadOnlyList<PlannedCell> cells, AssignmentSource source)
    {
        var instructor = source.AnswerCode.Select(ScriptNames.Of).ToList();
        var allowedDeclarations = instructor.SelectMany(n => n.Declared).ToHashSet(StringComparer.Ordinal);
        var allowedDirectives = instructor.SelectMany(n => n.Aliases.Values.Concat(n.UsingStatics.Select(u => u.Directive))).ToHashSet(StringComparer.Ordinal);
        var testOwned = source.Tests.SelectMany(t => ScriptNames.Of(t.GradedCode).Declared).ToHashSet(StringComparer.Ordinal);

        var names = cells.Select(c => ScriptNames.Of(c.Code)).ToList();
        var violations = new Dictionary<int, string>();
        for (int t = 0; t < cells.Count; t++)
        {
            if (cells[t].Role != CellRole.Test) continue;
            var test = names[t];
            var forbidden = cells[t].Forbidden;
            // Names the test resolves at the top level: locals and members after a dot cannot be shadowed from another cell.
            var uses = test.FreeReferences.Where(n => !test.Declared.Contains(n)).ToHashSet(StringComparer.Ordinal);
            var studentTypes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var reasons = new List<string>();
            for (int s = 0; s < t; s++)
            {
                if (cells[s].Role != CellRole.Student) continue;
                var student = names[s];
                string cell = $"cell {cells[s].NotebookCell}";
                // A test cell between the student's cell and this test that declares the name again hides the student's version.
                int from = s;
                bool Reaches(string name) => uses.Contains(name) &&
                    !Enumerable.Range(from + 1, t - from - 1).Any(u => cells[u].Role == CellRole.Test && names[u].Declared.Contains(name));
                foreach (var (type, members) in student.TypeMembers) studentTypes[type] = members;
                foreach (var name in student.Declared.Where(n => Reaches(n) && !allowedDeclarations.Contains(n)).Order())
                    reasons.Add($"{cell} declares `{name}`, a name this test uses");
                foreach (var (alias, directive) in student.Aliases.Where(a => Reaches(a.Key) && !allowedDirectives.Contains(a.Value)))
                    reasons.Add($"{cell} redefines `{alias}` with `{directive}`, a name this test uses");
                foreach (var (directive, target) in student.UsingStatics.Where(u => !allowedDirectives.Contains(u.Directive)))
                    if (studentTypes.TryGetValue(target, out var members) && members.Any(Reaches))
                        reasons.Add($"{cell} imports `{string.Join("`, `", members.Where(Reaches).Order())}` from its own type with `{directive}`, names this test uses");
                foreach (var name in student.FreeReferences.Where(n => testOwned.Contains(n) && Reaches(n) && !allowedDeclarations.Contains(n)).Order())
                    reasons.Add($"{cell} uses `{name}`, a variable of the test cells");
                foreach (var pattern in forbidden)
                    foreach (var name in student.Referenced.Where(n => Matches(pattern, n)).Order(StringComparer.Ordinal))
                        reasons.Add(pattern == name
                            ? $"{cell} uses `{name}`, which this test forbids (write it yourself)"
                            : $"{cell} uses `{name}`, which this test forbids (`{pattern}`; write it yourself)");
                foreach (var directive in student.FileDirectives)
                    reasons.Add($"{cell} loads code from a file with `{directive}`; graded notebooks must hold all their code in their cells");
            }
            if (reasons.Count > 0) violations[t] = string.Join("; ", reasons.Distinct());
        }
        return violations;
    }

    /// <summary>A forbidden entry: a name, or a family with `*` standing for any run of characters (`conv_transpose*`, `*convolution*`).</summary>
    public static bool Matches(string pattern, string name)
    {
        if (!pattern.Contains('*')) return pattern == name;
        var parts = pattern.Split('*');
        if (!name.StartsWith(parts[0], StringComparison.Ordinal) || !name.EndsWith(parts[^1], StringComparison.Ordinal)) return false;
        int at = parts[0].Length;
        for (int i = 1; i < parts.Length - 1; i++)
        {
            int found = name.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + parts[i].Length;
        }
        return at <= name.Length - parts[^1].Length;
    }
}

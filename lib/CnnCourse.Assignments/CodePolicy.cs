namespace CnnCourse.Assignments;

/// <summary>
/// What a student's code may use, by the compiled symbol it refers to (a type, or a type's member, named with its
/// namespace and containing types: <c>System.Math.Sqrt</c>, <c>TorchSharp.torch.nn.functional.conv2d</c>). Default
/// deny: a symbol is allowed only if a rule allows it. Rules are patterns (<c>*</c> stands for any run of
/// characters, dots included) with <c>+</c> to allow or <c>-</c> to deny; the last rule that matches decides, so an
/// assignment's rules (in the instructor notebook's metadata, <c>cnncourse.code_policy</c>) come after
/// <see cref="Base"/> and can widen or narrow it. <see cref="Never"/> is checked first and no rule overrides it.
/// </summary>
public sealed class CodePolicy
{
    public const string MetadataKey = "code_policy";

    /// <summary>What no assignment allows: ways to run code the checks cannot see, to reach the process, the kernel, the files or the machine.</summary>
    public static readonly IReadOnlyList<string> Never =
    [
        "System.Reflection.*", "System.Type.*", "System.Object.GetType", "System.Activator.*", "System.AppDomain.*", "System.AppContext.*",
        "System.Delegate.DynamicInvoke", "System.Delegate.Method", "System.Delegate.CreateDelegate", "System.MulticastDelegate.*",
        "System.Linq.Expressions.*", "System.Runtime.*", "System.Environment.*", "System.GC.*",
        "System.Diagnostics.Process*", "System.Diagnostics.Debugger*", "System.IO.*", "System.Net.*", "System.Threading.Thread*",
        "System.Console.OpenStandard*", "System.Console.Set*", "System.Console.In", "System.Console.Out", "System.Console.Error", "System.Console.Read*",
        "Microsoft.*", "TorchSharp.torch.jit.*", "TorchSharp.torch.load*", "TorchSharp.torch.save*", "TorchSharp.torch.Tensor.save*",
        "TorchSharp.torch.Tensor.load*", "TorchSharp.torch.Tensor.Handle", "TorchSharp.torch.nn.Module.save*", "TorchSharp.torch.nn.Module.load",
        "TorchSharp.torch.nn.Module.load_py*", "TorchSharp.PInvoke.*", "TorchSharp.torch.utils.tensorboard.*",
        "CnnCourse.Grading.Observe*", "CnnCourse.Assignments.*", "CnnCourse.Execution.*", "CnnCourse.Settings*", "CnnCourse.AtomicFile*",
    ];

    /// <summary>What every assignment allows: the language's everyday types, collections, LINQ, maths, text, tensors and the visible checks.</summary>
    public static readonly IReadOnlyList<string> Base =
    [
        "+System.Object.*", "+System.String.*", "+System.Char.*", "+System.Boolean.*", "+System.Byte.*", "+System.SByte.*", "+System.Int16.*",
        "+System.UInt16.*", "+System.Int32.*", "+System.UInt32.*", "+System.Int64.*", "+System.UInt64.*", "+System.Single.*", "+System.Double.*",
        "+System.Decimal.*", "+System.Half.*", "+System.Void.*", "+System.Math.*", "+System.MathF.*", "+System.Array.*", "+System.Nullable*",
        "+System.Tuple*", "+System.ValueTuple*", "+System.Func*", "+System.Action*", "+System.Predicate*", "+System.Comparison*",
        "+System.Span*", "+System.ReadOnlySpan*", "+System.Index.*", "+System.Range.*", "+System.Random.*", "+System.TimeSpan.*",
        "+System.DateTime.*", "+System.Convert.*", "+System.StringComparison.*", "+System.StringComparer.*", "+System.StringSplitOptions.*",
        "+System.MidpointRounding.*", "+System.IDisposable.*", "+System.IComparable*", "+System.IEquatable*", "+System.IFormattable.*",
        "+System.IFormatProvider.*", "+System.FormattableString.*", "+System.Lazy*", "+System.Enum.*", "+System.*Exception.*",
        "+System.Console.Write*", "+System.Collections.Generic.*", "+System.Collections.IEnumerable.*", "+System.Collections.IEnumerator.*",
        "+System.Linq.Enumerable.*", "+System.Linq.IGrouping*", "+System.Linq.IOrderedEnumerable*", "+System.Linq.ILookup*",
        "+System.Text.StringBuilder.*", "+System.Globalization.CultureInfo.*", "+System.Globalization.NumberStyles.*",
        "+System.Diagnostics.Stopwatch.*", "+System.Threading.Tasks.Task*",
        "+TorchSharp.torch.*", "+TorchSharp.TensorIndex.*", "+TorchSharp.Scalar.*", "+TorchSharp.DisposeScope*", "+TorchSharp.Utils.TensorAccessor*",
        "-TorchSharp.torch.nn.*", "-TorchSharp.torch.optim.*", "-TorchSharp.torch.utils.*",
        "+CnnCourse.Grading.Check.*", "+CnnCourse.Notebooks.Course.*",
    ];

    readonly IReadOnlyList<string> rules;

    public CodePolicy(IEnumerable<string> assignmentRules)
    {
        var extra = assignmentRules.ToList();
        foreach (var rule in extra)
            if (rule.Length < 2 || rule[0] is not ('+' or '-'))
                throw new AssignmentFormatException($"code policy rule \"{rule}\": expected + or - followed by a pattern, e.g. \"+TorchSharp.torch.nn.*\"");
        rules = [.. Base, .. extra];
        AssignmentRules = extra;
    }

    /// <summary>The rules the assignment adds to <see cref="Base"/>, as written in its metadata.</summary>
    public IReadOnlyList<string> AssignmentRules { get; }

    /// <summary>
    /// Null when the type <paramref name="typeName"/> may be named, else which rule refuses it. A type may be named
    /// when its members are allowed ("X.*") or when a rule allows some member of it ("+System.Console.Write*"):
    /// each member used is then judged on its own.
    /// </summary>
    public string? TypeRefusal(string typeName)
    {
        var refusal = Refusal(typeName + ".");
        if (refusal is null || Never.Any(p => IntegrityChecks.Matches(p, typeName + "."))) return refusal;
        return rules.Any(r => r[0] == '+' && r.StartsWith("+" + typeName + ".", StringComparison.Ordinal)) ? null : refusal;
    }

    /// <summary>Null when <paramref name="name"/> may be used, else which rule refuses it.</summary>
    public string? Refusal(string name)
    {
        if (Never.FirstOrDefault(p => IntegrityChecks.Matches(p, name)) is { } never) return $"never allowed in graded work (`{never}`)";
        string? last = null;
        foreach (var rule in rules)
            if (IntegrityChecks.Matches(rule[1..], name)) last = rule;
        return last is ['+', ..] ? null : last is null ? "not among what this assignment allows" : $"this assignment does not allow `{last[1..]}`";
    }
}

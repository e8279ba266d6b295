using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace CnnCourse.Assignments;

/// <summary>One graded test cell of an instructor source: what students see (<see cref="ReleasedCode"/>) and what the grader runs (<see cref="GradedCode"/>).</summary>
public sealed record SourceTestCell(int CellNumber, CellGrading Grading, string ReleasedCode, string GradedCode)
{
    public string GradeId => Grading.GradeId;

    /// <summary>SHA-256 of the released cell (<see cref="CellChecksum"/>): a submitted copy must match it.</summary>
    public string Checksum => CellChecksum.Of(Grading.GradeId, Grading.Points, ReleasedCode);
}

/// <summary>
/// An instructor source notebook (notebooks/assignments/NN-name.ipynb), read and checked: region markers
/// balanced and in the right kind of cell, grade ids unique, points positive. Its name (the file name
/// without .ipynb) is the assignment's name and the file name students hand in.
/// </summary>
public sealed class AssignmentSource
{
    AssignmentSource(string path, string sha256, Ipynb notebook, IReadOnlyList<SourceTestCell> tests, IReadOnlyList<string> answerCode, CodePolicy policy)
    {
        Policy = policy;
        Path = path;
        Sha256 = sha256;
        Notebook = notebook;
        Tests = tests;
        AnswerCode = answerCode;
    }

    public string Path { get; }
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);
    public string Sha256 { get; }
    public Ipynb Notebook { get; }
    public IReadOnlyList<SourceTestCell> Tests { get; }

    /// <summary>The instructor's code cells that are not tests, solutions included: what a submission is expected to declare.</summary>
    public IReadOnlyList<string> AnswerCode { get; }

    /// <summary>What students' code may use: <see cref="CodePolicy.Base"/> and the rules in the notebook's metadata (cnncourse.code_policy).</summary>
    public CodePolicy Policy { get; }

    public double MaxPoints => Tests.Sum(t => t.Grading.Points);

    public SourceTestCell? Test(string gradeId) => Tests.FirstOrDefault(t => t.GradeId == gradeId);

    public static AssignmentSource Read(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException($"{path}: assignment source not found", path);
        var notebook = Ipynb.Parse(System.Text.Encoding.UTF8.GetString(bytes), path);
        var tests = new List<SourceTestCell>();
        var answers = new List<string>();
        foreach (var (number, cell) in notebook.NumberedCells())
        {
            string where = $"{path}, cell {number}";
            if (!Ipynb.IsCode(cell))
            {
                if (Ipynb.CourseMetadata(cell) is not null) throw new AssignmentFormatException($"{where}: grading metadata on a {Ipynb.CellType(cell)} cell; only code cells are graded");
                continue;
            }
            var source = Ipynb.Source(cell);
            var grading = CellGrading.FromSource(cell, where);
            if (grading is null)
            {
                AssignmentRegions.Release(source, where, testCell: false);   // validates the markers
                answers.Add(AssignmentRegions.Solution(source, where, testCell: false));
                continue;
            }
            if (tests.Any(t => t.GradeId == grading.GradeId))
                throw new AssignmentFormatException($"{where}: grade_id \"{grading.GradeId}\" is used by cell {tests.First(t => t.GradeId == grading.GradeId).CellNumber} too; grade ids must be unique");
            var graded = AssignmentRegions.WithHiddenTests(source, where);
            // The grader scores a test by what it observes; a test cell that observes nothing could never pass.
            if (!ScriptNames.Of(graded).Referenced.Contains("Observe"))
                throw new AssignmentFormatException($"{where}: test cell \"{grading.GradeId}\" records no observation; add Observe.Equal/Close/InRange calls between \"{AssignmentRegions.BeginHiddenTests}\" and \"{AssignmentRegions.EndHiddenTests}\" (see docs/assignments.md)");
            tests.Add(new SourceTestCell(number, grading, AssignmentRegions.Release(source, where, testCell: true), graded));
        }
        if (tests.Count == 0)
            throw new AssignmentFormatException($"{path}: no graded test cells (give test cells the metadata {{\"cnncourse\": {{\"grade_id\": \"...\", \"points\": 2}}}})");
        return new AssignmentSource(path, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), notebook, tests, answers, ReadPolicy(notebook, path));
    }

    static CodePolicy ReadPolicy(Ipynb notebook, string path)
    {
        var rules = notebook.Root["metadata"]?[CellGrading.MetadataKey]?[CodePolicy.MetadataKey];
        if (rules is null) return new CodePolicy([]);
        if (rules is not JsonArray array || array.Any(r => r is not JsonValue v || !v.TryGetValue<string>(out _)))
            throw new AssignmentFormatException($"{path}: metadata {CellGrading.MetadataKey}.{CodePolicy.MetadataKey} must be a list of strings such as \"+TorchSharp.torch.nn.*\"");
        try { return new CodePolicy(array.Select(r => r!.GetValue<string>())); }
        catch (AssignmentFormatException e) { throw new AssignmentFormatException($"{path}: {e.Message}"); }
    }

    /// <summary>The student's version: solutions stubbed, hidden tests removed, outputs cleared, each test cell's checksum in its metadata.</summary>
    public Ipynb Release() => Transform(released: true);

    /// <summary>A complete, correct submission: the instructor's solutions without markers, hidden tests removed, test cells as released.</summary>
    public Ipynb Solution() => Transform(released: false);

    /// <summary>
    /// Throws when the instructor's own solution uses what the assignment's code policy refuses: every student
    /// writing the expected answer would lose the points, so the policy must widen (or the solution change) first.
    /// </summary>
    public void CheckSolutionAgainstPolicy()
    {
        var cells = new List<PlannedCell>();
        foreach (var (number, cell) in Solution().NumberedCells())
        {
            if (!Ipynb.IsCode(cell)) continue;
            var test = Tests.FirstOrDefault(t => t.CellNumber == number);
            cells.Add(test is null
                ? new PlannedCell(cells.Count, CellRole.Student, Ipynb.Source(cell), number)
                : new PlannedCell(cells.Count, CellRole.Test, test.GradedCode, number, test.GradeId));
        }
        var refused = SemanticChecks.Find(cells, Policy);
        if (refused.Count > 0)
            throw new AssignmentFormatException($"{Path}: the solution breaks the assignment's own code policy ({refused.Values.First()}); " +
                                                $"widen metadata {CellGrading.MetadataKey}.{CodePolicy.MetadataKey} or change the solution");
    }

    Ipynb Transform(bool released)
    {
        var copy = Ipynb.Parse(Notebook.ToJson(), Path);
        copy.ClearOutputs();
        foreach (var (number, cell) in copy.NumberedCells())
        {
            if (!Ipynb.IsCode(cell)) continue;
            string where = $"{Path}, cell {number}";
            var test = Tests.FirstOrDefault(t => t.CellNumber == number);
            if (test is not null)
            {
                Ipynb.SetSource(cell, test.ReleasedCode);
                Ipynb.CourseMetadata(cell)![CellGrading.ChecksumKey] = test.Checksum;
            }
            else
            {
                var source = Ipynb.Source(cell);
                Ipynb.SetSource(cell, released ? AssignmentRegions.Release(source, where, false) : AssignmentRegions.Solution(source, where, false));
            }
        }
        copy.Root["metadata"] ??= new JsonObject();
        copy.Root["metadata"]![CellGrading.MetadataKey] = new JsonObject { ["assignment"] = Name };
        return copy;
    }
}

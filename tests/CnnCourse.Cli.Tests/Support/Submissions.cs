using System.Text.Json.Nodes;
using CnnCourse.Assignments;

namespace CnnCourse.Tests.Support;

/// <summary>Builds submissions for grading tests from the course's real assignment sources: the full solution, the released copy, and edits of them.</summary>
public static class Submissions
{
    public static string SourcePath(string assignment) => Path.Combine(CoursePaths.Root, "notebooks", "assignments", assignment + ".ipynb");

    public static AssignmentSource Source(string assignment) => AssignmentSource.Read(SourcePath(assignment));

    /// <summary>What a student who solved everything hands in.</summary>
    public static Ipynb Solution(string assignment) => Source(assignment).Solution();

    /// <summary>What a student who did nothing hands in.</summary>
    public static Ipynb Released(string assignment) => Source(assignment).Release();

    /// <summary>Replaces the code of the first answer (non-test) cell whose code contains <paramref name="marker"/>.</summary>
    public static Ipynb ReplaceAnswer(this Ipynb notebook, string marker, string code)
    {
        Ipynb.SetSource(AnswerCell(notebook, marker), code);
        return notebook;
    }

    /// <summary>Adds a code cell of the student's right after the answer cell containing <paramref name="marker"/>.</summary>
    public static Ipynb AddCellAfter(this Ipynb notebook, string marker, string code)
    {
        var cell = AnswerCell(notebook, marker);
        var added = new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray() };
        Ipynb.SetSource(added, code);
        notebook.Cells.Insert(notebook.Cells.IndexOf(cell) + 1, added);
        return notebook;
    }

    public static Ipynb EditTest(this Ipynb notebook, string gradeId, Func<string, string> edit)
    {
        var cell = TestCell(notebook, gradeId);
        Ipynb.SetSource(cell, edit(Ipynb.Source(cell)));
        return notebook;
    }

    public static Ipynb RemoveTest(this Ipynb notebook, string gradeId)
    {
        notebook.Cells.Remove(TestCell(notebook, gradeId));
        return notebook;
    }

    public static string Save(this Ipynb notebook, string submissions, string student, string assignment)
    {
        var path = Path.Combine(submissions, student, assignment + ".ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, notebook.ToJson());
        return path;
    }

    static JsonObject AnswerCell(Ipynb notebook, string marker) =>
        notebook.NumberedCells().Select(c => c.Cell).FirstOrDefault(c => Ipynb.IsCode(c) && Ipynb.CourseMetadata(c) is null && Ipynb.Source(c).Contains(marker))
        ?? throw new InvalidOperationException($"no answer cell containing \"{marker}\"");

    static JsonObject TestCell(Ipynb notebook, string gradeId) =>
        notebook.NumberedCells().Select(c => c.Cell).FirstOrDefault(c => CellGrading.GradeIdOf(c) == gradeId)
        ?? throw new InvalidOperationException($"no test cell \"{gradeId}\"");
}

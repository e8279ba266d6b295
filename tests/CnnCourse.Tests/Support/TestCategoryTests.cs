using System.Reflection;

namespace CnnCourse.Tests.Support;

/// <summary>
/// Every test class says what it costs, so `environment/test.sh --fast` can run the cheap ones alone: unit (seconds),
/// notebook (runs notebooks, or works through full-size model files as they do), grading (grades submissions in sandboxes), browser (drives Chromium), hub (starts the course hub), bench (measures speed),
/// image (builds the Zero to JupyterHub image with podman and starts a pod of it: its own tier, `test.sh --image`).
/// </summary>
[Trait("Category", "unit")]
public class TestCategoryTests
{
    public static readonly string[] Categories = ["unit", "notebook", "grading", "browser", "hub", "bench", "image"];

    [Fact]
    public void Every_test_class_carries_one_known_category()
    {
        var missing = typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()))
            .Where(t => t.GetCustomAttributes<TraitAttribute>(inherit: true).Count() != 1 || !Categories.Contains(CategoryOf(t)))
            .Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "test classes without exactly one of the categories " + string.Join(", ", Categories) + ": " + string.Join(", ", missing));
    }

    /// <summary>The category of a test class, read from the same attribute data xunit's filter reads.</summary>
    static string? CategoryOf(Type type) =>
        type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(TraitAttribute))
            .Select(a => (string?)a.ConstructorArguments[1].Value).FirstOrDefault();
}

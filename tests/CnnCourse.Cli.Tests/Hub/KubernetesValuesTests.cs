using System.Diagnostics;
using CnnCourse.Tests.Support;

namespace CnnCourse.Tests.Hub;

/// <summary>
/// environment/hub/k8s/values.yaml against the pinned Zero to JupyterHub chart's own values schema, merged with the
/// chart's defaults the way helm merges them (environment/hub/k8s/check_values.py, Debian's python3-jsonschema).
/// A misspelt setting or a value of the wrong type is what helm would refuse at `helm upgrade`; it is refused here first.
/// </summary>
[Trait("Category", "unit")]
public class KubernetesValuesTests
{
    static readonly string K8s = Path.Combine(CoursePaths.Root, "environment", "hub", "k8s");

    static (int ExitCode, string Output) Check(string valuesFile)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-s", Path.Combine(K8s, "check_values.py"), valuesFile }) start.ArgumentList.Add(arg);
        var result = CnnTool.Execute(start, TimeSpan.FromMinutes(1));
        return (result.ExitCode, result.Output);
    }

    [Fact]
    public void The_course_values_are_valid_for_the_pinned_chart()
    {
        var (exitCode, output) = Check(Path.Combine(K8s, "values.yaml"));
        Assert.True(exitCode == 0, $"check_values.py exited {exitCode}:\n{output}");
        Assert.Contains("valid for Zero to JupyterHub chart 4.4.0", output);
    }

    [Theory]
    [InlineData("    limit: 3G ", "    limt: 3G ", "singleuser.memory: Additional properties are not allowed ('limt' was unexpected)")]
    [InlineData("    enabled: true                # hub.sh --ssl", "    enabled: \"yes\"               # hub.sh --ssl", "proxy.https.enabled: 'yes' is not of type 'boolean'")]
    [InlineData("  defaultUrl: /tree/course/notebooks", "  defaultUrl: [/tree/course/notebooks]", "singleuser.defaultUrl: ['/tree/course/notebooks'] is not of type 'string'")]
    public void A_broken_setting_is_named_with_what_the_schema_expected(string original, string broken, string expected)
    {
        var values = File.ReadAllText(Path.Combine(K8s, "values.yaml"));
        Assert.Contains(original, values);
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("values.yaml"), values.Replace(original, broken));

        var (exitCode, output) = Check(temp.File("values.yaml"));
        Assert.True(exitCode == 1, $"check_values.py exited {exitCode} on a broken values file:\n{output}");
        Assert.Contains(expected, output);
    }

    [Fact]
    public void A_values_file_that_is_not_yaml_gets_one_line()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("values.yaml"), "singleuser:\n  memory: {limit: 3G\n");
        var (exitCode, output) = Check(temp.File("values.yaml"));
        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is not valid YAML", line);
    }
}

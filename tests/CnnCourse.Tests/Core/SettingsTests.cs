using System.Text.RegularExpressions;

namespace CnnCourse.Tests.Core;

[Trait("Category", "unit")]
public class SettingsTests
{
    static string SettingsPage => Path.Combine(CoursePaths.Root, "docs", "settings.md");

    /// <summary>Rows of the page's table: `CNN_NAME` | `default` | meaning.</summary>
    static Dictionary<string, string> DocumentedSettings() =>
        File.ReadLines(SettingsPage)
            .Select(line => Regex.Match(line, @"^\| `(CNN_[A-Z0-9_]+)` \| `([^`]*)` \|"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public void The_settings_page_lists_every_setting_with_its_default()
    {
        var documented = DocumentedSettings();
        var known = Settings.All.ToDictionary(s => s.Name, s => s.Default);
        Assert.Equal(known.OrderBy(k => k.Key), documented.OrderBy(k => k.Key));
    }

    [Fact]
    public void Every_setting_has_the_prefix_a_meaning_and_a_unique_name()
    {
        Assert.All(Settings.All, s => Assert.StartsWith(Settings.Prefix, s.Name));
        Assert.All(Settings.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Meaning)));
        Assert.Equal(Settings.All.Count, Settings.All.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void No_code_reads_a_course_variable_around_the_settings()
    {
        var lib = Path.Combine(CoursePaths.Root, "lib");
        var readers = Directory.EnumerateFiles(lib, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "Settings.cs")
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"(Get|Set)EnvironmentVariable\(\s*""CNN"))
            .Select(f => Path.GetRelativePath(CoursePaths.Root, f)).ToList();
        Assert.True(readers.Count == 0, $"read or set a CNN_ variable directly instead of through Settings: {string.Join(", ", readers)}");
    }

    [Fact]
    public void Unknown_course_variables_are_named_with_the_closest_setting()
    {
        var warnings = Settings.Unknown(["CNN_PROFLE", "CNNCOURSE_CPU_TUNING", "CNN_DEVICE", "PATH", "CNN_SB_ROOT"]);
        Assert.Equal(2, warnings.Count);
        Assert.Contains("CNN_PROFLE is not a CnnCourse setting; did you mean CNN_PROFILE?", warnings[1]);
        Assert.Contains("CNNCOURSE_CPU_TUNING is not a CnnCourse setting; did you mean CNN_CPU_TUNING?", warnings[0]);
    }

    [Fact]
    public void A_value_set_in_the_process_wins_over_the_environment_and_can_be_taken_back()
    {
        var setting = Settings.Results;
        Assert.Null(setting.Value);
        Settings.Override(setting, "/tmp/x.json");
        try
        {
            Assert.Equal("/tmp/x.json", setting.Value);
            Assert.Null(Environment.GetEnvironmentVariable(setting.Name));
        }
        finally
        {
            Settings.Override(setting, null);
        }
        Assert.Null(setting.Value);
    }
}

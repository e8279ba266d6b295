namespace CnnCourse;

/// <summary>
/// How much work the notebooks do. Quick (the default, and what the tests use) keeps every notebook
/// to a couple of minutes on a 2-core laptop; Full trains to the accuracies quoted in the notebooks.
/// Set with CNN_PROFILE=quick|full (<see cref="Settings.Profile"/>; `cnn run --profile` sets it).
/// </summary>
public enum RunProfile { Quick, Full }

public static class Profile
{
    public static RunProfile Current => Parse(Settings.Profile.Value);

    /// <summary>Picks the value for the current profile: <c>Profile.Choose(quick: 2, full: 10)</c>.</summary>
    public static T Choose<T>(T quick, T full) => Current == RunProfile.Quick ? quick : full;

    public static RunProfile Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "quick" => RunProfile.Quick,
        "full" => RunProfile.Full,
        _ => throw new ArgumentException($"CNN_PROFILE={value}: expected 'quick' or 'full'"),
    };
}

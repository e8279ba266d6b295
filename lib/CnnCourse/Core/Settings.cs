using System.Collections.Concurrent;

namespace CnnCourse;

/// <summary>One environment variable of the course: its name, the value that holds when it is not set, and what it does.</summary>
/// <param name="ForGradingChild">Passed on to the process that grades a submission (everything else is left out there).</param>
public sealed record Setting(string Name, string Default, string Meaning, bool ForGradingChild = false)
{
    /// <summary>The value in force: one set in this process with <see cref="Settings.Override"/>, else the environment's; null when neither is set.</summary>
    public string? Value => Settings.ValueOf(this);

    /// <summary>True when the value is "off" (any case).</summary>
    public bool IsOff => string.Equals(Value?.Trim(), "off", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Every environment variable the course reads, in one place (docs/settings.md lists the same, and a test checks).
/// All start with <see cref="Prefix"/>; <see cref="WarnAboutUnknown"/> names the closest known one for a mistyped name.
/// </summary>
public static class Settings
{
    public const string Prefix = "CNN_";

    public static readonly Setting Profile = new("CNN_PROFILE", "quick",
        "`quick` keeps every notebook to a few minutes on a laptop CPU; `full` trains to the lecture's figures (`cnn run --profile` sets it).", ForGradingChild: true);
    public static readonly Setting Device = new("CNN_DEVICE", "best",
        "`cpu` runs on the CPU even when a GPU is there; otherwise CUDA is used when available.", ForGradingChild: true);
    public static readonly Setting Backend = new("CNN_BACKEND", "cpu",
        "Read by the build and `environment/setup.sh`: `cuda` references TorchSharp's CUDA packages instead of the CPU ones (setup.sh picks `cuda` when nvidia-smi sees a GPU).");
    public static readonly Setting CourseRoot = new("CNN_COURSE_ROOT", "found",
        "The course folder (the one holding CnnCourse.sln); by default found by walking up from the current folder and the library.");
    public static readonly Setting Artifacts = new("CNN_ARTIFACTS", "artifacts/",
        "Where generated files go (executed notebooks, benchmark reports, releases, gradebooks).");
    public static readonly Setting FashionMnistFolder = new("CNN_FASHION_MNIST_DIR", "datasets/fashion-mnist/",
        "A folder with the four Fashion-MNIST .gz files, looked at before Debian's `/usr/share/datasets/fashion-mnist/`.");
    public static readonly Setting Offline = new("CNN_OFFLINE", "0",
        "`1` never downloads data; without local files the committed subset is used.");
    public static readonly Setting Vgg16Weights = new("CNN_VGG16_WEIGHTS", "none",
        "A .pth or .safetensors file with torchvision's ImageNet VGG16 weights, loaded by notebook 05.");
    public static readonly Setting Seed = new("CNN_SEED", "0",
        "1000 times this is added to every seed the course sets (Reproducibility.Seed, BatchLoader): weights, dropout and batch order change, the data stays the same.");
    public static readonly Setting ChannelsLast = new("CNN_CHANNELS_LAST", "on",
        "`off` keeps the Trainer's batches and kernels in the usual NCHW layout on the CPU.");
    public static readonly Setting CpuTuning = new("CNN_CPU_TUNING", "on",
        "`off` leaves OpenMP's spin and glibc's malloc thresholds at their defaults.");
    public static readonly Setting Results = new("CNN_RESULTS", "none",
        "Set by `cnn run` for each notebook: the JSON file NotebookResults writes the notebook's key numbers to.");
    public static readonly Setting AssignmentTrainSeconds = new("CNN_ASSIGN_TRAIN_SECONDS", "60",
        "The training budget, in seconds, of assignment 3's graded training cell.", ForGradingChild: true);
    public static readonly Setting Exchange = new("CNN_EXCHANGE", "/var/lib/cnncourse-exchange",
        "The hub's exchange folder, where students hand in assignments (`cnn assign submit`, `Course.Submit`) and the instructor collects them.");

    /// <summary>Set by the grader for the sandbox's start-up script only (folders to mount, limits), never by a user.</summary>
    public static readonly IReadOnlyList<string> SandboxInternal = ["CNN_SB_ROOT", "CNN_SB_BIN", "CNN_SB_DOTNET", "CNN_SB_DATASETS", "CNN_SB_SETPRIV", "CNN_SB_PRLIMIT"];

    public static IReadOnlyList<Setting> All { get; } =
        [Profile, Device, Backend, CourseRoot, Artifacts, FashionMnistFolder, Offline, Vgg16Weights, Seed, ChannelsLast, CpuTuning, Results, AssignmentTrainSeconds, Exchange];

    static readonly ConcurrentDictionary<string, string?> overrides = new();

    /// <summary>Sets a value for this process only (null takes it back): the command line passes its options this way, not through the environment.</summary>
    public static void Override(Setting setting, string? value)
    {
        if (value is null) overrides.TryRemove(setting.Name, out _);
        else overrides[setting.Name] = value;
    }

    internal static string? ValueOf(Setting setting) =>
        overrides.TryGetValue(setting.Name, out var value) ? value
        : Environment.GetEnvironmentVariable(setting.Name) is { Length: > 0 } set ? set : null;

    /// <summary>
    /// Variables that look like the course's (CNN_ or CNNCOURSE_) but are not among <see cref="All"/>, each with the
    /// closest known name.
    /// </summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> variableNames) =>
        variableNames
            .Where(n => (n.StartsWith(Prefix, StringComparison.Ordinal) || n.StartsWith("CNNCOURSE_", StringComparison.Ordinal))
                        && All.All(s => s.Name != n) && !SandboxInternal.Contains(n))
            .Order(StringComparer.Ordinal)
            .Select(n => $"{n} is not a CnnCourse setting; did you mean {Closest(n)}? (docs/settings.md lists them all)")
            .ToList();

    /// <summary>Writes one warning line per unknown course variable in this process's environment.</summary>
    public static void WarnAboutUnknown(TextWriter writer)
    {
        foreach (var warning in Unknown(Environment.GetEnvironmentVariables().Keys.Cast<string>())) writer.WriteLine($"warning: {warning}");
    }

    static string Closest(string name)
    {
        var bare = name.StartsWith("CNNCOURSE_", StringComparison.Ordinal) ? Prefix + name["CNNCOURSE_".Length..] : name;
        return All.MinBy(s => EditDistance(bare, s.Name))!.Name;
    }

    static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}

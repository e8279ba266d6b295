using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CnnCourse.Tests.Notebooks;

/// <summary>
/// Runs the lecture notebooks headless with the `cnn` command line, as a child process, and checks the key
/// numbers they recorded (NotebookResults) against the lecture's arithmetic, exactly.
/// </summary>
[Trait("Category", "notebook")]
[RunsNotebook("01-convolution.ipynb")]
[RunsNotebook("02-numerical-example.ipynb")]
public sealed class LectureNotebookITests : IDisposable
{
    static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(5);
    readonly string outputFolder = Directory.CreateTempSubdirectory("cnn-notebook-tests-").FullName;

    public void Dispose() => Directory.Delete(outputFolder, recursive: true);

    [Fact]
    public void Convolution_notebook_records_the_lecture_numbers()
    {
        var results = Run("01-convolution");

        Assert.Equal(6, results.Int("naive_vs_conv2d_cases"));
        Assert.InRange(results.Double("naive_vs_conv2d_max_difference"), 0, 1e-4);
        Assert.InRange(results.Double("photo_naive_vs_conv2d_max_difference"), 0, 1e-4);

        Assert.Equal(1.0, results.Double("kernel_sum_sharpen"));
        Assert.Equal(0.0, results.Double("kernel_sum_edge_detect"));
        Assert.Equal(0.0, results.Double("kernel_sum_strong_edge_detect"));
        Assert.Equal(1.0, results.Double("kernel_sum_smoothing"));
        Assert.Equal([1, 150, 225], results.Longs("photo_shape"));
        Assert.Equal([1, 150, 225], results.Longs("photo_filtered_shape"));

        // 4x4, K3, S1, P0 -> 2x2; 5x5, K3, S1, P1 -> 5x5; 5x5, K3, S2, P0 -> 2x2
        Assert.Equal([2, 5, 2], results.Longs("stride_padding_output_sizes"));
        Assert.Equal([2, 5, 2], results.Longs("stride_padding_conv2d_sizes"));
        var centres = results.Root.GetProperty("stride_padding_outputs").EnumerateArray().Select(a => a.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.Equal([6.0, 7, 10, 11], centres[0]);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (double)i), centres[1]);
        Assert.Equal([7.0, 9, 17, 19], centres[2]);

        // four 5x5x3 filters on 32x32x3 -> 4 maps of 28x28; padding 2 keeps 32
        Assert.Equal([4, 28, 28], results.Longs("four_filters_volume_formula"));
        Assert.Equal([1, 4, 28, 28], results.Longs("four_filters_conv2d_shape"));
        Assert.Equal(32, results.Int("padding_2_output_size_formula"));
        Assert.Equal([1, 4, 32, 32], results.Longs("padding_2_conv2d_shape"));

        // 5*5*3 + 1 = 76 per filter; 10 filters = 760
        Assert.Equal(76, results.Int("parameters_per_5x5x3_filter"));
        Assert.Equal(760, results.Int("parameters_10_filters"));
        Assert.Equal(760, results.Int("parameters_10_filters_conv2d"));

        // same 4x28x28 output from 32x32x3: dense (3072 + 1) * 3136, locally connected 3136 * 76, convolution 4 * 76
        Assert.Equal(9_636_928, results.Int("parameters_dense_same_outputs"));
        Assert.Equal(9_636_928, results.Int("parameters_dense_formula"));
        Assert.Equal(238_336, results.Int("parameters_locally_connected"));
        Assert.Equal(304, results.Int("parameters_conv_4_filters"));

        Assert.Equal(0.0, results.Double("relu_min"));
        Assert.Equal([150, 225], results.Longs("edge_map_shape"));
        Assert.Equal([75, 112], results.Longs("pooled_shape"));
        Assert.True(results.Bool("pooling_matches_torch"));
    }

    [Fact]
    public void Numerical_example_notebook_reproduces_the_lecture_exactly()
    {
        var results = Run("02-numerical-example");

        var shapes = new Dictionary<string, long[]>
        {
            ["conv1"] = [8, 16, 16], ["pool1"] = [8, 8, 8], ["conv2"] = [16, 4, 4], ["pool2"] = [16, 2, 2],
            ["flatten"] = [64], ["fc1"] = [16], ["classifier"] = [4], ["softmax"] = [4],
        };
        foreach (var (layer, shape) in shapes)
        {
            Assert.Equal(shape, results.Longs("formula_shape_" + layer));
            Assert.Equal(shape, results.Longs("summary_shape_" + layer));
        }
        Assert.Equal(80, results.Int("parameters_conv1"));          // (3*3*1 + 1)*8
        Assert.Equal(1168, results.Int("parameters_conv2"));        // (3*3*8 + 1)*16
        Assert.Equal(1040, results.Int("parameters_fc1"));          // (64 + 1)*16
        Assert.Equal(68, results.Int("parameters_classifier"));     // (16 + 1)*4
        Assert.Equal(2356, results.Int("parameters_total"));
        Assert.Equal(2356, results.Int("parameters_total_formula"));
        Assert.True(results.Bool("formula_agrees_with_summary"));

        // the slide's typo: stride 1 would give 8; the asked stride 2 gives the slide's 4
        Assert.Equal(8, results.Int("second_layer_size_stride_1"));
        Assert.Equal(4, results.Int("second_layer_size_stride_2"));

        Assert.Equal([1, 4], results.Longs("output_shape"));
        Assert.Equal(4, results.Int("output_neurons"));
        Assert.Equal(1.0, results.Double("output_probability_sum"));

        Assert.Equal(0.25, results.Double("dropout_rate"));
        Assert.InRange(results.Double("dropout_zero_share"), 0.24, 0.26);
        Assert.Equal(1 / (1 - 0.25), results.Double("dropout_kept_scale"), 6);
        Assert.True(results.Bool("dropout_kept_values_equal"));
        Assert.True(results.Bool("dropout_eval_identity"));
        Assert.True(results.Bool("train_mode_outputs_differ"));
        Assert.True(results.Bool("eval_mode_outputs_equal"));

        Assert.Equal([2.0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], results.Doubles("padded_map"));
        Assert.Equal([4.0, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0, 2, 2, 2, 2], results.Doubles("convolved_map"));
        Assert.Equal([4, 4], results.Longs("convolved_shape"));
        Assert.Equal([4.0, 4, 2, 2], results.Doubles("pooled_map"));
        Assert.Equal([4.0, 4, 2, 2], results.Doubles("flattened"));
        Assert.True(results.Bool("torch_equals_from_scratch"));
        Assert.Equal([2, 2], results.Longs("final_pool_shape"));
        Assert.Equal(4, results.Int("final_flatten_length"));
        Assert.Equal(16, results.Int("dense_neurons"));
        Assert.Equal(4, results.Int("classification_neurons"));
    }

    Results Run(string notebook)
    {
        string root = FindRoot();
        string notebookPath = Path.Combine(root, "notebooks", notebook + ".ipynb");
        Assert.True(File.Exists(notebookPath), $"{notebookPath}: notebook not found");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { CliPath(root), "run", notebookPath, "--out", outputFolder, "--profile", "quick" }) start.ArgumentList.Add(argument);
        start.Environment.Remove("CNN_RESULTS");   // the runner sets it per notebook

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(NotebookTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{notebook} did not finish within {NotebookTimeout.TotalMinutes} minutes:\n{output}");
        }
        process.WaitForExit();   // drains the redirected output
        Assert.True(process.ExitCode == 0, $"cnn run {notebook} exited with {process.ExitCode}:\n{output}");

        string resultsPath = Path.Combine(outputFolder, notebook + ".results.json");
        Assert.True(File.Exists(resultsPath), $"{resultsPath}: the notebook recorded no results\n{output}");
        return new Results(resultsPath, JsonDocument.Parse(File.ReadAllText(resultsPath)).RootElement);
    }

    /// <summary>cnn.dll beside this test assembly (the CLI project is referenced), else the CLI's own build output.</summary>
    static string CliPath(string root)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "cnn.dll");
        if (File.Exists(beside)) return beside;
        string configuration = typeof(LectureNotebookITests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        string built = Path.Combine(root, "lib", "CnnCourse.Cli", "bin", configuration, "net10.0", "cnn.dll");
        Assert.True(File.Exists(built), $"cnn.dll not found beside the tests ({beside}) nor at {built}; build lib/CnnCourse.Cli first");
        return built;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CnnCourse.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no CnnCourse.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The recorded numbers, with accessors that name the key and the file when one is missing.</summary>
    sealed record Results(string Path, JsonElement Root)
    {
        JsonElement Get(string key) =>
            Root.TryGetProperty(key, out var value) ? value : throw new KeyNotFoundException($"{Path}: no key '{key}'; recorded: {string.Join(", ", Root.EnumerateObject().Select(p => p.Name))}");

        public long Int(string key) => Get(key).GetInt64();
        public double Double(string key) => Get(key).GetDouble();
        public bool Bool(string key) => Get(key).GetBoolean();
        public long[] Longs(string key) => Get(key).EnumerateArray().Select(v => v.GetInt64()).ToArray();
        public double[] Doubles(string key) => Get(key).EnumerateArray().Select(v => v.GetDouble()).ToArray();
    }
}

using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// Times training steps (forward, cross-entropy, backward, Adam step) of a model on random inputs, on the CPU or the GPU.
/// The inputs are made once on the device, so the clock sees computation only, not data loading. Each batch runs in
/// its own dispose scope; on CUDA the clock is read only after torch.cuda.synchronize(), since GPU work runs asynchronously.
/// On the CPU the model and inputs are channels-last, as the Trainer has them there. Each result is a <see cref="Measurement"/>
/// of side "CnnCourse" whose training images/s come from the median run; it keeps every run's seconds.
/// </summary>
public static class TrainingThroughput
{
    /// <summary>
    /// Times <paramref name="createModel"/>'s model at each batch size on <paramref name="device"/>; inputs are (batch, C, H, W) of
    /// <paramref name="inputShape"/> = (C, H, W), labels drawn from <paramref name="numClasses"/>. Seeded, so runs repeat.
    /// </summary>
    public static IReadOnlyList<Measurement> Measure(
        string modelName, Func<nn.Module<Tensor, Tensor>> createModel, long[] inputShape, int numClasses,
        Device device, IEnumerable<int> batchSizes, ThroughputSettings? settings = null, long seed = 0)
    {
        settings ??= new ThroughputSettings();
        Validate(inputShape, numClasses, settings);
        TorchRuntime.EnsureLoaded();
        if (device.type == DeviceType.CUDA && !torch.cuda.is_available())
            throw new ArgumentException("device is CUDA, but torch.cuda.is_available() is false on this machine", nameof(device));
        int previousThreads = torch.get_num_threads();
        if (settings.Threads > 0) torch.set_num_threads(settings.Threads);
        try
        {
            var results = new List<Measurement>();
            foreach (var batchSize in batchSizes)
            {
                if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSizes), batchSize, "batch sizes must be positive");
                results.Add(MeasureOne(modelName, createModel, inputShape, numClasses, device, batchSize, settings, seed));
            }
            return results;
        }
        finally
        {
            if (settings.Threads > 0) torch.set_num_threads(previousThreads);
        }
    }

    static Measurement MeasureOne(string modelName, Func<nn.Module<Tensor, Tensor>> createModel, long[] inputShape, int numClasses,
        Device device, int batchSize, ThroughputSettings settings, long seed)
    {
        using var outer = NewDisposeScope();
        torch.manual_seed(seed);
        var model = createModel();
        model.to(device);
        model.train();
        long parameters = model.parameters().Sum(p => p.numel());
        using var optimizer = optim.Adam(model.parameters().Where(p => p.requires_grad), lr: 1e-3);
        var layout = device.type == DeviceType.CPU ? ChannelsLast.Use(model) : null;
        var images = randn([batchSize, .. inputShape], device: device);
        if (device.type == DeviceType.CPU) images = ChannelsLast.Of(images);
        var labels = randint(0, numClasses, [batchSize], dtype: ScalarType.Int64, device: device);

        void Step()
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = nn.functional.cross_entropy(model.call(images), labels);
            loss.backward();
            optimizer.step();
        }

        for (int i = 0; i < settings.WarmupBatches; i++) Step();
        Synchronize(device);
        // With a minimum run time, every run keeps stepping until it has lasted that long (a busy machine slows some runs
        // down); each run then gives its own images per second, and the median of those is the result.
        var seconds = new double[settings.Repeats];
        var rates = new double[settings.Repeats];
        int fewestSteps = int.MaxValue;
        for (int r = 0; r < settings.Repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            int steps = 0;
            while (steps < settings.TimedBatches || (settings.MinRunSeconds > 0 && Elapsed(clock, device) < settings.MinRunSeconds))
            {
                Step();
                steps++;
            }
            Synchronize(device);   // the GPU may still be working on the last batch: wait before reading the clock
            seconds[r] = clock.Elapsed.TotalSeconds;
            rates[r] = batchSize * steps / seconds[r];
            fewestSteps = Math.Min(fewestSteps, steps);
        }
        layout?.Dispose();   // before the model goes: the layout scope restores its parameters
        model.Dispose();
        return new Measurement(modelName, Measurement.CnnCourseSide, device.type == DeviceType.CUDA ? "cuda" : "cpu", torch.get_num_threads(), batchSize, parameters,
            TrainImagesPerSecond: Statistics.Median(rates),
            WarmupBatches: settings.WarmupBatches, TimedBatches: fewestSteps, RepeatSeconds: seconds);
    }

    /// <summary>Seconds on <paramref name="clock"/> once the device has finished the work queued so far.</summary>
    static double Elapsed(Stopwatch clock, Device device)
    {
        Synchronize(device);
        return clock.Elapsed.TotalSeconds;
    }

    static void Synchronize(Device device)
    {
        if (device.type == DeviceType.CUDA) torch.cuda.synchronize(device);
    }

    static void Validate(long[] inputShape, int numClasses, ThroughputSettings settings)
    {
        if (inputShape.Length != 3 || inputShape.Any(d => d <= 0))
            throw new ArgumentException($"input shape {inputShape.Str()}: expected (C, H, W) with positive sizes, e.g. (3, 32, 32)", nameof(inputShape));
        if (numClasses < 2) throw new ArgumentOutOfRangeException(nameof(numClasses), numClasses, "need at least 2 classes");
        if (settings.WarmupBatches < 0 || settings.TimedBatches < 1 || settings.Repeats < 1 || settings.Threads < 0 || settings.MinRunSeconds < 0)
            throw new ArgumentException($"settings {settings}: expected warm-up >= 0, timed batches >= 1, repeats >= 1, threads >= 0, minimum run seconds >= 0", nameof(settings));
    }
}

using System.Diagnostics;
using CnnCourse.Data;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace CnnCourse.Training;

/// <summary>
/// The training loop every notebook uses: one dispose scope per batch (memory stays flat), evaluation
/// under inference mode, per-epoch history, progress display. Accuracy is the share of labels predicted right: of images
/// for classification, of pixels when the labels are masks (N, H, W) and the objective predicts (N, H, W). Loss and accuracy are accumulated on the device
/// and read once per epoch, so the loop does not wait on the CPU. Free native memory that piles up goes back to the system
/// after an epoch or evaluation (<see cref="NativeHeap"/>). On the CPU, training and evaluation run in the
/// channels-last layout (<see cref="ChannelsLast"/>); the model is back in the usual layout when they return.
/// </summary>
public sealed class Trainer
{
    public nn.Module<Tensor, Tensor> Model { get; }
    public Objective Objective { get; }
    public optim.Optimizer Optimizer { get; }
    /// <summary>Changes the learning rate after every batch (e.g. one-cycle); null keeps it constant.</summary>
    public optim.lr_scheduler.LRScheduler? Schedule { get; }
    public Device Device { get; }
    public ITrainingProgress Progress { get; set; }
    public TrainingHistory History { get; }
    /// <summary>Whether Fit and Evaluate store kernels and batches channels-last (default: on the CPU, where it is faster).</summary>
    public bool UseChannelsLast { get; set; }

    /// <summary>
    /// Adam with <paramref name="learningRate"/> (default 1e-3) over the trainable parameters only, unless
    /// <paramref name="optimizer"/> builds another one from them. Objective defaults to cross-entropy;
    /// device defaults to <see cref="Devices.Best"/>; progress to the notebook or console display.
    /// <paramref name="schedule"/> builds a learning-rate scheduler on the optimizer, stepped after every batch.
    /// <paramref name="channelsLast"/> defaults to true on the CPU unless CNN_CHANNELS_LAST=off (see <see cref="UseChannelsLast"/>).
    /// </summary>
    public Trainer(
        nn.Module<Tensor, Tensor> model,
        Objective? objective = null,
        double learningRate = 1e-3,
        Func<IEnumerable<Parameter>, optim.Optimizer>? optimizer = null,
        Device? device = null,
        ITrainingProgress? progress = null,
        string name = "model",
        Func<optim.Optimizer, optim.lr_scheduler.LRScheduler>? schedule = null,
        bool? channelsLast = null)
    {
        TorchRuntime.EnsureLoaded();
        Device = device ?? Devices.Best;
        UseChannelsLast = channelsLast ?? (Device.type == DeviceType.CPU && !Settings.ChannelsLast.IsOff);
        Model = model;
        Model.to(Device);
        Objective = objective ?? Objective.CrossEntropy;
        var trainable = Model.parameters().Where(p => p.requires_grad).ToList();
        if (trainable.Count == 0) throw new ArgumentException("the model has no trainable parameters (all are frozen)", nameof(model));
        Optimizer = optimizer is null ? optim.Adam(trainable, learningRate) : optimizer(trainable);
        Schedule = schedule?.Invoke(Optimizer);
        Progress = progress ?? TrainingProgress.Default(name);
        History = new TrainingHistory(name);
    }

    /// <summary>Trains for <paramref name="numEpochs"/> more epochs; returns the whole history so far.</summary>
    public TrainingHistory Fit(BatchLoader train, int numEpochs, BatchLoader? validation = null)
    {
        if (numEpochs <= 0) throw new ArgumentOutOfRangeException(nameof(numEpochs), numEpochs, "number of epochs must be positive");
        int first = History.Count + 1, last = History.Count + numEpochs;
        using var layout = UseChannelsLast ? ChannelsLast.Use(Model) : null;
        for (int epoch = first; epoch <= last; epoch++)
        {
            var clock = Stopwatch.StartNew();
            var (loss, accuracy) = TrainEpoch(train, epoch, last);
            double trainSeconds = clock.Elapsed.TotalSeconds;
            Evaluation? val = validation is null ? null : Evaluate(validation, keepPredictions: false);
            var result = new EpochResult(epoch, loss, accuracy, val?.Loss, val?.Accuracy, train.Count / trainSeconds, clock.Elapsed.TotalSeconds);
            History.Add(result);
            Progress.EpochCompleted(result, History);
        }
        return History;
    }

    (double Loss, double Accuracy) TrainEpoch(BatchLoader train, int epoch, int numEpochs)
    {
        Model.train();
        int numBatches = train.BatchCount, reportEvery = Math.Max(1, numBatches / 20), batch = 0;
        Progress.EpochStarted(epoch, numEpochs, numBatches);
        using var lossSum = zeros(1, dtype: ScalarType.Float64, device: Device);
        using var correct = zeros(1, dtype: ScalarType.Int64, device: Device);
        long predictions = 0;   // labels seen: one per image, or one per pixel for segmentation masks
        foreach (var (images, labels) in train.Batches())   // each batch runs in its own dispose scope
        {
            var x = Layout(images.to(Device));
            var y = labels.to(Device);
            Optimizer.zero_grad();
            var logits = Model.call(x);
            var loss = Objective.Loss(logits, y);
            loss.backward();
            Optimizer.step();
            Schedule?.step();
            using (no_grad())
            {
                lossSum.add_(loss.detach().to_type(ScalarType.Float64) * x.shape[0]);
                correct.add_(Objective.Predict(logits).eq(y).sum());
            }
            predictions += y.numel();
            if (++batch % reportEvery == 0 || batch == numBatches)
                Progress.BatchCompleted(batch, numBatches, lossSum.item<double>() / Math.Min((long)batch * train.BatchSize, train.Count));
        }
        NativeHeap.ReleaseFreePagesIfGrown();   // memory freed but fragmented goes back once it piles up (see NativeHeap)
        return (lossSum.item<double>() / train.Count, (double)correct.item<long>() / predictions);
    }

    /// <summary>Loss, accuracy and (optionally) every prediction over <paramref name="data"/>, in eval mode under inference mode (no_grad without autograd's bookkeeping).</summary>
    public Evaluation Evaluate(BatchLoader data, bool keepPredictions = true)
    {
        Model.eval();
        // The layout scope first: it swaps the parameters' storage, which is no business of inference mode.
        using var layout = UseChannelsLast ? ChannelsLast.Use(Model) : null;
        // Unlike no_grad, inference mode also skips the version counters and view tracking of every tensor made inside;
        // none of them is needed after evaluation.
        using var _ = inference_mode();
        using var lossSum = zeros(1, dtype: ScalarType.Float64, device: Device);
        using var correct = zeros(1, dtype: ScalarType.Int64, device: Device);
        var predictions = new List<long>();
        var labelsSeen = new List<long>();
        long count = 0;
        foreach (var (images, labels) in data.Batches())
        {
            var x = Layout(images.to(Device));
            var y = labels.to(Device);
            var logits = Model.call(x);
            lossSum.add_(Objective.Loss(logits, y).to_type(ScalarType.Float64) * x.shape[0]);
            var predicted = Objective.Predict(logits);
            correct.add_(predicted.eq(y).sum());
            count += y.numel();
            if (keepPredictions)
            {
                predictions.AddRange(predicted.cpu().data<long>());
                labelsSeen.AddRange(labels.data<long>());
            }
        }
        NativeHeap.ReleaseFreePagesIfGrown();
        return new Evaluation(lossSum.item<double>() / data.Count, (double)correct.item<long>() / count, [.. predictions], [.. labelsSeen]);
    }

    Tensor Layout(Tensor batch) => UseChannelsLast ? ChannelsLast.Of(batch) : batch;
}

using System.Diagnostics;
using CnnCourse.Data;
using CnnCourse.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CnnCourse.Benchmarks;

/// <summary>
/// The least a TorchSharp training loop can do, for measuring what the <see cref="Trainer"/> adds: the Trainer's model,
/// optimizer, objective and layout over the same batches, gathered and laid out before the clock starts; each timed batch is
/// forward, loss, backward and optimizer step (training) or forward and loss under inference mode (inference: the loss is
/// the evaluation's work, as on the peer's side), with no loss sum, no accuracy, no progress. Each batch still runs in its
/// own dispose scope, as any loop that keeps memory flat must.
/// </summary>
public sealed class BareLoop(Trainer trainer, BatchLoader data)
{
    /// <summary>One pass over the batches as training steps; returns images per second.</summary>
    public double Train() => Pass(training: true);

    /// <summary>One pass over the batches as inference; returns images per second.</summary>
    public double Infer() => Pass(training: false);

    double Pass(bool training)
    {
        var model = trainer.Model;
        using var layout = trainer.UseChannelsLast ? ChannelsLast.Use(model) : null;
        using var batches = NewDisposeScope();
        var pairs = data.Batches().Select(b =>
        {
            var images = b.Images.to(trainer.Device);
            if (trainer.UseChannelsLast) images = ChannelsLast.Of(images);
            // out of the loader's per-batch scope into this pass's, which frees them when the pass is over
            return (Images: images.MoveToOuterDisposeScope(), Labels: b.Labels.to(trainer.Device).MoveToOuterDisposeScope());
        }).ToList();

        model.train(training);
        using var grad = training ? null : inference_mode();
        long count = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (images, labels) in pairs)
        {
            using var scope = NewDisposeScope();
            var loss = trainer.Objective.Loss(model.call(images), labels);
            if (training)
            {
                trainer.Optimizer.zero_grad();
                loss.backward();
                trainer.Optimizer.step();
            }
            count += images.shape[0];
        }
        return count / clock.Elapsed.TotalSeconds;
    }
}

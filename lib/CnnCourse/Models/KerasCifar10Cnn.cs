using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace CnnCourse.Models;

/// <summary>
/// The model of the lecture's "Why GPU?" log: Keras's classic CIFAR-10 example (cifar10_cnn.py), 1,250,858 parameters.
/// (N, 3, 32, 32) -> conv 32 "same" (N, 32, 32, 32) -> conv 32 "valid" (N, 32, 30, 30) -> pool (N, 32, 15, 15) -> dropout 0.25
/// -> conv 64 "same" (N, 64, 15, 15) -> conv 64 "valid" (N, 64, 13, 13) -> pool (N, 64, 6, 6) -> dropout 0.25
/// -> flatten 2304 -> dense 512 -> dropout 0.5 -> dense 10 (softmax lives in the loss).
/// </summary>
public sealed class KerasCifar10Cnn : Module<Tensor, Tensor>
{
    readonly Sequential features;
    readonly Flatten flatten;
    readonly Sequential classifier;

    public KerasCifar10Cnn(int numClasses = 10) : base(nameof(KerasCifar10Cnn))
    {
        features = Sequential(
            ("conv1", Conv2d(3, 32, kernel_size: 3, padding: 1)), ("relu1", ReLU()),
            ("conv2", Conv2d(32, 32, kernel_size: 3)), ("relu2", ReLU()),
            ("pool1", MaxPool2d(kernel_size: 2)), ("dropout1", Dropout(0.25)),
            ("conv3", Conv2d(32, 64, kernel_size: 3, padding: 1)), ("relu3", ReLU()),
            ("conv4", Conv2d(64, 64, kernel_size: 3)), ("relu4", ReLU()),
            ("pool2", MaxPool2d(kernel_size: 2)), ("dropout2", Dropout(0.25)));
        flatten = Flatten();
        classifier = Sequential(
            ("fc1", Linear(64 * 6 * 6, 512)), ("relu5", ReLU()), ("dropout3", Dropout(0.5)),
            ("fc2", Linear(512, numClasses)));
        RegisterComponents();
    }

    public override Tensor forward(Tensor images) =>
        classifier.call(flatten.call(features.call(images)));   // (N, 3, 32, 32) -> (N, 64, 6, 6) -> (N, numClasses)
}

#!/usr/bin/env python3
"""The PyTorch peer for `cnn bench`: the same models, loop and data as CnnCourse's benchmark.

Run with Debian's python3-torch (/usr/bin/python3). Prints one JSON object on stdout:
{"model", "threads", "batch_size", "layout", "train_images_per_second", "inference_images_per_second",
 "peak_rss_mb", "torch", "blas"}. Data is random and stays in memory, as on the C# side.

--layout channels-last stores the model's kernels and every batch in torch.channels_last, as a PyTorch user
tuning for the CPU would (each gathered batch is converted, as the Trainer converts its batches); `cnn bench`
runs both layouts and compares CnnCourse with the faster one.

The loop is the one CnnCourse's Trainer runs (and a PyTorch student would write): every epoch shuffles the
data and gathers each batch by index; the loss and the number of right predictions are summed on the device
every batch and read once per epoch. Inference (the Trainer's Evaluate) runs the same loop under no_grad,
without the backward pass and the optimizer step.
"""
import argparse
import json
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class LectureCnn(nn.Module):
    """conv3x3(32) - relu - pool - conv3x3(64) - relu - pool - flatten - fc(128) - relu - fc(classes)."""

    def __init__(self, in_channels=1, num_classes=10, image_size=28):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.fc1 = nn.Linear(64 * (image_size // 4) ** 2, 128)
        self.classifier = nn.Linear(128, num_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.relu(self.fc1(torch.flatten(x, 1)))
        return self.classifier(x)


class VggSmall(nn.Module):
    """CnnCourse's VggConfig.Cifar10Small: groups of 3x3 convs (+ReLU) and a 2x2 max pool, then dense 256 + dropout."""

    def __init__(self, stages=((2, 32), (2, 64), (2, 128)), in_channels=3, num_classes=10, image_size=32, hidden=256, dropout=0.5):
        super().__init__()
        layers, channels = [], in_channels
        for convs, width in stages:
            for _ in range(convs):
                layers += [nn.Conv2d(channels, width, 3, padding=1), nn.ReLU()]
                channels = width
            layers.append(nn.MaxPool2d(2))
        self.features = nn.Sequential(*layers)
        size = image_size // (2 ** len(stages))
        self.classifier = nn.Sequential(nn.Linear(channels * size * size, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, num_classes))

    def forward(self, x):
        return self.classifier(torch.flatten(self.features(x), 1))


class ResidualBlock(nn.Module):
    """CnnCourse's ResidualBlock: conv3x3-bn-relu-conv3x3-bn, plus an identity or 1x1 projection shortcut, then relu."""

    def __init__(self, in_channels, out_channels, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut = nn.Identity() if stride == 1 and in_channels == out_channels else nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 1, stride=stride, bias=False), nn.BatchNorm2d(out_channels))

    def forward(self, x):
        f = F.relu(self.bn1(self.conv1(x)))
        return F.relu(self.bn2(self.conv2(f)) + self.shortcut(x))


class SmallResNet(nn.Module):
    """CnnCourse's SmallResNet with SmallResNetConfig.Quick: stem conv3x3(16)-bn-relu-maxpool, stages (1 x 16), (1 x 32)."""

    def __init__(self, stem=16, stem_pool=True, stages=((1, 16), (1, 32)), in_channels=1, num_classes=10):
        super().__init__()
        layers = [nn.Conv2d(in_channels, stem, 3, padding=1, bias=False), nn.BatchNorm2d(stem), nn.ReLU()]
        if stem_pool:
            layers.append(nn.MaxPool2d(2))
        self.stem = nn.Sequential(*layers)
        blocks, channels = [], stem
        for s, (count, width) in enumerate(stages):
            for b in range(count):
                blocks.append(ResidualBlock(channels, width, 2 if s > 0 and b == 0 else 1))
                channels = width
        self.stages = nn.Sequential(*blocks)
        self.classifier = nn.Linear(channels, num_classes)

    def forward(self, x):
        x = self.stages(self.stem(x))
        return self.classifier(torch.flatten(F.adaptive_avg_pool2d(x, 1), 1))


class DoubleConv(nn.Sequential):
    def __init__(self, in_channels, out_channels):
        super().__init__(nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False), nn.BatchNorm2d(out_channels), nn.ReLU(),
                         nn.Conv2d(out_channels, out_channels, 3, padding=1, bias=False), nn.BatchNorm2d(out_channels), nn.ReLU())


class UNet(nn.Module):
    """CnnCourse's UNet: DoubleConv + max pool per level down, transpose conv + concatenated skip + DoubleConv up, 1x1 head."""

    def __init__(self, in_channels=1, num_classes=5, widths=(8, 16, 32, 64)):
        super().__init__()
        depth = len(widths) - 1
        self.encoders = nn.ModuleList(DoubleConv(in_channels if l == 0 else widths[l - 1], widths[l]) for l in range(depth))
        self.bottleneck = DoubleConv(widths[depth - 1], widths[depth])
        self.upsamplers = nn.ModuleList(nn.ConvTranspose2d(widths[l + 1], widths[l], 2, stride=2) for l in reversed(range(depth)))
        self.decoders = nn.ModuleList(DoubleConv(2 * widths[l], widths[l]) for l in reversed(range(depth)))
        self.head = nn.Conv2d(widths[0], num_classes, 1)

    def forward(self, x):
        skips = []
        for encoder in self.encoders:
            x = encoder(x)
            skips.append(x)
            x = F.max_pool2d(x, 2)
        x = self.bottleneck(x)
        for up, decoder, skip in zip(self.upsamplers, self.decoders, reversed(skips)):
            x = decoder(torch.cat([up(x), skip], 1))
        return self.head(x)


# name: (factory, input shape (C, H, W), classes, per-image label shape: () for a class, (H, W) for a mask)
MODELS = {
    "lecture-cnn": (lambda: LectureCnn(), (1, 28, 28), 10, ()),
    "vgg-small": (lambda: VggSmall(), (3, 32, 32), 10, ()),
    "small-resnet": (lambda: SmallResNet(), (1, 28, 28), 10, ()),
    "unet": (lambda: UNet(), (1, 48, 48), 5, (48, 48)),
}


# name: memory format of the kernels and the batches
LAYOUTS = {"nchw": torch.contiguous_format, "channels-last": torch.channels_last}


def blas_info():
    """The BLAS library actually loaded (Debian picks it through alternatives or LD_LIBRARY_PATH)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.split()[-1].lower()}
    loaded = sorted(p for p in paths if ".so" in p)
    if any("openblas" in p for p in loaded):
        return "OpenBLAS (" + ", ".join(loaded) + ")"
    return "reference BLAS (" + ", ".join(loaded) + ")" if loaded else "none loaded"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, choices=sorted(MODELS))
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--layout", choices=LAYOUTS, default="nchw", help="memory format of the model and the batches")
    parser.add_argument("--count-parameters", action="store_true", help="print the model's parameter count and exit")
    args = parser.parse_args()
    factory, shape, classes, label_shape = MODELS[args.model]
    if args.count_parameters:
        print(sum(p.numel() for p in factory().parameters()))
        return

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    layout = LAYOUTS[args.layout]
    model = factory().to(memory_format=layout)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    count = args.batches * args.batch_size  # as many images as the C# side holds
    images = torch.randn(count, *shape)
    labels = torch.randint(0, classes, (count, *label_shape))
    generator = torch.Generator().manual_seed(0)

    def epoch(train, batches):
        """One pass over `batches` shuffled batches; returns the mean loss and accuracy (read once, at the end)."""
        order = torch.randperm(count, generator=generator)
        loss_sum = torch.zeros(1, dtype=torch.float64)
        correct = torch.zeros(1, dtype=torch.int64)
        seen = 0
        with torch.set_grad_enabled(train):
            for b in range(batches):
                index = order[b * args.batch_size:(b + 1) * args.batch_size]
                x, y = images.index_select(0, index).contiguous(memory_format=layout), labels.index_select(0, index)
                logits = model(x)
                loss = F.cross_entropy(logits, y)
                if train:
                    optimizer.zero_grad()
                    loss.backward()
                    optimizer.step()
                with torch.no_grad():
                    loss_sum += loss.detach().double() * x.shape[0]
                    correct += (logits.argmax(1) == y).sum()
                seen += y.numel()
        return loss_sum.item() / (batches * args.batch_size), correct.item() / seen

    def rate(train):
        model.train(train)
        epoch(train, min(args.warmup, args.batches))  # warm-up
        rates = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            epoch(train, args.batches)
            rates.append(count / (time.perf_counter() - start))
        return statistics.median(rates)

    train = rate(True)
    infer = rate(False)
    print(json.dumps({
        "model": args.model,
        "threads": torch.get_num_threads(),
        "batch_size": args.batch_size,
        "layout": args.layout,
        "parameters": sum(p.numel() for p in model.parameters()),
        "train_images_per_second": train,
        "inference_images_per_second": infer,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch": torch.__version__,
        "blas": blas_info(),
    }))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The PyTorch peer for `cnn bench`: the same models, loop and data as CnnCourse's benchmark.

Run with Debian's python3-torch (/usr/bin/python3). Prints one JSON object on stdout:
{"model", "threads", "batch_size", "train_images_per_second", "inference_images_per_second",
 "peak_rss_mb", "torch", "blas"}. Data is random and stays in memory, as on the C# side.
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
    """CnnCourse's VggSpec.Cifar10Small: groups of 3x3 convs (+ReLU) and a 2x2 max pool, then dense 256 + dropout."""

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


MODELS = {
    "lecture-cnn": (lambda: LectureCnn(), (1, 28, 28), 10),
    "vgg-small": (lambda: VggSmall(), (3, 32, 32), 10),
}


def blas_info():
    """The BLAS library actually loaded (Debian picks it through alternatives or LD_LIBRARY_PATH)."""
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "blas" in line.split()[-1].lower()}
    loaded = sorted(p for p in paths if ".so" in p)
    if any("openblas" in p for p in loaded):
        return "OpenBLAS (" + ", ".join(loaded) + ")"
    return "reference BLAS (" + ", ".join(loaded) + ")" if loaded else "none loaded"


def median_rate(step, batches, batch_size, repeats):
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(batches):
            step()
        rates.append(batches * batch_size / (time.perf_counter() - start))
    return statistics.median(rates)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True, choices=sorted(MODELS))
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    factory, shape, classes = MODELS[args.model]
    model = factory()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    pool = args.batches  # batches of data kept in memory, as many as the C# side holds
    images = torch.randn(pool, args.batch_size, *shape)
    labels = torch.randint(0, classes, (pool, args.batch_size))
    counter = [0]

    def train_step():
        i = counter[0] % pool
        counter[0] += 1
        optimizer.zero_grad()
        loss = F.cross_entropy(model(images[i]), labels[i])
        loss.backward()
        optimizer.step()

    def infer_step():
        i = counter[0] % pool
        counter[0] += 1
        with torch.no_grad():
            model(images[i])

    model.train()
    for _ in range(args.warmup):
        train_step()
    train = median_rate(train_step, args.batches, args.batch_size, args.repeats)
    model.eval()
    for _ in range(args.warmup):
        infer_step()
    infer = median_rate(infer_step, args.batches, args.batch_size, args.repeats)
    print(json.dumps({
        "model": args.model,
        "threads": torch.get_num_threads(),
        "batch_size": args.batch_size,
        "train_images_per_second": train,
        "inference_images_per_second": infer,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "torch": torch.__version__,
        "blas": blas_info(),
    }))


if __name__ == "__main__":
    main()

"""The spread table: every training figure a notebook test checks, over the runs environment/spread.sh kept.

Usage: table.py RUNS_DIR NOTEBOOKS_MD
Reads RUNS_DIR/CONFIG/NN-name.results.json, writes the table between the spread markers of NOTEBOOKS_MD and every
run's value to the CSV beside it (docs/notebook-spread.csv). Each figure names the bound its test uses, so the table
shows how many standard deviations lie between the mean and that bound.
"""
import csv, json, math, os, platform, statistics, sys, tempfile
from datetime import datetime, timezone

LN10 = math.log(10)

def last(r, history, key): return r[history][-1][key]
def each(r, history, key): return [e[key] for e in r[history]]
def late_loss(r, history): return statistics.fmean(each(r, history, "ValidationLoss")[-5:])   # the notebook's LateValidationLoss
def gap(r, history): return last(r, history, "TrainAccuracy") - last(r, history, "ValidationAccuracy")
def final_loss(r, runs, i): return statistics.fmean(r[runs][i]["Losses"][-20:])   # OptimizerRun.FinalLoss
def scored(r, name, history):
    """A test score the notebook computes after training; runs from before the validation split scored the test set as
    the history's validation figure."""
    value = r.get(name)
    if isinstance(value, dict): value = value.get("Accuracy")
    return value if value is not None else last(r, history, "ValidationAccuracy")
def log10_ratio(r, grads): return math.log10(r[grads][0]["Norm"] / r[grads][-1]["Norm"])

# (notebook, figure, value, bound as the test states it: ">= x" or "<= x", or "" where nothing bounds it)
FIGURES = [
    ("00", "test accuracy after 3 epochs", lambda r: scored(r, "testScore", "history"), ">= 0.70"),
    ("03", "whole CNN: test accuracy", lambda r: scored(r, "evaluation", "history"), ">= 0.85"),
    ("03", "whole CNN: lowest class accuracy", lambda r: min(r["perClass"]), ">= 0.30"),
    ("03", "sigmoid output: accuracy", lambda r: last(r, "sigmoid", "ValidationAccuracy"), ">= 0.90"),
    ("03", "softmax output: accuracy", lambda r: last(r, "softmax", "ValidationAccuracy"), ">= 0.90"),
    ("03", "sigmoid - softmax, absolute", lambda r: abs(last(r, "sigmoid", "ValidationAccuracy") - last(r, "softmax", "ValidationAccuracy")), "<= 0.05"),
    ("03", "1,000 images: training accuracy", lambda r: last(r, "plain", "TrainAccuracy"), ">= 0.95"),
    ("03", "1,000 images: validation loss, last five epochs - lowest", lambda r: late_loss(r, "plain") - min(each(r, "plain", "ValidationLoss")), ">= 0.04"),
    ("03", "1,000 images: validation accuracy", lambda r: last(r, "plain", "ValidationAccuracy"), ""),
    ("03", "gap training - validation, no dropout", lambda r: gap(r, "plain"), ">= 0.05"),
    ("03", "gap training - validation, dropout", lambda r: gap(r, "dropped"), ""),
    ("03", "gap without - gap with dropout", lambda r: gap(r, "plain") - gap(r, "dropped"), ">= 0"),
    ("03", "training accuracy without - with dropout", lambda r: last(r, "plain", "TrainAccuracy") - last(r, "dropped", "TrainAccuracy"), ">= 0"),
    ("03", "validation accuracy with - without dropout", lambda r: last(r, "dropped", "ValidationAccuracy") - last(r, "plain", "ValidationAccuracy"), ""),
    ("03", "validation loss, last five epochs, without - with dropout", lambda r: late_loss(r, "plain") - late_loss(r, "dropped"), ">= 0.04"),
    ("03", "detector: precision", lambda r: r["detectionScore"]["Precision"], ">= 0.30"),
    ("03", "detector: recall", lambda r: r["detectionScore"]["Recall"], ">= 0.30"),
    ("05", "retrain all layers: mean test accuracy of 3 seeds", lambda r: r["allLayers"]["TestAccuracy"], ""),
    ("05", "classifier only: mean test accuracy of 3 seeds", lambda r: r["onlyClassifier"]["TestAccuracy"], ""),
    ("05", "from scratch: mean test accuracy of 3 seeds", lambda r: r["scratch"]["TestAccuracy"], ">= 0.20"),
    ("05", "from scratch: SD of its 3 seeds", lambda r: r["scratch"]["TestAccuracySd"], ""),
    ("05", "retrain all - from scratch, means", lambda r: r["allLayers"]["TestAccuracy"] - r["scratch"]["TestAccuracy"], ""),
    ("05", "classifier only - from scratch, means", lambda r: r["onlyClassifier"]["TestAccuracy"] - r["scratch"]["TestAccuracy"], ""),
    ("05", "retrain all - classifier only, means", lambda r: r["allLayers"]["TestAccuracy"] - r["onlyClassifier"]["TestAccuracy"], ""),
    ("05", "from scratch: lowest single run", lambda r: min(x["TestAccuracy"] for x in r["scratch"]["Runs"]), ">= 0.20"),
    ("06", "plain: log10(first / last layer's gradient)", lambda r: log10_ratio(r, "plainGradients"), "<= -4"),
    ("06", "residual: log10(first / last layer's gradient)", lambda r: log10_ratio(r, "residualGradients"), ">= -1.3"),
    ("06", "plain: training loss, last epoch - ln 10", lambda r: last(r, "plainHistory", "TrainLoss") - LN10, ">= -0.25"),
    ("06", "plain - residual: training loss, last epoch", lambda r: last(r, "plainHistory", "TrainLoss") - last(r, "residualHistory", "TrainLoss"), ">= 0.40"),
    ("06", "plain: test accuracy", lambda r: scored(r, "plainTestAccuracy", "plainHistory"), "<= 0.35"),
    ("06", "residual: test accuracy", lambda r: scored(r, "residualTestAccuracy", "residualHistory"), ""),
    ("06", "residual - plain: test accuracy", lambda r: scored(r, "residualTestAccuracy", "residualHistory") - scored(r, "plainTestAccuracy", "plainHistory"), ">= 0.07"),
    ("06", "small ResNet: test accuracy", lambda r: scored(r, "evaluation", "history"), ">= 0.86"),
    ("07", "UNet: mean IoU", lambda r: r["scores"]["MeanIoU"], ">= 0.35"),
    ("07", "UNet: background IoU", lambda r: r["scores"]["IoU"][0], ">= 0.95"),
    ("07", "UNet: lowest item class IoU", lambda r: min(r["scores"]["IoU"][1:]), ""),
    ("07", "UNet: pixel accuracy - background share", lambda r: r["scores"]["PixelAccuracy"] - r["backgroundShare"], ">= 0.05"),
    ("07", "short run, cross-entropy: mean IoU", lambda r: statistics.fmean(r["crossEntropyRun"][1]["IoU"]), ""),
    ("07", "short run, Dice: mean IoU", lambda r: statistics.fmean(r["diceRun"][1]["IoU"]), ""),
    ("07", "short run, cross-entropy - all background", lambda r: statistics.fmean(r["crossEntropyRun"][1]["IoU"]) - r["allBackground"]["MeanIoU"], ">= 0.05"),
    ("07", "short run, Dice - all background", lambda r: statistics.fmean(r["diceRun"][1]["IoU"]) - r["allBackground"]["MeanIoU"], ">= 0.05"),
    ("07", "full run - short cross-entropy run: mean IoU", lambda r: r["scores"]["MeanIoU"] - statistics.fmean(r["crossEntropyRun"][1]["IoU"]), ">= 0"),
    ("07", "masks read from disk: mean IoU", lambda r: r["diskScores"]["MeanIoU"], ">= 0.20"),
    ("08", "SGD: final loss", lambda r: final_loss(r, "runs", 0), ""),
    ("08", "SGD - momentum: final loss", lambda r: final_loss(r, "runs", 0) - final_loss(r, "runs", 1), ">= 0.10"),
    ("08", "SGD - Adam: final loss", lambda r: final_loss(r, "runs", 0) - final_loss(r, "runs", 2), ">= 0.10"),
    ("08", "Adam: final loss", lambda r: final_loss(r, "runs", 2), "<= 1.0"),
    ("08", "learning rate too small: final loss", lambda r: final_loss(r, "rateRuns", 0), ">= 2.0"),
    ("08", "too small - right: final loss", lambda r: final_loss(r, "rateRuns", 0) - final_loss(r, "rateRuns", 1), ">= 0.50"),
]

BEGIN, END = "<!-- spread:begin -->", "<!-- spread:end -->"

def numbers(value):
    """NotebookResults writes NaN and infinities as strings."""
    if isinstance(value, str): return float(value) if value in ("NaN", "Infinity", "-Infinity") else value
    if isinstance(value, list): return [numbers(v) for v in value]
    if isinstance(value, dict): return {k: numbers(v) for k, v in value.items()}
    return value

def load(runs_dir):
    runs = {}   # (config, notebook number) -> results
    for config in sorted(os.listdir(runs_dir)):
        folder = os.path.join(runs_dir, config)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".results.json"):
                with open(os.path.join(folder, name)) as f:
                    runs[(config, name[:2])] = json.load(f, parse_constant=float)
    return runs

def sds_to_bound(mean, sd, bound):
    if not bound: return ""
    op, limit = bound.split()
    distance = (mean - float(limit)) if op == ">=" else (float(limit) - mean)
    if sd == 0: return "∞" if distance > 0 else "0"
    return f"{distance / sd:.1f}"

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"): return line.split(":", 1)[1].strip()
    except OSError: pass
    return platform.processor() or "unknown CPU"

def write_atomically(path, text):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".spread-")
    with os.fdopen(fd, "w", newline="") as f: f.write(text)
    os.replace(tmp, path)

def main(runs_dir, doc_path):
    if not os.path.isdir(runs_dir): sys.exit(f"table.py: {runs_dir}: no runs kept yet (run environment/spread.sh first)")
    runs = load(runs_dir)
    configs = sorted({c for c, _ in runs})
    rows, per_run = [], []
    for notebook, figure, value, bound in FIGURES:
        values = []
        for config in configs:
            r = runs.get((config, notebook))
            if r is None: continue
            v = value(numbers(r))
            values.append(v)
            per_run.append((notebook, figure, config, f"{v:.6g}"))
        if not values: continue
        mean = statistics.fmean(values)
        sd = statistics.stdev(values) if len(values) > 1 else 0.0
        rows.append(f"| {notebook} | {figure} | {bound or '(not bounded)'} | {mean:.3f} | {sd:.3f} | {min(values):.3f} | {max(values):.3f} | {len(values)} | {sds_to_bound(mean, sd, bound)} |")

    with open(doc_path) as f: doc = f.read()
    if BEGIN not in doc or END not in doc: sys.exit(f"table.py: {doc_path} has no '{BEGIN}' ... '{END}' markers to write between")
    cores = os.cpu_count()
    table = "\n".join([
        BEGIN,
        f"Measured on {datetime.now(timezone.utc):%Y-%m-%d}: {cpu_model()}, {cores} logical cores. *SDs to bound* is "
        "(mean - bound) / SD: how many standard deviations of this spread lie between the mean and the bound the notebook's "
        "test uses.",
        "",
        "| notebook | figure | test's bound | mean | SD | min | max | runs | SDs to bound |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "The runs of each notebook: " + "; ".join(
            f"{n}: {', '.join(c for c in configs if (c, n) in runs)}" for n in sorted({n for _, n in runs})) + ".",
        END,
    ])
    before, rest = doc.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    write_atomically(doc_path, before + table + after)

    csv_path = os.path.join(os.path.dirname(doc_path), "notebook-spread.csv")
    lines = ["notebook,figure,configuration,value"] + [",".join(f'"{x}"' if "," in x else x for x in row) for row in per_run]
    write_atomically(csv_path, "\n".join(lines) + "\n")
    print(f"table.py: {len(rows)} figures over {len(configs)} configurations written to {doc_path} and {csv_path}")

if __name__ == "__main__":
    if len(sys.argv) != 3: sys.exit("usage: table.py RUNS_DIR NOTEBOOKS_MD")
    main(sys.argv[1], sys.argv[2])

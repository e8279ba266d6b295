"""What a student's kernel costs to start and to run a lecture notebook, against a Python kernel running the same
arithmetic, measured through Jupyter's own client (jupyter_client, as the notebook server and nbconvert use it).

    /usr/bin/python3 environment/kernel_start_bench.py [--rounds N] [--out FILE] [--jit-kernels DIR]

Cases, interleaved round by round so that a busy moment hits every case alike:
  python-02            tests/peer/numerical_example.ipynb: notebook 02's arithmetic in PyTorch, 14 cells (text output)
  csharp-one-line      the C# kernel running `1` (its start, and the first result)
  csharp-setup         notebook 02's set-up cell (#r the kit, Course.Start)
  csharp-02            every code cell of notebook 02
  csharp-02-jit        the same with the kernel tool as NuGet ships it, IL only (--jit-kernels: a kernels folder
                       install-kernel.sh --no-readytorun made), for the before/after of ReadyToRun
  csharp-02-other-kit  the same, loading the kit from another folder (--other-kit: e.g. one compiled ReadyToRun)
  csharp-02 DOTNET_x   the same with runtime settings changed (--settings; only what is measured to pay is kept)
Per run: CPU-seconds of the kernel process (user + system, read from /proc when the last cell ends), wall seconds from
the kernel's start to the end of its first cell (its first result) and of its last; for C#, methods the JIT compiled and its time
(System.Runtime.JitInfo). Prints medians and the CPU ratio of each case to python-02; writes every run to --out.
"""
import argparse
import json
import os
import statistics
import sys
import time

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOKS = os.path.join(ROOT, "notebooks")
TICKS = os.sysconf("SC_CLK_TCK")
DIAGNOSTICS = ('$"diagnostics jit-methods={System.Runtime.JitInfo.GetCompiledMethodCount()} '
               'jit-seconds={System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:F3}"')


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in notebook["cells"] if c["cell_type"] == "code"]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS   # utime, stime


def run_case(kernel_name, cells, env=None, kernel_dirs=None, diagnostics=False, cwd=NOTEBOOKS):
    spec_manager = KernelSpecManager()
    if kernel_dirs:
        spec_manager.kernel_dirs = kernel_dirs
    manager = KernelManager(kernel_name=kernel_name, kernel_spec_manager=spec_manager)
    if env:
        manager.kernel_spec.env.update(env)   # the case's settings win over the kernelspec's own
    environment = dict(os.environ, **(env or {}))
    started = time.monotonic()
    manager.start_kernel(cwd=cwd, env=environment)
    client = manager.client()
    client.start_channels()
    first_cell = None
    outputs = []
    try:
        client.wait_for_ready(timeout=180)
        cpu_ready = cpu_seconds(manager.provisioner.process.pid)
        cell_cpu = []

        def on_message(message):
            if message["msg_type"] in ("stream", "display_data", "execute_result"):
                data = message["content"].get("data", {})
                outputs.append(message["content"].get("text", "") + " ".join(v for v in data.values() if isinstance(v, str)))
            elif message["msg_type"] == "error":
                raise RuntimeError(f"{kernel_name}: {message['content']['ename']}: {message['content']['evalue']}")

        for cell in cells:
            reply = client.execute_interactive(cell, timeout=300, output_hook=on_message)
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"{kernel_name}: a cell ended {reply['content']['status']}: {cell[:80]!r}")
            if first_cell is None:
                first_cell = time.monotonic() - started
            cell_cpu.append(cpu_seconds(manager.provisioner.process.pid))
        ended = time.monotonic() - started
        cpu = cpu_seconds(manager.provisioner.process.pid)
        record = {"cpu_s": round(cpu, 2), "cpu_ready_s": round(cpu_ready, 2), "cpu_first_cell_s": round(cell_cpu[0], 2),
                  "first_cell_s": round(first_cell, 2), "end_s": round(ended, 2),
                  "cpu_per_cell_s": [round(b - a, 2) for a, b in zip([cpu_ready] + cell_cpu, cell_cpu)]}
        shown = list(outputs)
        if diagnostics:
            outputs.clear()
            client.execute_interactive(DIAGNOSTICS, timeout=60, output_hook=on_message)
            text = " ".join(outputs)
            for key in ("jit-methods", "jit-seconds"):
                value = text.split(key + "=", 1)[1].split()[0].strip('"')
                record[key.replace("-", "_")] = float(value)
        return record, shown
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default=os.path.join(ROOT, "artifacts", "bench", "kernel-start.json"))
    parser.add_argument("--jit-kernels", help="a kernels folder with an IL-only .net-csharp (install-kernel.sh --no-readytorun)")
    parser.add_argument("--other-kit", help="a copy of the course folder whose lib/ was built or compiled differently "
                                               "(its notebooks/ is the kernel's folder, so #r loads its lib/)")
    parser.add_argument("--settings", default="DOTNET_gcServer=0,DOTNET_TieredPGO=0",
                        help="runtime settings to try on csharp-02, one case each (comma-separated NAME=VALUE, several joined by +; '' for none)")
    args = parser.parse_args()

    notebook_02 = code_cells(os.path.join(NOTEBOOKS, "02-numerical-example.ipynb"))
    python_02 = code_cells(os.path.join(ROOT, "tests", "peer", "numerical_example.ipynb"))
    cases = [
        ("python-02", "python3", python_02, {}, None, NOTEBOOKS),
        ("csharp-one-line", ".net-csharp", ["1"], {}, None, NOTEBOOKS),
        ("csharp-setup", ".net-csharp", notebook_02[:1], {}, None, NOTEBOOKS),
        ("csharp-02", ".net-csharp", notebook_02, {}, None, NOTEBOOKS),
    ]
    if args.jit_kernels:
        cases.append(("csharp-02-jit", ".net-csharp", notebook_02, {}, [args.jit_kernels], NOTEBOOKS))
    if args.other_kit:
        cases.append(("csharp-02-other-kit", ".net-csharp", notebook_02, {}, None, os.path.join(args.other_kit, "notebooks")))
    for setting in filter(None, args.settings.split(",")):
        env = dict(part.split("=", 1) for part in setting.split("+"))
        cases.append((f"csharp-02 {setting}", ".net-csharp", notebook_02, env, None, NOTEBOOKS))

    runs = {name: [] for name, *_ in cases}
    for round_number in range(args.rounds):
        order = cases[round_number % len(cases):] + cases[:round_number % len(cases)]
        for name, kernel, cells, env, dirs, cwd in order:
            record, outputs = run_case(kernel, cells, env, dirs, diagnostics=kernel != "python3", cwd=cwd)
            if "02" in name and not any("2356" in o or "2,356" in o for o in outputs):
                # Both notebooks show the lecture's parameter count; a run that did not is not a measurement.
                raise RuntimeError(f"{name} did not show the lecture's 2356 parameters")
            runs[name].append(record)
            print(f"round {round_number + 1}/{args.rounds}  {name:<32} cpu {record['cpu_s']:6.2f} s  first cell done "
                  f"{record['first_cell_s']:6.2f} s  end {record['end_s']:6.2f} s", flush=True)

    baseline = statistics.median(r["cpu_s"] for r in runs["python-02"])
    summary = []
    print(f"\n{'case':<32} {'CPU s':>7} {'x python-02':>11} {'CPU at ready':>12} {'after cell 1':>12} {'first cell s':>13} {'end s':>7} {'JIT methods':>12} {'JIT s':>6}")
    for name, records in runs.items():
        median = {k: statistics.median(r[k] for r in records) for k in records[0] if k != "cpu_per_cell_s"}
        median["cpu_ratio_to_python_02"] = round(median["cpu_s"] / baseline, 2)
        summary.append({"case": name, **median})
        print(f"{name:<32} {median['cpu_s']:7.2f} {median['cpu_ratio_to_python_02']:11.2f} {median['cpu_ready_s']:12.2f} "
              f"{median['cpu_first_cell_s']:12.2f} {median['first_cell_s']:13.2f} "
              f"{median['end_s']:7.2f} {median.get('jit_methods', 0):12.0f} {median.get('jit_seconds', 0):6.2f}")
    with open("/proc/cpuinfo") as f:
        model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "unknown CPU")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out + ".tmp", "w") as f:
        json.dump({"machine": f"{model}, {os.cpu_count()} cores", "load_average": os.getloadavg(), "rounds": args.rounds,
                   "summary": summary, "runs": runs}, f, indent=1)
    os.replace(args.out + ".tmp", args.out)
    print(f"\nwritten: {args.out} (medians of {args.rounds} rounds; load average {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    sys.exit(main())

"""Runs a lecture notebook inside the course image the way a student's pod runs it, and reports what happened: every
code cell executed in order by the course kernel, started through Jupyter's own client (as the notebook server starts
it), then an optional probe cell; while the kernel is still running, the TCP sockets it listens on.

    python3 pod_check.py NOTEBOOK [--probe FILE]      (inside the container, as the student; prints one JSON object)

Report: the user id, the cgroup's memory limit and CPU quota, whether the pod has a route out, each cell's outputs as text, the first error (cell
index, name, message), the probe cell's printed output, and the kernel's listening sockets as "address:port".
Used by the image test (tests/CnnCourse.Cli.Tests/Hub/KubernetesImageTests.cs); an instructor can run it in a pod too.
"""
import argparse
import ipaddress
import json
import os
import sys
import time

from jupyter_client.manager import KernelManager


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in notebook["cells"] if c["cell_type"] == "code"]


def execute(client, code, timeout=600):
    """Runs one cell; returns (text outputs, error or None)."""
    msg_id = client.execute(code)
    texts, error = [], None
    deadline = time.monotonic() + timeout
    while True:
        msg = client.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            texts.append(content["text"])
        elif kind in ("execute_result", "display_data"):
            data = content.get("data", {})
            texts.append(data.get("text/plain") or data.get("text/html") or "")
        elif kind == "error":
            error = f"{content.get('ename')}: {content.get('evalue')}"
        elif kind == "status" and content["execution_state"] == "idle":
            return texts, error


def listening_sockets(pid):
    """TCP sockets in LISTEN state held by the process, from /proc (no ss or netstat needed in the image)."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table, width in (("/proc/net/tcp", 4), ("/proc/net/tcp6", 16)):
        if not os.path.exists(table):
            continue
        with open(table) as f:
            next(f)
            for line in f:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state != "0A" or inode not in inodes:
                    continue
                address, port = local.split(":")
                raw = bytes.fromhex(address)
                # /proc prints each 32-bit word in host (little-endian) order.
                raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
                found.append(f"{ipaddress.ip_address(raw)}:{int(port, 16)}")
    return sorted(found)


def read_first(*paths):
    for path in paths:
        try:
            with open(path) as f:
                return f.read().strip()
        except OSError:
            continue
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("--probe", help="a file of C# run as one more cell after the notebook's")
    args = parser.parse_args()

    cells = code_cells(args.notebook)
    probe = open(args.probe, encoding="utf-8").read() if args.probe else None
    manager = KernelManager(kernel_name=".net-csharp")
    manager.start_kernel(cwd=os.path.dirname(os.path.abspath(args.notebook)))
    client = manager.client()
    client.start_channels()
    report = {"uid": os.getuid(), "cells": [], "error": None, "probe": None,
              "memory_limit": read_first("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"),
              "cpu_quota": read_first("/sys/fs/cgroup/cpu.max", "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
              "default_route": any(line.split()[1] == "00000000" for line in open("/proc/net/route").readlines()[1:])}
    try:
        client.wait_for_ready(timeout=180)
        for index, code in enumerate(cells + ([probe] if probe else [])):
            texts, error = execute(client, code)
            if probe and index == len(cells):
                report["probe"] = "".join(texts)
            else:
                report["cells"].append(texts)
            if error:
                report["error"] = {"cell": index, "message": error}
                break
        report["listening"] = listening_sockets(manager.provisioner.process.pid)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

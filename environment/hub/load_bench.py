"""The course hub under a class's load: N students open and run a lecture notebook at the same moment.

Started by `bash environment/hub-load.sh` (root, on a machine that may host a test hub: it installs the hub like
the hub tests do). It starts `environment/hub.sh --demo --foreground` on 127.0.0.1 with N generated students, logs
each in through the REST API and starts their servers; then, at one moment, every student opens the notebook (a
session with the C# kernel, the path a browser takes) and runs its code cells in order over the kernel's websocket.
It reports, per student and as median and max: seconds to the first output (kernel start included) and to the last
cell's end, the kernel's peak resident memory, the student's cgroup peak (server and kernel together); and checks
that every run computed the lecture's numbers. One student runs the notebook alone first, for the baseline the
capacity rule compares against. Everything it created (accounts, servers, cgroups, configuration) is removed at the end.
"""
import argparse
import asyncio
import json
import os
import re
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

ETC = "/etc/cnncourse"
SAVED = ["roster.csv", "hub.json", "jupyterhub_config.py"]
NOTEBOOK = "notebooks/02-numerical-example.ipynb"
# The numbers notebook 02 computes (total parameters; conv1, conv2, fc1, classifier; the slide's 4x4 map and stride 1's 8).
EXPECTED = "2356 80 1168 1040 68 4 8"
PROBE = ('$"{summary.TotalParameters} {string.Join(" ", new[] { "conv1", "conv2", "fc1", "classifier" }'
         '.Select(n => summary.Layers.Single(l => l.Name == n).Parameters))} {asAsked} {asWritten}"')


class Hub:
    """hub.sh in the foreground, its output collected; the demo passwords it prints."""

    def __init__(self, root, roster, port, students, mem_limit):
        self.lines, self.ready, self.passwords = [], threading.Event(), {}
        command = ["bash", os.path.join(root, "environment", "hub.sh"), "--foreground", "--demo", "--roster", roster,
                   "--port", str(port), "--cull-idle", "3600", "--mem-limit", mem_limit, "--concurrent", str(students)]
        self.process = subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            match = re.match(r"^  (hubload[0-9a-f]{6}\d+)\s+(\S+)$", line)
            if match:
                self.passwords[match.group(1)] = match.group(2)
            if "JupyterHub is now running at" in line:
                self.ready.set()

    def log(self, last=40):
        return "\n".join(self.lines[-last:])

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)   # JupyterHub stops every student's server and the proxy
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Student:
    def __init__(self, name):
        self.name, self.password, self.token = name, None, None


async def api(url, method="GET", token=None, body=None, timeout=300):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "token " + token
    request = HTTPRequest(url, method=method, headers=headers, body=None if body is None else json.dumps(body),
                          connect_timeout=timeout, request_timeout=timeout, allow_nonstandard_methods=True)
    response = await AsyncHTTPClient().fetch(request, raise_error=False)
    if response.code >= 400 or response.code == 599:
        raise RuntimeError(f"{method} {url} answered {response.code}: {(response.body or b'').decode()[:300]}")
    return json.loads(response.body) if response.body else None


async def start_server(hub_url, student):
    await api(f"{hub_url}/hub/api/users/{student.name}/server", "POST", student.token)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        user = await api(f"{hub_url}/hub/api/users/{student.name}", token=student.token)
        server = (user.get("servers") or {}).get("")
        if server and server.get("ready"):
            return
        await asyncio.sleep(0.5)
    raise RuntimeError(f"{student.name}'s server was not ready within 5 minutes")


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        cells = json.load(f)["cells"]
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells if c["cell_type"] == "code"]


async def run_notebook(hub_url, student, cells, start_at):
    """Opens the notebook as the browser does and runs its cells; timings are seconds from start_at."""
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    server = f"{hub_url}/user/{student.name}/"
    session = await api(server + "api/sessions", "POST", student.token,
                        {"path": NOTEBOOK, "name": os.path.basename(NOTEBOOK), "type": "notebook", "kernel": {"name": ".net-csharp"}})
    kernel = session["kernel"]["id"]
    session_id = uuid.uuid4().hex
    ws_url = server.replace("http://", "ws://") + f"api/kernels/{kernel}/channels?session_id={session_id}"
    # The server answers the websocket only once the kernel has started, which takes long when a class starts at once.
    socket_ = await websocket_connect(HTTPRequest(ws_url, headers={"Authorization": "token " + student.token},
                                                  connect_timeout=600, request_timeout=600), max_message_size=64 << 20)
    first_output = None
    probe_output = ""
    try:
        for index, code in enumerate(cells + [PROBE]):
            msg_id = uuid.uuid4().hex
            socket_.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session_id, "username": student.name,
                           "version": "5.3", "date": ""},
                "parent_header": {}, "metadata": {}, "channel": "shell",
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
                            "stop_on_error": True}}))
            replied = idle = False
            while not (replied and idle):
                raw = await asyncio.wait_for(socket_.read_message(), timeout=600)
                if raw is None:
                    raise RuntimeError(f"{student.name}'s kernel closed its websocket in cell {index + 1}")
                message = json.loads(raw)
                if message.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind, content = message["msg_type"], message["content"]
                if kind in ("stream", "display_data", "execute_result") and first_output is None:
                    first_output = time.monotonic() - start_at
                if kind == "execute_result" and index == len(cells):
                    probe_output = content["data"].get("text/plain", "")
                if kind == "error":
                    raise RuntimeError(f"{student.name}'s cell {index + 1}: {content.get('ename')}: {content.get('evalue')}")
                if kind == "execute_reply":
                    replied = True
                    if content.get("status") != "ok":
                        raise RuntimeError(f"{student.name}'s cell {index + 1} replied {content.get('status')}")
                if kind == "status" and content.get("execution_state") == "idle":
                    idle = True
        done = time.monotonic() - start_at
        return {"student": student.name, "first_output_s": round(first_output, 1), "done_s": round(done, 1),
                "kernel_peak_mb": kernel_peak_mb(student.name), "cgroup_peak_mb": cgroup_peak_mb(student.name),
                "numbers": probe_output.strip().strip('"')}
    finally:
        socket_.close()
        await api(server + f"api/sessions/{session['id']}", "DELETE", student.token)


def kernel_peak_mb(user):
    """The peak resident memory (VmHWM) of the student's .NET kernel process."""
    uid = int(subprocess.run(["id", "-u", user], capture_output=True, text=True, check=True).stdout)
    peak = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/status") as f:
                status = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().decode(errors="replace")
        except OSError:
            continue
        if re.search(rf"^Uid:\s+{uid}\s", status, re.M) and "dotnet" in cmdline and "interactive" in cmdline.lower():
            match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
            peak = max(peak, int(match.group(1)) // 1024 if match else 0)
    return peak


def cgroup_peak_mb(user):
    try:
        with open(f"/sys/fs/cgroup/memory/cnncourse/{user}/memory.max_usage_in_bytes") as f:
            return int(f.read()) >> 20
    except OSError:
        return None


def free_port_triple():
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port <= 65533 and all(free(port + i) for i in (1, 2)):
            return port
    raise RuntimeError("no three consecutive free ports on 127.0.0.1")


def free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def summary(values):
    return {"median": round(statistics.median(values), 1), "max": round(max(values), 1)}


async def measure(hub_url, students, cells):
    for student in students:
        student.token = (await api(f"{hub_url}/hub/api/users/{student.name}/tokens", "POST",
                                   body={"auth": {"username": student.name, "password": student.password}, "note": "load bench"}))["token"]
    await asyncio.gather(*(start_server(hub_url, s) for s in students))
    print(f"[load] {len(students)} servers ready; {students[0].name} runs {NOTEBOOK} alone first", flush=True)
    alone = await run_notebook(hub_url, students[0], cells, time.monotonic())
    # Its kernel is gone; a fresh one for everybody, all at the same moment (a class told "open 02 and run all").
    print(f"[load] alone: first output {alone['first_output_s']} s, done {alone['done_s']} s; now all {len(students)} at once", flush=True)
    start_at = time.monotonic() + 2
    together = await asyncio.gather(*(run_notebook(hub_url, s, cells, start_at) for s in students), return_exceptions=True)
    failures = [f"{s.name}: {r}" for s, r in zip(students, together) if isinstance(r, BaseException)]
    if failures:
        raise RuntimeError(f"{len(failures)} of {len(students)} students' runs failed:\n" + "\n".join(failures))
    return alone, list(together)


def report(alone, together, cores, memory_gb, mem_limit):
    n = len(together)
    failed = [r for r in together + [alone] if r["numbers"] != EXPECTED]
    first = summary([r["first_output_s"] for r in together])
    done = summary([r["done_s"] for r in together])
    kernel = summary([r["kernel_peak_mb"] for r in together])
    cgroup = summary([r["cgroup_peak_mb"] or 0 for r in together])
    print(f"\n{'student':<22}{'first output s':>16}{'done s':>10}{'kernel peak MB':>16}{'cgroup peak MB':>16}  numbers")
    for r in [dict(alone, student=alone["student"] + " (alone)")] + together:
        print(f"{r['student']:<22}{r['first_output_s']:>16}{r['done_s']:>10}{r['kernel_peak_mb']:>16}{str(r['cgroup_peak_mb']):>16}  "
              f"{'lecture numbers' if r['numbers'] == EXPECTED else 'WRONG: ' + r['numbers']}")
    print(f"\n{n} students at once on {cores} cores, {memory_gb} GB: first output median {first['median']} s, max {first['max']} s; "
          f"done median {done['median']} s, max {done['max']} s (alone: {alone['first_output_s']} s and {alone['done_s']} s)")
    print(f"memory per student: kernel peak median {kernel['median']} MB, max {kernel['max']} MB; "
          f"server and kernel (cgroup) median {cgroup['median']} MB, max {cgroup['max']} MB; cap {mem_limit}")
    # Capacity, from this run: memory bounds how many kernels fit at all; CPU bounds how many can start at once
    # and still see output within a minute (starting a kernel is the CPU-heavy part of a first lecture cell).
    per_gb = 1024 / max(cgroup["max"], kernel["max"], 1)
    kernel_cpu_s = cores * done["max"] / n   # core-seconds one student's open-and-run took, under full load
    per_core_minute = 60 / max(kernel_cpu_s, 1e-9)
    print(f"capacity rule: about {per_gb:.1f} students per GB of memory (peak {max(cgroup['max'], kernel['max'])} MB each); "
          f"about {per_core_minute:.1f} students per core who may start at the same moment and finish within a minute "
          f"({kernel_cpu_s:.1f} core-seconds each)")
    return {"students": n, "cores": cores, "memory_gb": memory_gb, "alone": alone, "together": together,
            "first_output_s": first, "done_s": done, "kernel_peak_mb": kernel, "cgroup_peak_mb": cgroup,
            "students_per_gb": round(per_gb, 1), "core_seconds_per_student": round(kernel_cpu_s, 1),
            "students_per_core_per_minute": round(per_core_minute, 1), "failed": [r["student"] for r in failed]}


def main():
    AsyncHTTPClient.configure(None, max_clients=1000)   # one connection per student at once, none queued
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=10, help="students who run the notebook at the same moment (default 10)")
    parser.add_argument("--mem-limit", default="3G", help="memory cap per student, as hub.sh takes it (default 3G)")
    parser.add_argument("--out", required=True, help="where the JSON report goes")
    args = parser.parse_args()
    if args.students < 1:
        parser.error(f"--students {args.students}: expected 1 or more")
    if os.geteuid() != 0:
        sys.exit("hub-load: run as root: the hub creates Linux accounts for the generated students")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    suffix = secrets.token_hex(3)
    students = [Student(f"hubload{suffix}{i + 1}") for i in range(args.students)]
    saved = {f: open(os.path.join(ETC, f), "rb").read() if os.path.exists(os.path.join(ETC, f)) else None for f in SAVED}
    work = tempfile.mkdtemp(prefix="cnn-hub-load-")
    roster = os.path.join(work, "roster.csv")
    with open(roster, "w", encoding="utf-8") as f:
        f.write("username,name\n" + "".join(f"{s.name},Load Student {i + 1}\n" for i, s in enumerate(students)))
    port = free_port_triple()
    hub = Hub(root, roster, port, args.students, args.mem_limit)
    try:
        if not hub.ready.wait(timeout=900):
            raise RuntimeError(f"the hub did not start within 15 minutes:\n{hub.log()}")
        for s in students:
            s.password = hub.passwords.get(s.name) or sys.exit(f"hub-load: hub.sh printed no password for {s.name}:\n{hub.log()}")
        cells = code_cells(os.path.join(root, NOTEBOOK))
        alone, together = asyncio.run(measure(f"http://127.0.0.1:{port}", students, cells))
        cores = os.cpu_count()
        memory_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
        result = report(alone, together, cores, memory_gb, args.mem_limit)
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out + ".tmp", "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
        os.replace(args.out + ".tmp", args.out)
        print(f"[load] report: {args.out}")
        if result["failed"]:
            sys.exit(f"hub-load: these runs did not compute the lecture's numbers: {', '.join(result['failed'])}")
    finally:
        hub.stop()
        for s in students:
            subprocess.run(["pkill", "-KILL", "-u", s.name], capture_output=True)
            for _ in range(10):
                if subprocess.run(["userdel", "--remove", s.name], capture_output=True).returncode != 8:   # 8: still logged in
                    break
                time.sleep(0.5)
            for controller in ("memory", "cpu", "pids"):
                try:
                    os.rmdir(f"/sys/fs/cgroup/{controller}/cnncourse/{s.name}")
                except OSError:
                    pass
        # The firewall rule and /proc's option hub.sh set up go too, as the hub tests leave the machine.
        subprocess.run(["bash", os.path.join(os.path.dirname(os.path.abspath(__file__)), "isolation.sh"), "remove"], capture_output=True)
        for name, content in saved.items():
            path = os.path.join(ETC, name)
            if content is None:
                if os.path.exists(path):
                    os.remove(path)
            else:
                with open(path, "wb") as f:
                    f.write(content)
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    main()

"""The parts of environment/hub.sh that are easier in Python: checking its input, then applying it.

    setup_hub.py check ...   validates the roster, the ports and the TLS files; changes nothing
    setup_hub.py apply ...   mirrors the kit, creates or updates the accounts, writes the hub's configuration

Every problem is one line naming the thing and the fix, and `check` runs before anything is installed, so a bad
input leaves the machine as it was. `apply` is safe to repeat: it repairs whatever a broken earlier run left.
"""
import argparse
import csv
import ipaddress
import json
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile

GROUP = "cnncourse-students"
USERNAME = re.compile(r"^[a-z][a-z0-9_-]{0,30}$")
DEMO_STUDENTS = [("demo1", "Demo Student One"), ("demo2", "Demo Student Two"), ("demo3", "Demo Student Three")]


class InputError(Exception):
    pass


def read_roster(path):
    """Rows (username, display name, email) from a CSV with the header username,name[,email]."""
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
    except FileNotFoundError:
        raise InputError(f"roster {path} not found: pass a CSV with the header username,name,email")
    except UnicodeDecodeError:
        raise InputError(f"roster {path} is not UTF-8 text: save it as UTF-8 CSV")
    rows = [(i + 1, r) for i, r in enumerate(rows) if any(cell.strip() for cell in r)]
    if not rows or [c.strip().lower() for c in rows[0][1][:2]] != ["username", "name"]:
        raise InputError(f"roster {path}: the first line must be the header username,name,email (email optional)")
    students, seen = [], {}
    for line, row in rows[1:]:
        if len(row) < 2 or len(row) > 3:
            raise InputError(f"roster {path} line {line}: {len(row)} fields, expected username,name[,email]")
        username, name = row[0].strip(), row[1].strip()
        email = row[2].strip() if len(row) == 3 else ""
        if not USERNAME.match(username):
            raise InputError(f"roster {path} line {line}: username '{username}' is invalid: expected a lowercase letter, "
                             "then up to 30 lowercase letters, digits, '-' or '_'")
        if username in seen:
            raise InputError(f"roster {path} lines {seen[username]} and {line}: username '{username}' is given twice; "
                             "keep one row per student")
        if not name or any(ch in name for ch in ":\n\r"):
            raise InputError(f"roster {path} line {line}: name '{name}' must be non-empty and contain no ':'")
        if email and not re.match(r"^[^@\s,:]+@[^@\s,:]+$", email):
            raise InputError(f"roster {path} line {line}: email '{email}' is not an address like name@example.edu")
        try:
            account = pwd.getpwnam(username)
            if account.pw_uid < 1000 or account.pw_uid == 65534:
                raise InputError(f"roster {path} line {line}: '{username}' is a system account (uid {account.pw_uid}); "
                                 "students need their own accounts")
        except KeyError:
            pass
        seen[username] = line
        students.append((username, name, email))
    if not students:
        raise InputError(f"roster {path} has a header but no students")
    return students


def check_port(ip, port, what):
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((ip, port))
        except OSError as e:
            raise InputError(f"port {port} on {ip} ({what}) is not free ({e.strerror}): stop what uses it or choose "
                             "another --port (the hub uses that port and the two after it)")


def kernel_ports():
    """The kernels' port window, from kernel-ports.sh (the file kernel.sh and isolation.sh read)."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "kernel-ports.sh"), encoding="utf-8") as f:
        values = dict(re.findall(r"^kernel_ports_(first|last)=(\d+)$", f.read(), re.MULTILINE))
    return int(values["first"]), int(values["last"])


def check(args):
    if not 1 <= args.port <= 65533:
        raise InputError(f"--port {args.port}: expected a number from 1 to 65533 (the hub also uses the next two ports)")
    try:
        address = ipaddress.ip_address(args.ip)
    except ValueError:
        raise InputError(f"--ip {args.ip}: expected an IP address to bind, like 127.0.0.1 or 0.0.0.0")
    if bool(args.ssl_cert) != bool(args.ssl_key):
        raise InputError("--ssl-cert and --ssl-key go together: pass both files, or neither on a loopback address")
    for option, path, marker in (("--ssl-cert", args.ssl_cert, "CERTIFICATE"), ("--ssl-key", args.ssl_key, "PRIVATE KEY")):
        if not path:
            continue
        try:
            with open(path) as f:
                text = f.read()
        except OSError as e:
            raise InputError(f"{option} {path}: {e.strerror}; pass the PEM file of the server's TLS {marker.lower()}")
        if f"-----BEGIN " not in text or marker not in text:
            raise InputError(f"{option} {path} holds no PEM {marker.lower()} (expected '-----BEGIN ...{marker}-----')")
    if not address.is_loopback and not args.ssl_cert:
        raise InputError(f"--ip {args.ip} is reachable from other machines: passwords would cross the network in clear; "
                         "pass --ssl-cert and --ssl-key (or keep the default 127.0.0.1 behind your own TLS proxy)")
    first, last = kernel_ports()
    if args.port <= last and args.port + 2 >= first:
        raise InputError(f"--port {args.port}: the hub's ports {args.port}-{args.port + 2} fall in the kernels' port window "
                         f"{first}-{last}, which the firewall closes to students; choose a port outside it (default 8000)")
    # The hub this script runs already (it restarts with the new settings) holds its own ports: not a conflict.
    held = set(range(args.own_port, args.own_port + 3)) if args.own_port else set()
    for port, ip, what in ((args.port, args.ip, "the hub's address"), (args.port + 1, "127.0.0.1", "the proxy's API"),
                           (args.port + 2, "127.0.0.1", "the hub's internal API")):
        if port not in held:
            check_port(ip, port, what)
    if args.roster:
        return read_roster(args.roster)
    if args.demo:
        return [(u, n, "") for u, n in DEMO_STUDENTS]
    if os.path.exists(args.saved_roster):
        return read_roster(args.saved_roster)
    raise InputError("no roster: pass --roster students.csv (header username,name,email), or --demo for three demo students")


def write_atomically(path, text, mode=0o644):
    fd, temp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.chmod(temp, mode)
    os.replace(temp, path)


def same_file(a, b):
    sa, sb = os.stat(a), os.stat(b)
    if sa.st_size != sb.st_size:
        return False
    if int(sa.st_mtime) == int(sb.st_mtime):
        return True   # both copied from the same package file by the build
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            ca, cb = fa.read(1 << 20), fb.read(1 << 20)
            if ca != cb:
                return False
            if not ca:
                return True


def mirror(source, target, shared=None):
    """Makes target an exact copy of source (files compared by size and time), replacing each file atomically.
    With shared=(folder, its copy): a file identical to the one at the same place in folder becomes a relative link to
    the same place in its copy."""
    os.makedirs(target, mode=0o755, exist_ok=True)
    wanted = set()
    for folder, dirs, files in os.walk(source):
        rel = os.path.relpath(folder, source)
        dest = os.path.normpath(os.path.join(target, rel))
        os.makedirs(dest, mode=0o755, exist_ok=True)
        os.chmod(dest, 0o755)
        wanted.add(dest)
        for name in files:
            src, dst = os.path.join(folder, name), os.path.join(dest, name)
            wanted.add(dst)
            if shared:
                twin = os.path.normpath(os.path.join(shared[0], rel, name))
                if os.path.isfile(twin) and same_file(src, twin):
                    link = os.path.relpath(os.path.join(shared[1], rel, name), dest)
                    if not (os.path.islink(dst) and os.readlink(dst) == link):
                        temp = os.path.join(dest, f".tmp-{name}")
                        if os.path.lexists(temp):
                            os.unlink(temp)
                        os.symlink(link, temp)
                        os.replace(temp, dst)
                    continue
            s = os.stat(src)
            try:
                d = os.stat(dst, follow_symlinks=False)
                if not os.path.islink(dst) and d.st_size == s.st_size and int(d.st_mtime) == int(s.st_mtime):
                    continue
            except FileNotFoundError:
                pass
            temp = os.path.join(dest, f".tmp-{name}")
            shutil.copyfile(src, temp)
            shutil.copystat(src, temp)
            os.chmod(temp, 0o755 if s.st_mode & 0o111 else 0o644)
            os.replace(temp, dst)
    for folder, dirs, files in os.walk(target, topdown=False):
        for name in files:
            if os.path.join(folder, name) not in wanted:
                os.unlink(os.path.join(folder, name))
        if folder not in wanted:
            os.rmdir(folder)


def deploy_kit(repo, kit):
    """The read-only course every student's folder syncs from: the build the notebooks #r, the lecture notebooks
    (never the assignments' instructor sources, which hold solutions), the shipped data, and the root marker."""
    staging = {
        "lib/CnnCourse.Notebooks/bin": os.path.join(repo, "lib/CnnCourse.Notebooks/bin"),
        "datasets": os.path.join(repo, "datasets"),
    }
    for rel, src in staging.items():
        if not os.path.isdir(src):
            raise InputError(f"{src} is missing: build the course first (bash environment/setup.sh)")
        mirror(src, os.path.join(kit, rel))
    notebooks = os.path.join(kit, "notebooks")
    os.makedirs(notebooks, mode=0o755, exist_ok=True)
    lectures = sorted(n for n in os.listdir(os.path.join(repo, "notebooks")) if n.endswith(".ipynb"))
    for name in lectures:
        with open(os.path.join(repo, "notebooks", name), encoding="utf-8") as f:
            write_atomically(os.path.join(notebooks, name), f.read())
    for name in os.listdir(notebooks):
        if name not in lectures:
            os.unlink(os.path.join(notebooks, name))
    # The `cnn` tool, so that students can hand in from a terminal (cnn assign submit). Its files that the library's
    # build holds too (torch's natives, most assemblies) are links into it rather than a second 0.5 GB copy.
    cli = os.path.join(repo, "lib/CnnCourse.Cli/bin/Release/net10.0")
    if not os.path.isfile(os.path.join(cli, "cnn.dll")):
        raise InputError(f"{cli}/cnn.dll is missing: build the course first (bash environment/setup.sh)")
    mirror(cli, os.path.join(kit, "cli"), shared=(os.path.join(repo, "lib/CnnCourse.Notebooks/bin"), os.path.join(kit, "lib/CnnCourse.Notebooks/bin")))
    # CoursePaths finds the course by this file; an empty one is enough.
    write_atomically(os.path.join(kit, "CnnCourse.sln"), "")
    for folder in (kit, os.path.join(kit, "lib"), os.path.join(kit, "lib/CnnCourse.Notebooks")):
        os.chmod(folder, 0o755)


def run(*command, stdin=None):
    result = subprocess.run(command, input=stdin, text=True, capture_output=True)
    if result.returncode != 0:
        raise InputError(f"{' '.join(command[:2])} failed: {(result.stderr or result.stdout).strip().splitlines()[-1:]}")
    return result.stdout


def ensure_accounts(students, demo):
    """Creates missing accounts, updates names, makes every home private; in demo mode sets passwords once."""
    if subprocess.run(["getent", "group", GROUP], capture_output=True).returncode != 0:
        run("groupadd", "--system", GROUP)
    passwords = []
    for username, name, email in students:
        try:
            account = pwd.getpwnam(username)
            if account.pw_gecos.split(",")[0] != name:
                run("usermod", "--comment", name, username)
            run("usermod", "--append", "--groups", GROUP, username)
        except KeyError:
            run("useradd", "--create-home", "--shell", "/bin/bash", "--comment", name, "--groups", GROUP, username)
            account = pwd.getpwnam(username)
        os.chmod(account.pw_dir, 0o700)
        if demo and run("passwd", "--status", username).split()[1] in ("L", "NP"):
            password = secrets.token_urlsafe(9)
            run("chpasswd", stdin=f"{username}:{password}\n")
            passwords.append((username, password))
    return passwords


def forget_deleted_accounts(state):
    """Removes from the hub's database the users whose Linux account is gone (JupyterHub would log an error for each at
    every start); users merely left off the roster keep their record, and the roster decides who may log in."""
    database = os.path.join(state, "jupyterhub.sqlite")
    if not os.path.exists(database):
        return
    from jupyterhub import orm
    db = orm.new_session_factory("sqlite:///" + database)()
    try:
        for user in db.query(orm.User).all():
            try:
                pwd.getpwnam(user.name)
            except KeyError:
                db.delete(user)
        db.commit()
    finally:
        db.close()


def apply(args, students):
    os.makedirs(args.etc, mode=0o755, exist_ok=True)
    os.makedirs(args.state, mode=0o700, exist_ok=True)
    os.chmod(args.state, 0o700)
    deploy_kit(args.repo, args.kit)
    mirror(os.path.join(args.repo, "environment/hub"), args.modules)
    passwords = ensure_accounts(students, args.demo)
    forget_deleted_accounts(args.state)

    lines = ["username,name,email"] + [",".join(csv_cell(v) for v in s) for s in students]
    write_atomically(args.saved_roster, "\n".join(lines) + "\n", mode=0o600)
    cores = os.cpu_count() or 1
    concurrent = args.concurrent or len(students)
    settings = {
        "ip": args.ip, "port": args.port, "ssl_cert": args.ssl_cert, "ssl_key": args.ssl_key,
        "state": args.state, "kit": args.kit, "modules": args.modules,
        "students": [s[0] for s in students], "admins": [],
        "mem_limit": args.mem_limit, "cpu_limit": args.cpu_limit, "pids_limit": args.pids_limit,
        "cull_idle": args.cull_idle, "torch_threads": max(1, cores // max(1, concurrent)),
    }
    write_atomically(os.path.join(args.etc, "hub.json"), json.dumps(settings, indent=1) + "\n")
    with open(os.path.join(args.repo, "environment/hub/jupyterhub_config.py"), encoding="utf-8") as f:
        write_atomically(os.path.join(args.etc, "jupyterhub_config.py"), f.read())
    print(f"[hub] {len(students)} students; memory cap {args.mem_limit // 2**20} MiB each, "
          f"torch threads {settings['torch_threads']} per kernel, idle servers stopped after {args.cull_idle} s")
    if passwords:
        print("[hub] demo passwords (shown once; students log in with these):")
        for username, password in passwords:
            print(f"  {username:<20} {password}")


def csv_cell(value):
    return '"' + value.replace('"', '""') + '"' if any(ch in value for ch in ',"\n') else value


def size(text):
    match = re.match(r"^(\d+)([KMG]?)$", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 512M or 3G")
    return int(match.group(1)) * {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}[match.group(2)]


class OneLineParser(argparse.ArgumentParser):
    def error(self, message):
        print(f"hub.sh: {message.replace('argument ', '', 1)} (see bash environment/hub.sh --help)", file=sys.stderr)
        sys.exit(2)


def main():
    parser = OneLineParser(prog="hub.sh")
    parser.add_argument("action", choices=["check", "apply"])
    parser.add_argument("--repo", required=True)
    parser.add_argument("--ip", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--ssl-cert", default="")
    parser.add_argument("--ssl-key", default="")
    parser.add_argument("--roster", default="")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--mem-limit", type=size, default=size("3G"))
    parser.add_argument("--cpu-limit", type=float, default=None)
    parser.add_argument("--pids-limit", type=int, default=1024)
    parser.add_argument("--cull-idle", type=int, default=3600)
    parser.add_argument("--concurrent", type=int, default=0)
    parser.add_argument("--own-port", type=int, default=0)
    parser.add_argument("--kit", required=True)
    parser.add_argument("--modules", required=True)
    parser.add_argument("--etc", required=True)
    parser.add_argument("--state", required=True)
    args = parser.parse_args()
    args.saved_roster = os.path.join(args.etc, "roster.csv")
    for path in ("ssl_cert", "ssl_key", "roster"):
        if getattr(args, path):
            setattr(args, path, os.path.abspath(getattr(args, path)))
    try:
        if args.cull_idle < 10:
            raise InputError(f"--cull-idle {args.cull_idle}: expected at least 10 seconds")
        if args.mem_limit < 256 * 2**20:
            raise InputError(f"--mem-limit {args.mem_limit // 2**20}M is below 256M: a C# kernel with torch needs more")
        students = check(args)
        if args.action == "apply":
            apply(args, students)
    except InputError as e:
        print(f"hub.sh: {e}", file=sys.stderr)
        sys.exit(2)
    except OSError as e:
        print(f"hub.sh: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

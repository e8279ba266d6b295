"""Brings one student's course folder up to date from the shared kit; runs as the student when their server starts.

    ~/course/notebooks/NN-topic.ipynb   the student's own copies of the lecture notebooks
    ~/course/lib -> KIT/lib             the shared read-only build, so a notebook's first cell
                                        `#r "../lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll"` finds it
    ~/course/.course-sync.json          the checksum of each notebook as it was last handed out
    ~/.cache/cnncourse-tmp              the student's own temporary folder (mode 700): the hub sets TMPDIR to it, so
                                        the kernel's and the server's temporary files and sockets stay out of the
                                        shared /tmp
    ~/course/assignments/NN-name.ipynb  the graded assignments handed out so far (`cnn assign distribute` puts them in
                                        KIT/assignments); one is copied only if the student has none: never replaced

A notebook the student never had is copied. One they have not changed since it was handed out is replaced by the new
version. One they edited is never touched: a changed lecture notebook arrives beside it as
NN-topic.course-update-<8 hex>.ipynb (named by its content, so running the sync again adds nothing).
Every write goes to a temporary file first, then is renamed into place.
"""
import argparse
import hashlib
import json
import os
import sys
import tempfile

MANIFEST = ".course-sync.json"
TEMP = ".cache/cnncourse-tmp"  # jupyterhub_config.py points TMPDIR here


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_atomically(path, data):
    folder = os.path.dirname(path)
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".sync-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def require_writable(folder):
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(f"{folder} is read-only for {os.environ.get('USER', 'this user')}: "
                              f"make it writable again (chmod u+w '{folder}') and start the server again")


def sync(kit, home):
    course = os.path.join(home, "course")
    notebooks = os.path.join(course, "notebooks")
    for folder in (course, notebooks):
        if not os.path.isdir(folder):
            require_writable(os.path.dirname(folder))
            os.makedirs(folder, mode=0o700, exist_ok=True)
    require_writable(course)
    require_writable(notebooks)

    temp = os.path.join(home, TEMP)
    os.makedirs(temp, mode=0o700, exist_ok=True)
    os.chmod(temp, 0o700)

    lib, target = os.path.join(course, "lib"), os.path.join(kit, "lib")
    if os.path.islink(lib) and os.readlink(lib) != target:
        os.unlink(lib)
    if not os.path.lexists(lib):
        os.symlink(target, lib)
    elif not os.path.islink(lib):
        raise FileExistsError(f"{lib} is not the link to the course library ({target}): move it away and start the server again")

    manifest_path = os.path.join(course, MANIFEST)
    try:
        with open(manifest_path) as f:
            handed_out = json.load(f)
    except FileNotFoundError:
        handed_out = {}
    except (OSError, ValueError):
        handed_out = {}  # a damaged record only costs a copy beside the student's file, never their edits

    report = []
    source_dir = os.path.join(kit, "notebooks")
    for name in sorted(os.listdir(source_dir)):
        if not name.endswith(".ipynb"):
            continue
        with open(os.path.join(source_dir, name), "rb") as f:
            data = f.read()
        new = hashlib.sha256(data).hexdigest()
        mine = os.path.join(notebooks, name)
        if not os.path.lexists(mine):
            write_atomically(mine, data)
            report.append(f"added {name}")
        elif os.path.islink(mine) or not os.path.isfile(mine):
            continue  # not a plain file the course handed out: leave it alone
        else:
            current = sha256(mine)
            if current == new:
                pass
            elif current == handed_out.get(name):
                write_atomically(mine, data)
                report.append(f"updated {name}")
            else:
                beside = os.path.join(notebooks, f"{name[:-len('.ipynb')]}.course-update-{new[:8]}.ipynb")
                if not os.path.exists(beside):
                    write_atomically(beside, data)
                    report.append(f"kept your {name}; the new version is {os.path.basename(beside)}")
                continue  # the record keeps what was handed out, so the student's copy still counts as edited
        handed_out[name] = new
    write_atomically(manifest_path, (json.dumps(handed_out, indent=1, sort_keys=True) + "\n").encode())
    report += hand_out_assignments(kit, course)
    return report


def hand_out_assignments(kit, course):
    """Copies each distributed assignment the student does not have yet; their own copy, edited or not, is never touched."""
    source_dir = os.path.join(kit, "assignments")
    if not os.path.isdir(source_dir):
        return []
    mine_dir = os.path.join(course, "assignments")
    if not os.path.lexists(mine_dir):
        os.makedirs(mine_dir, mode=0o700)
    elif os.path.islink(mine_dir) or not os.path.isdir(mine_dir):
        raise FileExistsError(f"{mine_dir} is not a folder: move it away and start the server again")
    require_writable(mine_dir)
    report = []
    for name in sorted(os.listdir(source_dir)):
        mine = os.path.join(mine_dir, name)
        if name.endswith(".ipynb") and not os.path.lexists(mine):
            with open(os.path.join(source_dir, name), "rb") as f:
                write_atomically(mine, f.read())
            report.append(f"handed out assignments/{name}")
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kit", required=True, help="the shared course kit (holds notebooks/ and lib/)")
    parser.add_argument("--home", default=os.path.expanduser("~"))
    args = parser.parse_args()
    try:
        for line in sync(args.kit, args.home):
            print(line)
    except OSError as e:
        print(f"course sync: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The course hub under a class's load (a benchmark, not a test): N students open notebook 02 and run it at the same
# moment on this machine. Root; installs the hub as the hub tests do (run it on a test or class server, not a laptop).
#   bash environment/hub-load.sh                  10 students
#   bash environment/hub-load.sh --students 30    more
#   bash environment/hub-load.sh --mem-limit 2G   the per-student cap the hub is started with (default 3G)
# Prints a table (time to first output and to the end, median and max, memory per student kernel) and the capacity
# rule it implies; writes artifacts/bench/hub-load.json. Removes the generated students and puts the hub's
# configuration back when it ends.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ "$(id -u)" = 0 ] || { echo "hub-load.sh: run as root (sudo): the hub creates Linux accounts for the generated students" >&2; exit 2; }
# The hub's Python (Debian's, with JupyterHub's tornado) runs the students' browsers' part.
[ -x /usr/bin/jupyterhub ] || CNN_BACKEND=${CNN_BACKEND:-cpu} bash "$root/environment/setup.sh" --jupyter --test-extras
exec /usr/bin/python3 "$root/environment/hub/load_bench.py" --out "$root/artifacts/bench/hub-load.json" "$@"

#!/usr/bin/env bash
# Graded assignments (docs/assignments.md): prepares the machine, builds, then runs `cnn assign`.
#   bash environment/assign.sh release [SOURCE.ipynb ...] [--out DIR]
#   bash environment/assign.sh grade SUBMISSIONS [--jobs N] [--timeout SECONDS] [--memory-mb N] [--out DIR] ...
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/environment/setup.sh" >&2
exec dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" assign "$@"

#!/usr/bin/env bash
# The test command (README, .ci/run): prepares the machine, then runs every test.
# Setup installs, where missing: Fashion-MNIST, Jupyter + nbconvert + the .NET kernel (a test executes a
# notebook through Jupyter), Chromium (tests check that charts draw offline) and Debian's python3-torch
# (tests check that its system libtorch does not shadow ours). Extra arguments go to `dotnet test`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CNN_BACKEND=${CNN_BACKEND:-cpu} bash "$root/environment/setup.sh" --jupyter --test-extras

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
CNN_PROFILE=quick dotnet test "$root/CnnCourse.sln" -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain summary line for CI: "N passed, N failed".
summary=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -1 || true)
if [ -n "$summary" ]; then
  failed=$(echo "$summary" | sed -E 's/Failed: +([0-9]+).*/\1/')
  passed=$(echo "$summary" | sed -E 's/.*Passed: +([0-9]+).*/\1/')
  skipped=$(echo "$summary" | sed -E 's/.*Skipped: +([0-9]+)/\1/')
  echo "$passed passed, $failed failed, $skipped skipped"
fi
exit "$status"

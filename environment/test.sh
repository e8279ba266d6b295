#!/usr/bin/env bash
# The test command (README, .ci/run): prepares the machine once, then runs every test.
#   bash environment/test.sh           every test but the image tier: unit, notebook, grading, browser, hub and bench
#   bash environment/test.sh --fast    the unit category only (under 2 minutes on 2 cores)
#   bash environment/test.sh --image   the image tier: builds the Zero to JupyterHub course image with podman and runs
#                                      notebook 02 in a pod made of it (about 5 minutes the first time: its own tier,
#                                      the full run's 25 minutes cannot hold it; later builds reuse the cached base)
# Setup installs, where missing: Fashion-MNIST, Jupyter + nbconvert + the .NET kernel (a test executes a notebook
# through Jupyter), Chromium (tests check that charts draw offline) and Debian's python3-torch (tests check that its
# system libtorch does not shadow ours) and Debian's jupyterhub (the hub tests start the course hub with
# environment/hub.sh, which installs the rest). Other arguments go to `dotnet test`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
filter=(--filter "Category!=image")
tier=""
args=()
for arg in "$@"; do
  case "$arg" in
    --fast) filter=(--filter "Category=unit"); tier="fast tier (unit tests) " ;;
    --image) filter=(--filter "Category=image"); tier="image tier " ;;
    *) args+=("$arg") ;;
  esac
done
CNN_BACKEND=${CNN_BACKEND:-cpu} bash "$root/environment/setup.sh" --jupyter --test-extras

log=$(mktemp)
core_log=$(mktemp)
trap 'rm -f "$log" "$core_log"' EXIT
started=$(date +%s)
results="$root/artifacts/test-results"
rm -rf "$results"
set +e
dotnet build "$root/CnnCourse.sln" -c Release -nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  # The two test projects at once: the core's tests (mostly unit, about a minute and a half) use a core and a half,
  # the rest of the machine goes to the first notebooks of the CLI project instead of waiting for them. The core's
  # output is printed after the CLI's, whole.
  run_tests() {
    CNN_PROFILE=quick dotnet test "$root/tests/$1" -c Release --no-build -nologo --logger "trx;LogFileName=$1.trx" \
      --results-directory "$results" "${filter[@]}" "${args[@]}"
  }
  run_tests CnnCourse.Tests >"$core_log" 2>&1 &
  core=$!
  run_tests CnnCourse.Cli.Tests 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  wait "$core"
  core_status=$?
  tee -a "$log" <"$core_log"
  [ "$status" -eq 0 ] && status=$core_status
fi
set -e
# The ten slowest tests, from the result files: where the run's time goes, in CI's log too.
python3 "$root/environment/slowest-tests.py" "$results" 10 || true
# The training figures the notebook tests checked, one line each: every run adds a data point to the spread in
# docs/notebooks.md ("How much training results move").
if [ -f "$results/checked-values.tsv" ]; then
  echo "Training figures checked by the notebook tests (this machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores):"
  sort "$results/checked-values.tsv" | awk -F'\t' '{ printf "  %s  %-52s %s\n", $1, $2, $3 }'
fi
# Every lecture deck as the notebook tests stepped through it at a projector's size.
if [ -f "$results/deck-fit.tsv" ]; then
  echo "Slide decks stepped through slide by slide (past the screen: slides whose content reaches past it):"
  printf '  %-28s %-9s %6s %16s %12s %10s %6s\n' deck screen slides "past the screen" "median words" "most words" notes
  sort "$results/deck-fit.tsv" | awk -F'\t' '{ printf "  %-28s %-9s %6s %16s %12s %10s %6s\n", $1, $2, $3, $4, $5, $6, $7 }'
fi
# One plain summary line for CI, over both test projects: "N passed, N failed, N skipped".
totals=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | sed -E 's/Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+)/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3; n++} END {if (n) printf "%d passed, %d failed, %d skipped\n", p, f, s}')
[ -n "$totals" ] && echo "$totals"
echo "${tier}took $(( $(date +%s) - started )) s"
exit "$status"

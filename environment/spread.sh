#!/usr/bin/env bash
# How far do the notebooks' training results move on another machine? Runs every notebook whose tests check a training
# result under several seeds (CNN_SEED) and under other CPU arithmetic, keeps each run's results, and writes the spread
# (mean, SD, min, max of every checked figure) into docs/notebooks.md. Not part of the test run: about 90 minutes on 2 cores.
#   bash environment/spread.sh                       every configuration below, then the table
#   bash environment/spread.sh --only seed-1 03      one configuration, one notebook (names as below, in any order)
#   bash environment/spread.sh --table-only          the table again from the runs already kept
# Runs already kept in artifacts/spread/runs/ are not run again (delete one to redo it), so an interrupted
# measurement goes on where it stopped.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
runs="${CNN_ARTIFACTS:-$root/artifacts}/spread/runs"

# Each configuration: a name and the environment it runs under. The seeds vary the weights, dropout and batch order;
# the others make libtorch pick the kernels another CPU would: AVX2 instead of AVX-512 for ATen and oneDNN with the
# usual NCHW layout (a laptop without AVX-512), one thread, and no vector unit at all for ATen.
configs=(
  "seed-0|CNN_SEED=0"
  "seed-1|CNN_SEED=1"
  "seed-2|CNN_SEED=2"
  "seed-3|CNN_SEED=3"
  "seed-4|CNN_SEED=4"
  "avx2-nchw|ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2 CNN_CHANNELS_LAST=off"
  "one-thread|OMP_NUM_THREADS=1"
  "aten-default|ATEN_CPU_CAPABILITY=default"
)
notebooks=(05 06 03 07 08 00)   # the slowest-to-settle lessons first

only_configs=(); only_notebooks=(); table_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --table-only) table_only=1 ;;
    --only) shift
      while [ $# -gt 0 ] && [[ "$1" != --* ]]; do
        if [[ "$1" =~ ^[0-9][0-9]$ ]]; then only_notebooks+=("$1"); else only_configs+=("$1"); fi
        shift
      done
      continue ;;
    *) echo "spread.sh: unknown option '$1' (expected --only NAMES..., --table-only)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#only_notebooks[@]} -gt 0 ] && notebooks=("${only_notebooks[@]}")
if [ ${#only_configs[@]} -gt 0 ]; then
  chosen=()
  for name in "${only_configs[@]}"; do
    found=""
    for c in "${configs[@]}"; do [ "${c%%|*}" = "$name" ] && found="$c"; done
    [ -n "$found" ] || { echo "spread.sh: no configuration '$name' (expected one of: $(printf '%s ' "${configs[@]%%|*}"))" >&2; exit 2; }
    chosen+=("$found")
  done
  configs=("${chosen[@]}")
fi

if [ $table_only -eq 0 ]; then
  bash "$here/setup.sh"
  cnn=(dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll")
  for n in "${notebooks[@]}"; do
    for c in "${configs[@]}"; do
      name=${c%%|*}; vars=${c#*|}
      notebook=$(ls "$root"/notebooks/"$n"-*.ipynb)
      stem=$(basename "$notebook" .ipynb)
      kept="$runs/$name/$stem.results.json"
      [ -f "$kept" ] && continue
      work=$(mktemp -d)
      echo "[spread] $name: $stem ($vars)"
      started=$(date +%s)
      # shellcheck disable=SC2086 # $vars is a list of NAME=VALUE words
      if env CNN_PROFILE=quick $vars "${cnn[@]}" run "$notebook" --out "$work" > "$work/log.txt" 2>&1; then
        mkdir -p "$runs/$name"
        cp "$work/$stem.results.json" "$kept.tmp" && mv "$kept.tmp" "$kept"
        echo "[spread]   $(( $(date +%s) - started )) s"
      else
        echo "[spread]   failed; the last lines of its log:" >&2; tail -20 "$work/log.txt" >&2
      fi
      rm -rf "$work"
    done
  done
fi

python3 "$here/spread/table.py" "$runs" "$root/docs/notebooks.md"

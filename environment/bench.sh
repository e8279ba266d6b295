#!/usr/bin/env bash
# The full benchmark with the PyTorch comparison (docs/performance.md). Installs Debian's python3-torch
# and OpenBLAS (libopenblas0-pthread) so the peer runs with both the reference BLAS and OpenBLAS, builds,
# then alternates CnnCourse and PyTorch per model for several rounds at the same thread count.
# Writes artifacts/bench/latest.{json,md}. Options go to `cnn bench` (e.g. --threads 1, --rounds 5).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/environment/setup.sh" --test-extras
if ! dpkg -s libopenblas0-pthread >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends libopenblas0-pthread >/dev/null || echo "[bench] OpenBLAS not installed: the peer runs with the reference BLAS only"
fi
exec dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" bench --peer "$@"

#!/usr/bin/env bash
# The main job (README): prepares the machine, builds, then executes every lecture notebook headless.
# Writes artifacts/notebooks/NN-name.ipynb (executed, with outputs) and NN-name.html (self-contained,
# charts draw offline), and artifacts/slides/NN-name.html and .pdf (the deck, and its PDF printed in Chromium).
# Options go to `cnn run`, e.g. --profile full, or notebook paths to run only those.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/environment/setup.sh" --browser
pdf=(--pdf)
[ -x /usr/bin/chromium ] || pdf=()
exec dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" run "${pdf[@]}" "$@"

#!/usr/bin/env bash
# Lecture slides (docs/presenting.md): prepares the machine, builds, then runs `cnn slides`.
#   bash environment/slides.sh                                  # every lecture notebook, executed first
#   bash environment/slides.sh artifacts/notebooks/08-*.ipynb   # from executed notebooks: no run needed
# Decks go to artifacts/slides/NN-name.html (--out DIR for elsewhere).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/environment/setup.sh" >&2
exec dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" slides "$@"

#!/usr/bin/env bash
# Lecture slides (docs/presenting.md): prepares the machine, builds, then runs `cnn slides`.
#   bash environment/slides.sh                                  # every lecture notebook, executed first
#   bash environment/slides.sh artifacts/notebooks/08-*.ipynb   # from executed notebooks: no run needed
#   bash environment/slides.sh --pdf                            # and a PDF of each deck (installs Debian's chromium)
# Decks go to artifacts/slides/NN-name.html (--out DIR for elsewhere).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
setup=()
for arg in "$@"; do [ "$arg" = --pdf ] && setup=(--browser); done
bash "$root/environment/setup.sh" "${setup[@]}" >&2
exec dotnet "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" slides "$@"

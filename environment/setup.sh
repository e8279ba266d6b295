#!/usr/bin/env bash
# Prepares this machine for the course (Debian 12 / Ubuntu 22.04 or newer with the .NET 10 SDK):
#   1. Fashion-MNIST from the Debian package dataset-fashion-mnist, where apt is available;
#   2. the TorchSharp backend: CUDA when `nvidia-smi` sees a GPU, else CPU (override: CNN_BACKEND=cpu|cuda);
#   3. the browser libraries that exported pages and slide decks embed (KaTeX, reveal.js), from npm at the versions
#      pinned in environment/npm/package-lock.json, into the git-ignored environment/.tools/npm;
#   4. a build of the library and the `cnn` tool (Release), which the notebooks load;
#   5. with --jupyter: Jupyter, nbconvert and the .NET Interactive kernel (made to work with Plotly.NET 6);
#   6. with --browser: Debian's Chromium, which prints the slide decks to PDF (the main job does);
#   7. with --test-extras: Chromium too, and what the tests need besides (Chromium to check charts, formulas and decks draw, Debian's
#      python3-torch to check that a system libtorch does not shadow ours, Debian's jupyterhub for the course hub's tests,
#      python3-jsonschema and python3-yaml to check the Kubernetes values against the chart's schema).
# Safe to run again: every step checks first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
jupyter=0; extras=0; browser=0
for arg in "$@"; do
  case "$arg" in
    --jupyter) jupyter=1 ;;
    --browser) browser=1 ;;
    --test-extras) extras=1 ;;
    *) echo "setup.sh: unknown option '$arg' (expected --jupyter, --browser, --test-extras)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then say "no apt-get: please install ${missing[*]} yourself"; return 1; fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else say "not root: please run 'sudo apt-get install ${missing[*]}'"; return 1; fi
  fi
  if [ $apt_updated -eq 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "setup.sh: the .NET 10 SDK (dotnet) is required: https://dotnet.microsoft.com/download" >&2; exit 1; }

# 1. Data: the full Fashion-MNIST. Without it the library downloads it, or uses the subset in datasets/.
if [ ! -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] && [ ! -f "$root/datasets/fashion-mnist/train-images-idx3-ubyte.gz" ]; then
  apt_install dataset-fashion-mnist || say "Fashion-MNIST not installed; the notebooks will download it or use the committed subset"
fi

# 2. Backend.
backend=${CNN_BACKEND:-}
if [ -z "$backend" ]; then
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L 2>/dev/null | grep -q '^GPU'; then backend=cuda; else backend=cpu; fi
fi
case "$backend" in cpu|cuda) ;; *) echo "setup.sh: CNN_BACKEND=$backend, expected cpu or cuda" >&2; exit 2 ;; esac
echo "$backend" > "$root/.cnn-backend"
say "TorchSharp backend: $backend"

# 3. KaTeX and reveal.js, inlined into every exported page and deck (no page loads anything from the network).
#    `npm ci` installs exactly the lock file's versions; it runs again only when the lock changed since the last
#    install that finished (the copy named installed-lock.json marks one).
npm_dir="$root/environment/.tools/npm"
if ! cmp -s "$here/npm/package-lock.json" "$npm_dir/installed-lock.json"; then
  command -v npm >/dev/null 2>&1 || apt_install npm || { echo "setup.sh: npm is needed to install KaTeX and reveal.js (Debian package npm)" >&2; exit 1; }
  say "installing KaTeX and reveal.js (npm ci)"
  mkdir -p "$npm_dir"
  rm -f "$npm_dir/installed-lock.json"
  cp "$here/npm/package.json" "$here/npm/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/npm/package-lock.json" "$npm_dir/installed-lock.json"
fi

# 4. Build (restores NuGet packages on first run).
say "building the library and the cnn tool"
dotnet build "$root/lib/CnnCourse.Cli/CnnCourse.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

# 5. Jupyter and the .NET Interactive kernel.
if [ $jupyter -eq 1 ]; then
  apt_install jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel
  bash "$here/install-kernel.sh"
fi

# 6. The browser that prints decks to PDF.
if [ $browser -eq 1 ]; then
  apt_install chromium || say "no Chromium: the decks are written, their PDFs are not"
fi

# 7. Extras the tests use.
if [ $extras -eq 1 ]; then
  apt_install chromium python3-torch jupyterhub python3-jsonschema python3-yaml || true
fi
say "done"

#!/usr/bin/env bash
# Prepares this machine for the course (Debian 12 / Ubuntu 22.04 or newer with the .NET 10 SDK):
#   1. Fashion-MNIST from the Debian package dataset-fashion-mnist, where apt is available;
#   2. the TorchSharp backend: CUDA when `nvidia-smi` sees a GPU, else CPU (override: CNN_BACKEND=cpu|cuda);
#   3. a build of the library and the `cnn` tool (Release), which the notebooks load;
#   4. with --jupyter: Jupyter, nbconvert and the .NET Interactive kernel (made to work with Plotly.NET 6);
#   5. with --test-extras: what the tests need besides (Chromium to check charts draw, Debian's python3-torch
#      to check that a system libtorch does not shadow ours, Debian's jupyterhub for the course hub's tests).
# Safe to run again: every step checks first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
jupyter=0; extras=0
for arg in "$@"; do
  case "$arg" in
    --jupyter) jupyter=1 ;;
    --test-extras) extras=1 ;;
    *) echo "setup.sh: unknown option '$arg' (expected --jupyter, --test-extras)" >&2; exit 2 ;;
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

# 3. Build (restores NuGet packages on first run).
say "building the library and the cnn tool"
dotnet build "$root/lib/CnnCourse.Cli/CnnCourse.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

# 4. Jupyter and the .NET Interactive kernel.
if [ $jupyter -eq 1 ]; then
  apt_install jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel
  bash "$here/install-kernel.sh"
fi

# 5. Extras the tests use.
if [ $extras -eq 1 ]; then
  apt_install chromium python3-torch jupyterhub || true
fi
say "done"

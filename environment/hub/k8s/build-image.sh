#!/usr/bin/env bash
# Builds the course image for Zero to JupyterHub (one student's pod: the kit, the C# kernel, Jupyter's server) here,
# with podman, from nothing but Debian's mirror, NuGet and this repository's build:
#   1. a Debian 12 base, made once with debootstrap from the mirror apt uses on this machine and kept as the image
#      localhost/cnncourse-debian:12 (the same role `debian:12` plays on a machine that can pull it);
#   2. the build context, artifacts/k8s-image/context: the .NET runtime from NuGet's runtime packs (the files a
#      self-contained app ships; the image has no SDK: nothing in it compiles C# projects, Roslyn inside the kernel
#      compiles the cells), the kernel tool as setup installed it (ReadyToRun), the kit as hub.sh deploys it (the build
#      the notebooks #r, the lecture notebooks, the data, `cnn`), the hub's scripts and the kernelspec;
#   3. environment/hub/k8s/Dockerfile on that base: localhost/cnncourse-singleuser:1.
# Elsewhere the same Dockerfile builds with docker against debian:12 from the same context:
#   bash environment/hub/k8s/build-image.sh --context-only
#   docker build -f environment/hub/k8s/Dockerfile -t REGISTRY/cnncourse-singleuser:1 artifacts/k8s-image/context
# Options: --context-only (steps 2 only), --tag NAME (default localhost/cnncourse-singleuser:1), --rebuild-base.
# Needs root (podman here runs rootful); installs podman, runc and debootstrap with apt where missing. Podman's settings
# for this kind of machine: containers.conf beside this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
say() { printf '\033[1m[image]\033[0m %s\n' "$*"; }
fail() { echo "build-image.sh: $*" >&2; exit 1; }

tag=localhost/cnncourse-singleuser:1
base=localhost/cnncourse-debian:12
context_only=0
rebuild_base=0
while [ $# -gt 0 ]; do
  case "$1" in
    --context-only) context_only=1; shift ;;
    --rebuild-base) rebuild_base=1; shift ;;
    --tag) [ $# -ge 2 ] || { echo "build-image.sh: --tag needs an image name" >&2; exit 2; }; tag=$2; shift 2 ;;
    *) echo "build-image.sh: unknown option '$1' (expected --context-only, --tag NAME or --rebuild-base)" >&2; exit 2 ;;
  esac
done
started=$(date +%s)

# What the image is made from: setup's build and kernel (setup.sh builds them; it is quick when they are there).
out="$root/artifacts/k8s-image"
mkdir -p "$out"
bash "$root/environment/setup.sh" >"$out/setup.log" 2>&1 \
  || { tail -n 20 "$out/setup.log" >&2; fail "environment/setup.sh failed; its log: $out/setup.log"; }
tool="$root/environment/.tools"
[ -f "$tool/.store/microsoft.dotnet-interactive/1.0.712001/.readytorun-done" ] \
  || fail "$tool holds no ReadyToRun kernel after setup: run bash environment/install-kernel.sh"
[ -f "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll" ] \
  || fail "$root/lib/CnnCourse.Cli/bin/Release/net10.0/cnn.dll is missing after setup"

# 2. The build context, assembled in a temporary folder and renamed into place.
context="$out/context"
rm -rf "$context.tmp"
mkdir -p "$context.tmp"
say "assembling the build context in $context"

# The .NET runtime: the runtime packs the SDK pairs with its own runtime, laid out as a .NET installation.
dotnet restore "$here/runtime/Runtime.csproj" -nologo -v q >/dev/null
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
while read -r name version; do
  pack="$packages/${name,,}/$version/runtimes/linux-x64"
  [ -d "$pack/lib/net10.0" ] || fail "$pack/lib/net10.0 is missing after restoring $here/runtime/Runtime.csproj"
  framework=${name%.Runtime.linux-x64}
  dest="$context.tmp/dotnet/shared/$framework/$version"
  mkdir -p "$dest"
  cp -a "$pack/lib/net10.0/." "$dest/"
  if [ -d "$pack/native" ]; then
    find "$pack/native" -maxdepth 1 -type f ! -name libhostfxr.so -exec cp -a {} "$dest/" \;
    if [ -f "$pack/native/libhostfxr.so" ]; then
      mkdir -p "$context.tmp/dotnet/host/fxr/$version"
      cp -a "$pack/native/libhostfxr.so" "$context.tmp/dotnet/host/fxr/$version/"
    fi
  fi
done < <(python3 - "$here/runtime/obj/project.assets.json" <<'PY'
import json, sys
assets = json.load(open(sys.argv[1]))
for framework in assets["project"]["frameworks"].values():
    for package in framework.get("downloadDependencies", []):
        if package["name"].endswith(".Runtime.linux-x64"):
            print(package["name"], package["version"].strip("[]").split(",")[0].strip())
PY
)
[ -f "$context.tmp/dotnet/host/fxr/"*/libhostfxr.so ] || fail "no libhostfxr.so in the restored runtime packs"

# The kernel tool, compiled ReadyToRun by setup (install-kernel.sh); its launcher finds its files beside it.
mkdir -p "$context.tmp/dotnet-interactive/.store"
cp -a "$tool/dotnet-interactive" "$context.tmp/dotnet-interactive/"
cp -a "$tool/.store/microsoft.dotnet-interactive" "$context.tmp/dotnet-interactive/.store/"

# The kit, exactly as hub.sh deploys it on one server, and the hub's scripts (course_sync.py runs at each pod start).
python3 - "$root" "$context.tmp/kit" <<'PY'
import sys
sys.path.insert(0, sys.argv[1] + "/environment/hub")
import setup_hub
setup_hub.deploy_kit(sys.argv[1], sys.argv[2])
PY
cp -a "$root/environment/hub" "$context.tmp/hub"
rm -rf "$context.tmp/hub/k8s" "$context.tmp/hub/__pycache__"
mkdir -p "$context.tmp/kernels/.net-csharp"
cp "$here/kernel.json" "$context.tmp/kernels/.net-csharp/kernel.json"
cp "$(dirname "$(find "$tool/.store" -name Microsoft.DotNet.Interactive.App.dll -path '*tools*' | head -n 1)")"/*.png \
   "$context.tmp/kernels/.net-csharp/" 2>/dev/null || true
chmod -R a+rX "$context.tmp"
rm -rf "$context" && mv "$context.tmp" "$context"
say "context: $(du -sh "$context" | cut -f1)"
[ $context_only -eq 1 ] && exit 0

# Podman (with runc, see containers.conf) and debootstrap, from Debian.
[ "$(id -u)" -eq 0 ] || fail "building the image with podman here needs root (run as root, as CI does)"
export CONTAINERS_CONF=${CONTAINERS_CONF:-$here/containers.conf}
missing=()
for pkg in podman runc debootstrap; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 1. The Debian 12 base, once.
if [ $rebuild_base -eq 1 ] || ! podman image exists "$base"; then
  mirror=$(python3 "$here/debian_mirror.py") || fail "no Debian mirror found in apt's sources (/etc/apt/sources.list*)"
  rootfs=$(mktemp -d /var/tmp/cnncourse-debian12.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  say "making a Debian 12 base with debootstrap (minbase) from the mirror apt uses"
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$out/debootstrap.log" 2>&1 \
    || fail "debootstrap failed; its log: $out/debootstrap.log"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$base" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

# 3. The image. The build runs apt inside the base, so it uses the host's network.
say "building $tag"
previous=$(podman image inspect "$tag" --format '{{.Id}}' 2>/dev/null || true)
podman build --network host --build-arg "BASE=$base" -f "$here/Dockerfile" -t "$tag" "$context" >"$out/build.log" 2>&1 \
  || { tail -n 20 "$out/build.log" >&2; fail "podman build failed; its log: $out/build.log"; }
# The image this tag named before, now untagged, goes (its layers stay where the new image shares them).
current=$(podman image inspect "$tag" --format '{{.Id}}')
if [ -n "$previous" ] && [ "$previous" != "$current" ]; then podman rmi "$previous" >/dev/null 2>&1 || true; fi
size=$(podman image inspect "$tag" --format '{{.Size}}')
say "built $tag in $(( $(date +%s) - started )) s: $(( size / 1000000 )) MB"

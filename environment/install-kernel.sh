#!/usr/bin/env bash
# Installs the .NET Interactive Jupyter kernel (tool Microsoft.dotnet-interactive 1.0.712001) into
# environment/.tools and registers it with Jupyter as ".net-csharp". Plotly.NET 6 needs FSharp.Core 10.1,
# while the tool ships 10.0 (FileNotFoundException: FSharp.Core, Version=10.1.0.0), so the newer
# FSharp.Core.dll, pinned in Directory.Packages.props, is placed beside the tool. The tool's assemblies are then
# compiled to ReadyToRun code (environment/readytorun.sh, about two minutes once): otherwise every kernel start
# JIT-compiles Roslyn again. The kernelspec turns off the runtime's tiered PGO, which costs a kernel start more than
# it returns in a lecture notebook, and delays re-compiling hot methods until a cell runs for a while (all measured by
# environment/kernel_start_bench.py and docs/performance.md).
#   --tools DIR        install the tool there instead (hub.sh: a shared location every student can run it from)
#   --no-readytorun    leave the tool's assemblies IL only (the benchmark's "before")
# JUPYTER_KERNELS_DIR picks where the kernelspec goes (default: this user's kernels folder).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
tools="$here/.tools"
readytorun=1
while [ $# -gt 0 ]; do
  case "$1" in
    --tools) [ $# -ge 2 ] || { echo "install-kernel.sh: --tools needs a folder" >&2; exit 2; }; tools=$2; shift 2 ;;
    --no-readytorun) readytorun=0; shift ;;
    *) echo "install-kernel.sh: unknown option '$1' (expected --tools DIR or --no-readytorun)" >&2; exit 2 ;;
  esac
done
version=1.0.712001
fsharp=$(sed -n 's/.*Include="FSharp.Core" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")

local_tools="$here/.tools"
if ! "$tools/dotnet-interactive" --version 2>/dev/null | grep -q "${version%.*}"; then
  if [ "$tools" != "$local_tools" ] && "$local_tools/dotnet-interactive" --version 2>/dev/null | grep -q "${version%.*}" \
     && [ -f "$local_tools/.store/microsoft.dotnet-interactive/$version/.readytorun-done" ]; then
    # The setup's own copy is this version, compiled already: copying it saves compiling it again (hub.sh).
    echo "[kernel] copying Microsoft.dotnet-interactive $version, compiled already, from $local_tools"
    rm -rf "$tools.tmp" && mkdir -p "$tools.tmp/.store"
    cp -a "$local_tools/dotnet-interactive" "$tools.tmp/"
    cp -a "$local_tools/.store/microsoft.dotnet-interactive" "$tools.tmp/.store/"
    rm -rf "$tools" && mv "$tools.tmp" "$tools"
  else
    echo "[kernel] installing Microsoft.dotnet-interactive $version"
    dotnet tool install Microsoft.dotnet-interactive --version "$version" --tool-path "$tools" >/dev/null
  fi
fi

# The FSharp.Core the library was built with (restored by setup.sh's build) replaces the tool's copy.
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
newer="$packages/fsharp.core/$fsharp/lib/netstandard2.1/FSharp.Core.dll"
[ -f "$newer" ] || { echo "[kernel] $newer missing: run environment/setup.sh (it restores FSharp.Core $fsharp)" >&2; exit 1; }
# A stamp beside it records which file it came from: once compiled to ReadyToRun it no longer equals that file.
stamp=$(sha256sum "$newer" | cut -d' ' -f1)
find "$tools/.store" -name FSharp.Core.dll -path '*tools*' | while read -r old; do
  [ "$(cat "$old.source-sha256" 2>/dev/null)" = "$stamp" ] && continue
  cp "$newer" "$old.new" && mv "$old.new" "$old" && echo "$stamp" > "$old.source-sha256"
  echo "[kernel] FSharp.Core $fsharp -> $old"
done

done_marker="$tools/.store/microsoft.dotnet-interactive/$version/.readytorun-done"
if [ $readytorun -eq 1 ]; then
  app=$(find "$tools/.store" -name Microsoft.DotNet.Interactive.App.dll -path '*tools*' | head -n 1)
  bash "$here/readytorun.sh" "$(dirname "$app")"
  touch "$done_marker"
else
  rm -f "$done_marker"
fi

# Register the kernel for this user; point it at the tool by absolute path (it is not on PATH).
kernels=${JUPYTER_KERNELS_DIR:-$HOME/.local/share/jupyter/kernels}
mkdir -p "$kernels"
PATH="$tools:$PATH" "$tools/dotnet-interactive" jupyter install --path "$kernels" >/dev/null
for spec in "$kernels"/.net-*/kernel.json; do
  python3 - "$spec" "$tools/dotnet-interactive" <<'PY'
import json, os, sys
path, tool = sys.argv[1], sys.argv[2]
spec = json.load(open(path))
argv = spec["argv"]
if argv[:2] == ["dotnet", "interactive"]:
    spec["argv"] = argv = [tool] + argv[2:]
# The kernel always serves an HTTP side channel without a password (variable values; after `#!enable-http`, a hub
# that runs submitted code); by default it listens on every network address. Loopback only: no one on the network reaches it.
if "--http-local-only" not in argv:
    argv.append("--http-local-only")
# Tiered PGO instruments the code the kernel runs first, to optimise it later: in a kernel that compiles a cell and
# runs it once, that costs more than it returns (measured: environment/kernel_start_bench.py, docs/performance.md).
spec.setdefault("env", {})["DOTNET_TieredPGO"] = "0"
# Re-compiling hot methods (tier 1) waits until no new code has been compiled for 3 s (0xBB8 ms: the runtime reads these
# values as hexadecimal) instead of 100 ms: a kernel compiles new code with every cell, so with the default it keeps
# re-compiling what the last cells ran, on the same cores as the student's code; a long cell still gets its tier-1 code
# once it runs for a few seconds (measured: docs/performance.md).
spec["env"]["DOTNET_TC_CallCountingDelayMs"] = "0xBB8"
with open(path + ".tmp", "w") as f:
    json.dump(spec, f, indent=2)
os.replace(path + ".tmp", path)
PY
done
echo "[kernel] registered .net-csharp in $kernels"

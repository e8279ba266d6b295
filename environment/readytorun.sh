#!/usr/bin/env bash
# Compiles the IL-only .NET assemblies in each given folder to ReadyToRun code with crossgen2, in place, so that a
# process that loads them (the Jupyter kernel: Roslyn, .NET Interactive, the kit) runs precompiled code instead of
# JIT-compiling it again at every start. Precompiled code the runtime cannot use falls back to the JIT: it is never wrong,
# at worst not faster.
#   bash environment/readytorun.sh DIR...
# Assemblies already compiled, satellite resources and native libraries are left alone, so running it again does
# nothing; one crossgen2 cannot compile stays IL (named in a warning). Each file is written beside the original, then
# renamed over it. crossgen2 itself is the version the SDK pairs with its runtime (Microsoft.NETCore.App.Crossgen2.linux-x64,
# restored by environment/readytorun/Crossgen.csproj).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
say() { printf '\033[1m[readytorun]\033[0m %s\n' "$*"; }
[ $# -gt 0 ] || { echo "readytorun.sh: expected one or more folders of assemblies" >&2; exit 2; }
for dir in "$@"; do [ -d "$dir" ] || { echo "readytorun.sh: $dir is not a folder" >&2; exit 2; }; done

# Each folder, and the Linux assemblies a NuGet-style folder keeps under runtimes/ (the kernel's PowerShell, for one).
folders=()
for dir in "$@"; do
  folders+=("$dir")
  for sub in "$dir"/runtimes/unix/lib/* "$dir"/runtimes/linux/lib/* "$dir"/runtimes/linux-x64/lib/*; do
    [ -d "$sub" ] && folders+=("$sub")
  done
done
mapfile -t inputs < <(python3 "$here/readytorun/pe.py" candidates "${folders[@]}")
[ ${#inputs[@]} -gt 0 ] || exit 0

project="$here/readytorun/Crossgen.csproj"
dotnet restore "$project" -nologo -v q >/dev/null
version=$(python3 -c '
import json, sys
assets = json.load(open(sys.argv[1]))
for framework in assets["project"]["frameworks"].values():
    for package in framework.get("downloadDependencies", []):
        if package["name"].lower() == "microsoft.netcore.app.crossgen2.linux-x64":
            print(package["version"].strip("[]").split(",")[0].strip())
' "$here/readytorun/obj/project.assets.json")
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
crossgen="$packages/microsoft.netcore.app.crossgen2.linux-x64/$version/tools/crossgen2"
[ -x "$crossgen" ] || { echo "readytorun.sh: crossgen2 $version is missing at $crossgen after the restore" >&2; exit 1; }

# References: the shared frameworks the kernel runs on (the newest 10.0 installed), then the folders themselves.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
refs=()
for framework in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
  newest=$(ls -d "$dotnet_root/shared/$framework"/10.* 2>/dev/null | sort -V | tail -n 1)
  [ -n "$newest" ] || { echo "readytorun.sh: no $framework 10.x under $dotnet_root/shared" >&2; exit 1; }
  refs+=(-r "$newest/*.dll")
done
for dir in "${folders[@]}"; do refs+=(-r "$dir/*.dll"); done

# One crossgen2 per core: each compiles one assembly on about one core, and there are a hundred of them.
jobs=$(nproc 2>/dev/null || echo 2)
say "compiling ${#inputs[@]} assemblies with crossgen2 $version, $jobs at a time (once; later runs skip them)"
started=$(date +%s)
compile() {
  local input=$1 output="$1.r2r.tmp"
  if "$crossgen" "$input" -o "$output" -O --targetos linux --targetarch x64 "${refs[@]}" >"$output.log" 2>&1; then
    mv "$output" "$input"
    rm -f "$output.log"
  else
    say "warning: $(basename "$input") stays IL: $(grep -m1 -i 'error' "$output.log" || tail -n 1 "$output.log")"
    rm -f "$output" "$output.log"
    return 1
  fi
}
failed=0
running=0
for input in "${inputs[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=$((failed + 1))
    running=$((running - 1))
  fi
  compile "$input" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=$((failed + 1))
  running=$((running - 1))
done
say "done in $(( $(date +%s) - started )) s ($failed left as IL)"

#!/usr/bin/env bash
# The course hub: the whole class in a browser on one Linux server, with JupyterHub (root; Debian 12 / Ubuntu 22.04+).
#   bash environment/hub.sh --roster students.csv            install or update, then run the hub (systemd service
#                                                            where systemd runs, else in the background)
#   bash environment/hub.sh --demo --foreground              three demo students with printed passwords, in the foreground
# Options:
#   --roster CSV          students: header username,name,email (email optional); creates or updates their accounts
#   --demo                without --roster: students demo1..demo3; sets a password (printed once) for every rostered
#                         account that has none
#   --port N              the hub's port (default 8000); the proxy's API and the hub's internal API use N+1 and N+2
#   --ip ADDR             address to serve on (default 127.0.0.1); any other address needs --ssl-cert and --ssl-key
#   --ssl-cert F --ssl-key F   PEM certificate and key for HTTPS
#   --mem-limit SIZE      memory cap per student, server and kernels together (default 3G)
#   --cpu-limit CORES     hard CPU cap per student (default none: equal shares of every core when busy)
#   --pids-limit N        processes and threads per student (default 1024)
#   --cull-idle SECONDS   stop a server idle this long (default 3600)
#   --concurrent N        students expected to run code at once (default: the roster's size); torch threads per
#                         kernel = cores / N, at least 1
#   --foreground          run the hub in this terminal (tests, containers); Ctrl-C stops it and every student's server
#   --no-build            use the build already in lib/ (the tests build it before they start)
#   --no-firewall         go on where the kernel has no netfilter (students could then reach each other's kernels)
#   --uninstall           stop the hub and take away what this script installed (service, firewall rule, /proc option,
#                         kernel, kit, configuration); students' accounts, homes, the exchange and the hub's database stay
# Installed: Debian's jupyterhub, the .NET Interactive kernel in /opt/cnncourse/dotnet-interactive registered for
# everyone in /usr/local/share/jupyter/kernels, the course kit (build, lecture notebooks, data) read-only in
# /opt/cnncourse/kit (with the `cnn` tool, run by /usr/local/bin/cnn); configuration in /etc/cnncourse, the hub's database and secrets in /var/lib/cnncourse-hub;
# Debian's iptables, with the rule that keeps students out of each other's kernels, and /proc with hidepid (hub/isolation.sh).
# Safe to run again: the input is checked before anything changes, and every step repairs what it finds.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
prefix=/opt/cnncourse
etc=/etc/cnncourse
state=/var/lib/cnncourse-hub
kernels=/usr/local/share/jupyter/kernels

foreground=0; build=1; uninstall=0; firewall=(); args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --foreground) foreground=1; shift ;;
    --no-build) build=0; shift ;;
    --no-firewall) firewall=(--no-firewall); shift ;;
    --uninstall) uninstall=1; shift ;;
    --demo) args+=("$1"); shift ;;
    --roster|--port|--ip|--ssl-cert|--ssl-key|--mem-limit|--cpu-limit|--pids-limit|--cull-idle|--concurrent)
      [ $# -ge 2 ] || { echo "hub.sh: $1 needs a value" >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "hub.sh: unknown option '$1' (see bash environment/hub.sh --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[hub]\033[0m %s\n' "$*"; }
[ "$(id -u)" -eq 0 ] || { echo "hub.sh: run as root (it creates the students' accounts and caps their servers)" >&2; exit 1; }
# Debian's own Python, the one Debian's jupyterhub is installed for (another python3 may come first on PATH).
py=/usr/bin/python3
[ -x "$py" ] || { echo "hub.sh: $py is required (apt-get install python3)" >&2; exit 1; }
command -v dotnet >/dev/null || { echo "hub.sh: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
paths=(--repo "$root" --kit "$prefix/kit" --modules "$prefix/hub" --etc "$etc" --state "$state")

# A hub this script started before (background process or systemd service) holds its ports until it restarts at the
# end: the port check leaves those alone.
pidfile="$state/hub.pid"
running=none
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then running=background; fi
if [ -d /run/systemd/system ] && systemctl is-active --quiet cnncourse-hub 2>/dev/null; then running=systemd; fi
stop_running_hub() {
  if [ "$running" = background ]; then
    say "stopping the hub started before (pid $(cat "$pidfile"))"
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 30); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 1; done
    rm -f "$pidfile"
  elif [ "$running" = systemd ]; then
    systemctl stop cnncourse-hub
  fi
}

if [ $uninstall -eq 1 ]; then
  stop_running_hub
  if [ -f /etc/systemd/system/cnncourse-hub.service ]; then
    systemctl disable cnncourse-hub >/dev/null 2>&1 || true
    rm -f /etc/systemd/system/cnncourse-hub.service
    systemctl daemon-reload 2>/dev/null || true
  fi
  bash "$here/hub/isolation.sh" remove
  rm -rf "$prefix" "$etc" "$kernels"/.net-* /usr/local/bin/cnn
  say "uninstalled; kept: the students' accounts and homes, the exchange (/var/lib/cnncourse-exchange) and the hub's database ($state)"
  exit 0
fi

own=()
if [ "$running" != none ] && [ -f "$etc/hub.json" ]; then
  own=(--own-port "$("$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$etc/hub.json")")
fi

# 1. Check the input (roster, ports, TLS files) before anything is installed or changed.
"$py" "$here/hub/setup_hub.py" check "${paths[@]}" "${own[@]}" "${args[@]}"

# 2. Debian's JupyterHub (with its configurable-http-proxy and the classic notebook server); the data, if served.
missing=()
for pkg in jupyterhub; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  # Another apt run (unattended upgrades, a second setup) may hold the lock: wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for tool in jupyterhub jupyterhub-singleuser configurable-http-proxy; do
  command -v "$tool" >/dev/null || { echo "hub.sh: $tool is missing after installing jupyterhub: run 'apt-get install --reinstall jupyterhub'" >&2; exit 1; }
done

# 3. The course's build (the library the notebooks load), then the kernel for every user.
if [ $build -eq 1 ]; then bash "$here/setup.sh"; fi
[ -f "$root/lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll" ] \
  || { echo "hub.sh: $root/lib/CnnCourse.Notebooks/bin/CnnCourse.Notebooks.dll is missing: run without --no-build" >&2; exit 1; }
mkdir -p "$prefix" "$kernels"
chmod 755 "$prefix"
JUPYTER_KERNELS_DIR="$kernels" bash "$here/install-kernel.sh" --tools "$prefix/dotnet-interactive"
# The hub's kernelspecs: the kernel's HTTP side channel (JavaScript-to-kernel calls, unused by the course) listens on
# loopback only, in a port window picked per start by hub/kernel.sh, so that kernels started together do not collide.
for spec in "$kernels"/.net-*/kernel.json; do
  "$py" - "$spec" "$prefix/hub/kernel.sh" <<'PY'
import json, os, sys
path, wrapper = sys.argv[1], sys.argv[2]
spec = json.load(open(path))
argv = spec["argv"]
if "--http-port-range" in argv:
    i = argv.index("--http-port-range")
    del argv[i:i + 2]
if "--http-local-only" not in argv:
    argv.append("--http-local-only")
if argv[0] != wrapper:
    argv.insert(0, wrapper)
with open(path + ".tmp", "w") as f:
    json.dump(spec, f, indent=2)
os.replace(path + ".tmp", path)
PY
done
chmod -R a+rX "$prefix/dotnet-interactive" "$kernels"

# 4. The kit, the accounts and the hub's configuration; then what keeps the students apart (it needs their group).
"$py" "$here/hub/setup_hub.py" apply "${paths[@]}" "${own[@]}" "${args[@]}"
bash "$prefix/hub/isolation.sh" apply "${firewall[@]}"

# `cnn` for everyone on the server, from the kit's read-only copy: students hand in with `cnn assign submit`.
printf '#!/bin/sh\n# The course tool, installed by environment/hub.sh.\nexec %s %s "$@"\n' "$(command -v dotnet)" "$prefix/kit/cli/cnn.dll" > /usr/local/bin/cnn.tmp
chmod 755 /usr/local/bin/cnn.tmp
mv /usr/local/bin/cnn.tmp /usr/local/bin/cnn

# 5. Run it. Debian's proxy runs on Debian's node modules even where another node comes first on PATH.
export NODE_PATH=/usr/share/nodejs
command=(jupyterhub -f "$etc/jupyterhub_config.py")
# The running hub makes way for the new configuration (its students' servers stop with it; their files stay).
if [ "$running" = background ] || [ $foreground -eq 1 ]; then stop_running_hub; fi
if [ $foreground -eq 1 ]; then
  cd "$state"
  say "serving on $("$py" -c 'import json,sys; h=json.load(open(sys.argv[1])); print(("https" if h["ssl_cert"] else "http") + "://" + h["ip"] + ":" + str(h["port"]))' "$etc/hub.json")"
  exec "${command[@]}"
elif [ -d /run/systemd/system ]; then
  unit=/etc/systemd/system/cnncourse-hub.service
  cat > "$unit.tmp" <<UNIT
[Unit]
Description=CnnCourse hub (JupyterHub)
After=network.target

[Service]
Environment=NODE_PATH=/usr/share/nodejs
WorkingDirectory=$state
# After a reboot the firewall rule and /proc's option are gone: put them back before the hub starts.
ExecStartPre=/bin/bash $prefix/hub/isolation.sh apply ${firewall[*]}
ExecStart=$(command -v jupyterhub) -f $etc/jupyterhub_config.py
Restart=on-failure

[Install]
WantedBy=multi-user.target
UNIT
  mv "$unit.tmp" "$unit"
  systemctl daemon-reload
  systemctl enable cnncourse-hub >/dev/null 2>&1
  systemctl restart cnncourse-hub
  say "running as the systemd service cnncourse-hub (journalctl -u cnncourse-hub for its log)"
else
  # No systemd (a container): a background process with a pid file; running this script again restarts it.
  cd "$state"
  setsid "${command[@]}" >>/var/log/cnncourse-hub.log 2>&1 < /dev/null &
  echo $! > "$pidfile"
  say "running in the background (pid $(cat "$pidfile"), log /var/log/cnncourse-hub.log; stop: kill \$(cat $pidfile))"
fi

#!/usr/bin/env bash
# Keeps the hub's students apart where file modes cannot (run as root by hub.sh, and by the hub's service at each start):
#   isolation.sh apply [--no-firewall]   add what is missing; running it again changes nothing
#   isolation.sh remove                  take it all away again (hub.sh --uninstall)
#
# - The firewall: every .NET kernel serves an HTTP side channel without a password (one GET returns any variable of the
#   session; after `#!enable-http` its SignalR hub runs any code it is sent). On a shared server anyone with a shell (a
#   student's terminal or kernel) could reach another student's kernel over loopback. One rule per address family
#   rejects connections from members of the students' group to the kernels' port window (kernel-ports.sh) on loopback;
#   root and the instructor are not in that group, and a student's own Jupyter server talks to its kernels on
#   ephemeral ports outside the window. A kernel without netfilter is refused in one line, unless --no-firewall says
#   to go on without this protection.
# - /proc with hidepid: students see only their own processes (no other student's command lines, working folders or
#   the connection files named in them). The option /proc had before is kept in the hub's state folder and put back
#   by `remove`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/kernel-ports.sh"
group=cnncourse-students
chain=cnncourse-kernels
state=/var/lib/cnncourse-hub
before="$state/proc-hidepid.before"
say() { printf '\033[1m[hub]\033[0m %s\n' "$*"; }
rule() { echo -o lo -p tcp --dport "$kernel_ports_first:$kernel_ports_last" -m owner --gid-owner "$group" --suppl-groups -j REJECT --reject-with tcp-reset; }
hidepid() { awk '$2 == "/proc" && $3 == "proc" { n = split($4, o, ","); for (i = 1; i <= n; i++) if (o[i] ~ /^hidepid=/) { sub(/^hidepid=/, "", o[i]); print o[i]; exit } print "off"; exit }' /proc/mounts; }

apply_firewall() {
  if ! command -v iptables >/dev/null || ! command -v ip6tables >/dev/null; then
    say "installing iptables (the firewall rule that keeps students out of each other's kernels)"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends iptables >/dev/null
  fi
  getent group "$group" >/dev/null || { echo "isolation.sh: the group $group is missing (hub.sh creates it with the students' accounts)" >&2; exit 1; }
  for tool in iptables ip6tables; do
    if [ "$tool" = ip6tables ] && [ ! -d /proc/sys/net/ipv6 ]; then continue; fi   # no IPv6 in this kernel: no ::1 to reach
    if ! err=$("$tool" -w -S OUTPUT 2>&1 >/dev/null); then
      echo "hub.sh: cannot add the firewall rule that keeps students out of each other's kernels: '$tool -S OUTPUT' failed ($(printf '%s' "$err" | tail -n 1)); run the hub on a Linux kernel with netfilter, or pass --no-firewall to go on without it (students could then read each other's kernels)" >&2
      exit 1
    fi
    "$tool" -w -S "$chain" >/dev/null 2>&1 || "$tool" -w -N "$chain"
    # Exactly the one rule: one left from another port window or group is replaced.
    # shellcheck disable=SC2046
    if ! "$tool" -w -C "$chain" $(rule) 2>/dev/null || [ "$("$tool" -w -S "$chain" | grep -c "^-A $chain ")" != 1 ]; then
      "$tool" -w -F "$chain"
      "$tool" -w -A "$chain" $(rule)
    fi
    "$tool" -w -C OUTPUT -j "$chain" 2>/dev/null || "$tool" -w -I OUTPUT 1 -j "$chain"
  done
  say "students' connections to the kernels' ports $kernel_ports_first-$kernel_ports_last on loopback are rejected (chain $chain)"
}

remove_firewall() {
  for tool in iptables ip6tables; do
    command -v "$tool" >/dev/null || continue
    "$tool" -w -S "$chain" >/dev/null 2>&1 || continue
    while "$tool" -w -D OUTPUT -j "$chain" 2>/dev/null; do :; done
    "$tool" -w -F "$chain"
    "$tool" -w -X "$chain"
  done
}

apply_hidepid() {
  local now
  now=$(hidepid)
  case "$now" in 2|invisible) return ;; esac
  mkdir -p "$state"
  [ -f "$before" ] || echo "$now" > "$before"
  if mount -o remount,hidepid=2 /proc 2>/dev/null; then
    say "/proc shows each student only their own processes (hidepid)"
  else
    say "warning: could not remount /proc with hidepid=2 (a container without that right?): students can list each other's processes"
  fi
}

remove_hidepid() {
  [ -f "$before" ] || return 0
  mount -o remount,hidepid="$(cat "$before")" /proc 2>/dev/null || say "warning: could not put /proc back to hidepid=$(cat "$before")"
  rm -f "$before"
}

[ "$(id -u)" -eq 0 ] || { echo "isolation.sh: run as root" >&2; exit 1; }
case "${1:-}" in
  apply)
    if [ "${2:-}" = --no-firewall ]; then
      remove_firewall
      say "warning: --no-firewall: students can reach each other's kernels on loopback"
    else
      apply_firewall
    fi
    apply_hidepid ;;
  remove) remove_firewall; remove_hidepid ;;
  *) echo "usage: isolation.sh apply [--no-firewall] | remove" >&2; exit 2 ;;
esac

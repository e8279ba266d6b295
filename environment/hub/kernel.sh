#!/bin/sh
# Starts a .NET Interactive kernel for the hub: the kernelspec's command, plus a port window for the kernel's HTTP side
# channel chosen at random. With the tool's fixed default window (2048-3000) two students whose kernels start at the
# same moment both bind 2048, and one kernel crashes and restarts, losing its first cell.
# The windows stay within the range of kernel-ports.sh, which the hub's firewall rule closes to students
# (isolation.sh): no student can connect to another's kernel.
. "$(dirname "$0")/kernel-ports.sh"
windows=$(( (kernel_ports_last - kernel_ports_first + 1) / 100 ))
start=$(( kernel_ports_first + $(od -An -N2 -tu2 /dev/urandom) % windows * 100 ))
exec "$@" --http-port-range "$start-$((start + 99))"

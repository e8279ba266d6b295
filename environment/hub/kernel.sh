#!/bin/sh
# Starts a .NET Interactive kernel for the hub: the kernelspec's command, plus a port window for the kernel's HTTP side
# channel chosen at random. With the tool's fixed default window (2048-3000) two students whose kernels start at the
# same moment both bind 2048, and one kernel crashes and restarts, losing its first cell.
# The windows stay within 20000-31999, below the ephemeral ports (32768 and up) that the Jupyter server's own
# connections to its kernels use, so that a firewall rule can close exactly this range to students (README, hub).
start=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom) % 120 * 100 ))
exec "$@" --http-port-range "$start-$((start + 99))"

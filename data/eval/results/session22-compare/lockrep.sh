#!/bin/sh
# lockrep.sh <checkout> <tag> [ID ...]: rep.sh (beside this script; BASE, REC, QF as there) under the CPU lock (when a
# blind run is queued), 14 min at most
flock /tmp/cpu.lock sh -c "echo start \$(date -u +%T) \$(cat /proc/loadavg); timeout 840 $(dirname "$(readlink -f "$0")")/rep.sh $*; echo end \$(date -u +%T)"

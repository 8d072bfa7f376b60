#!/bin/sh
# lockrep.sh <checkout> <tag> [ID ...]: rep.sh under the CPU lock (a blind run is queued tonight), 14 min at most
flock /tmp/cpu.lock sh -c "echo start \$(date -u +%T) \$(cat /proc/loadavg); timeout 840 /tmp/cmp22/rep.sh $*; echo end \$(date -u +%T)"

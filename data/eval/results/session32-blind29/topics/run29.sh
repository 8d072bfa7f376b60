#!/bin/sh
# usage: run29.sh WORKTREE OUT.json LOG  -- the digest selection of the six topics under the CPU lock, logged
WT=$1; OUT=$2; LOG=$3
cd "$WT" || exit 1
{
echo "queued $(date -u +%H:%M:%S.%3N) UTC, cwd $WT, HEAD $(git rev-parse --short HEAD)"
flock /tmp/cpu.lock sh -c '
echo "lock taken $(date -u +%H:%M:%S) UTC; load $(cut -d" " -f1-3 /proc/loadavg)"
ps -eo pid,pcpu,etime,args --sort=-pcpu | head -6 | cut -c1-150
S=$(date +%s.%N)
PYTHONPATH=. timeout 900 /work/main/.venv/bin/python data/eval/results/digest_selection.py run topics29.jsonl '"$OUT"' > '"$LOG"'.out 2>&1
RC=$?
E=$(date +%s.%N)
echo "done $(echo "$E - $S" | bc) s"
echo "rc $RC done $(date -u +%H:%M:%S) UTC; load $(cut -d" " -f1-3 /proc/loadavg)"
ps -eo pid,pcpu,etime,args --sort=-pcpu | head -6 | cut -c1-150
'
} > "$LOG" 2>&1

#!/bin/bash
# usage: run32.sh WORKTREE OUT.json LOG
WT=$1; OUT=$2; LOG=$3
cd "$WT" || exit 1
echo "queued $(date -u +%T.%3N) UTC, cwd $WT, HEAD $(git rev-parse --short HEAD)" > "$LOG"
PYTHONPATH=. flock /tmp/cpu.lock bash -c '
  LOG=$1; OUT=$2
  echo "lock taken $(date -u +%T) UTC; load $(cut -d" " -f1-3 /proc/loadavg)" >> "$LOG"
  ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-140 >> "$LOG"
  s=$(date +%s.%N)
  timeout 900 /work/main/.venv/bin/python data/eval/results/digest_selection.py run data/eval/results/session34-blind32/topics/topics32.jsonl "$OUT" > "$LOG.out" 2>&1
  rc=$?
  e=$(date +%s.%N)
  echo "done $(echo "$e - $s" | bc) s" >> "$LOG"
  echo "rc $rc done $(date -u +%T) UTC; load $(cut -d" " -f1-3 /proc/loadavg)" >> "$LOG"
  ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-140 >> "$LOG"
' _ "$LOG" "$OUT"

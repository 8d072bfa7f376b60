#!/bin/bash
# usage: run50.sh WORKTREE OUT.json LOG   (topics: data/eval/results/session43-blind50/topics/topics50.jsonl, copied
# into the worktree from /tmp/b50/topics50.jsonl when the commit does not hold it, e.g. 793b0f5)
WT=$1; OUT=$2; LOG=$3
T=data/eval/results/session43-blind50/topics/topics50.jsonl
cd "$WT" || exit 1
if [ ! -f "$T" ]; then mkdir -p "$(dirname "$T")" && cp /tmp/b50/topics50.jsonl "$T"; fi
echo "queued $(date -u +%T.%3N) UTC, cwd $WT, HEAD $(git rev-parse --short HEAD), topics sha1 $(sha1sum "$T" | cut -c1-12)" > "$LOG"
PYTHONPATH=. flock /tmp/cpu.lock bash -c '
  LOG=$1; OUT=$2; T=$3
  echo "lock taken $(date -u +%T) UTC; load $(cut -d" " -f1-3 /proc/loadavg)" >> "$LOG"
  ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-140 >> "$LOG"
  s=$(date +%s.%N)
  timeout 900 /work/main/.venv/bin/python data/eval/results/digest_selection.py run "$T" "$OUT" > "$LOG.out" 2>&1
  rc=$?
  e=$(date +%s.%N)
  echo "done $(echo "$e - $s" | bc) s" >> "$LOG"
  echo "rc $rc done $(date -u +%T) UTC; load $(cut -d" " -f1-3 /proc/loadavg)" >> "$LOG"
  ps -eo pid,pcpu,etime,args --sort=-pcpu | head -8 | cut -c1-140 >> "$LOG"
' _ "$LOG" "$OUT" "$T"

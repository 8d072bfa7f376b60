#!/bin/sh
# live2.sh <worktree> <tag>: the comparisons in chunks (A: the re-routed ones and the session-19 verifier failures first), one
# eval and report each, alone under the CPU lock; A may start until 18:26 UTC, a later chunk until 18:20 (the lead's suite
# runs from 18:35); each chunk's eval is limited to 9 minutes
cd "$1"
rm -rf /tmp/h20cmp/store-live-$2 && cp -a /tmp/h20cmp/store-pristine /tmp/h20cmp/store-live-$2
flock /tmp/cpu.lock sh -c "
for c in A B0 B1 B2; do
  now=\$(date -u +%H%M)
  [ \$now -ge 1826 ] && break
  [ \$c != A ] && [ \$now -ge 1820 ] && break
  echo start \$c \$(date -u +%T) \$(cat /proc/loadavg)
  ASSISTANT_EVAL_STORE_DIR=/tmp/h20cmp/store-live-$2 PYTHONPATH=. timeout 540 /work/main/.venv/bin/python -m assistant eval --no-retrieval --answers /tmp/h20cmp/run/q-cmp\$c.jsonl --out /tmp/h20cmp/run/live-$2-\$c
  echo end \$c \$(date -u +%T) \$(cat /proc/loadavg)
done"

#!/bin/bash
# ab.sh NAME topics.txt: session31-review/probe.py (size 8, bench store read-only) on the base worktree (main at the
# session's start, 30ad66b) and on mine; logs and JSON in this directory
D=$(cd "$(dirname "$0")" && pwd); N=$1; F=$(realpath "$2")
P=/work/wt-dev35a/data/eval/results/session31-review/probe.py
cd /work/wt-dev35a-base && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python $P $D/$N-base.json --file $F 2>&1 | grep -v Warn > $D/$N-base.log
cd /work/wt-dev35a && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python $P $D/$N-mine.json --file $F 2>&1 | grep -v Warn > $D/$N-mine.log
echo done

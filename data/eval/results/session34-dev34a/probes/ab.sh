#!/bin/bash
# ab.sh NAME topics.txt: probe.py on the base worktree (c48a31c) and on mine
N=$1; F=$2
cd /tmp/d34a/basewt && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python /work/wt-dev34a/data/eval/results/session31-review/probe.py /tmp/d34a/$N-base.json --file $F > /tmp/d34a/$N-base.log 2>&1
cd /work/wt-dev34a && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python data/eval/results/session31-review/probe.py /tmp/d34a/$N-mine.json --file $F > /tmp/d34a/$N-mine.log 2>&1
echo done

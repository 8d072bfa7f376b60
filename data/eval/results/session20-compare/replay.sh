#!/bin/sh
# replay.sh <worktree> <tag>: the 312 recorded raw answers through the worktree's code, fresh store copy, niced
set -e
rm -rf /tmp/h20cmp/store-$2 && cp -a /tmp/h20cmp/store-pristine /tmp/h20cmp/store-$2
cd "$1"
ASSISTANT_EVAL_STORE_DIR=/tmp/h20cmp/store-$2 PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h20cmp/run/recorded-all.json /tmp/h20cmp/run/q-all.jsonl /tmp/h20cmp/run/replay-$2.json > /tmp/h20cmp/run/replay-$2.log 2>&1
rm -rf /tmp/h20cmp/store-$2
tail -1 /tmp/h20cmp/run/replay-$2.log

#!/bin/sh
# rall.sh <checkout> <tag>: replay the 312 recorded raw answers through <checkout>'s code
cd "$1" && rm -rf /tmp/lead20/store-$2 && cp -r /tmp/lead20/store-base /tmp/lead20/store-$2 2>/dev/null
ASSISTANT_EVAL_STORE_DIR=/tmp/lead20/store-$2 PYTHONPATH=. /work/main/.venv/bin/python data/eval/results/replay.py /tmp/lead20/recorded-all.json /tmp/lead20/q-all.jsonl /tmp/lead20/rall-$2.json > /tmp/lead20/rall-$2.log 2>&1
tail -1 /tmp/lead20/rall-$2.log

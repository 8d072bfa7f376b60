#!/bin/sh
# rall.sh <checkout> <tag>: replay the 312 recorded raw answers through <checkout>'s code
cd "$1" && rm -rf /tmp/lead21/store-$2 && cp -r /tmp/lead21/store-base.keep /tmp/lead21/store-$2 2>/dev/null
ASSISTANT_EVAL_STORE_DIR=/tmp/lead21/store-$2 PYTHONPATH=. /work/main/.venv/bin/python data/eval/results/replay.py /tmp/lead21/recorded-all.json /tmp/lead21/q-all.jsonl /tmp/lead21/rall-$2.json > /tmp/lead21/rall-$2.log 2>&1
tail -1 /tmp/lead21/rall-$2.log

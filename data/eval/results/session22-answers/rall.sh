#!/bin/sh
# rall.sh <checkout> <tag>: replay the 344 recorded raw answers through <checkout>'s code
cd "$1" && rm -rf /tmp/lead22/store-$2 && cp -r /tmp/lead22/store-base.keep /tmp/lead22/store-$2 2>/dev/null
ASSISTANT_EVAL_STORE_DIR=/tmp/lead22/store-$2 PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python /tmp/lead22/replay.py /tmp/lead22/recorded-all.json /tmp/lead22/q-all.jsonl /tmp/lead22/rall-$2.json > /tmp/lead22/rall-$2.log 2>&1
tail -1 /tmp/lead22/rall-$2.log

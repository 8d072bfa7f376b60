#!/bin/sh
# replay.sh <checkout> <tag> [ID ...]: the 328 recorded raw answers through <checkout>'s code on a fresh copy of the
# 414-paper store (no model), niced
set -e
c=$1; t=$2; shift 2
rm -rf /tmp/h21cmp/store-$t && cp -a /tmp/h21cmp/store-pristine /tmp/h21cmp/store-$t
cd "$c"
ASSISTANT_EVAL_STORE_DIR=/tmp/h21cmp/store-$t PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h21cmp/run/recorded-all.json /tmp/h21cmp/run/q-all.jsonl /tmp/h21cmp/run/replay-$t.json "$@" > /tmp/h21cmp/run/replay-$t.log 2>&1
rm -rf /tmp/h21cmp/store-$t
tail -1 /tmp/h21cmp/run/replay-$t.log

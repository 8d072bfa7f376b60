#!/bin/sh
# rep.sh <checkout> <tag> [ID ...]: recorded raw answers through <checkout>'s code, fresh store copy, niced
c=$1; t=$2; shift 2
rm -rf /tmp/cmp22/store-$t && cp -a /tmp/cmp22/store-pristine /tmp/cmp22/store-$t
cd "$c" && ASSISTANT_EVAL_STORE_DIR=/tmp/cmp22/store-$t PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py ${REC:-/tmp/cmp22/run/recorded-all.json} ${QF:-/tmp/cmp22/run/q-all.jsonl} /tmp/cmp22/run/replay-$t.json "$@" > /tmp/cmp22/run/replay-$t.log 2>&1
rm -rf /tmp/cmp22/store-$t
tail -3 /tmp/cmp22/run/replay-$t.log

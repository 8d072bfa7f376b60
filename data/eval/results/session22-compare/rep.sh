#!/bin/sh
# rep.sh <checkout> <tag> [ID ...]: recorded raw answers through <checkout>'s code, fresh store copy, niced.
# BASE (default /tmp/cmp22, session 22's): the directory holding store-pristine/ and run/; REC (recorded answers)
# and QF (questions) default to run/recorded-all.json and run/q-all.jsonl in it
c=$1; t=$2; shift 2
B=${BASE:-/tmp/cmp22}
rm -rf $B/store-$t && cp -a $B/store-pristine $B/store-$t
cd "$c" && ASSISTANT_EVAL_STORE_DIR=$B/store-$t PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py ${REC:-$B/run/recorded-all.json} ${QF:-$B/run/q-all.jsonl} $B/run/replay-$t.json "$@" > $B/run/replay-$t.log 2>&1
rm -rf $B/store-$t
tail -3 $B/run/replay-$t.log

#!/bin/sh
# before-replay.sh <c>: chunk c's live (after) raw syntheses through main's code before this session's comparison commits
# (c17e96a), niced, fresh store copy: the "before" of every comparison whose prompt did not change
set -e
rm -rf /tmp/h20cmp/store-b$1 && cp -a /tmp/h20cmp/store-pristine /tmp/h20cmp/store-b$1
cd /tmp/h20cmp/wt-after
ASSISTANT_EVAL_STORE_DIR=/tmp/h20cmp/store-b$1 PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h20cmp/run/live-after-$1/eval-report.json /tmp/h20cmp/run/q-cmp$1.jsonl /tmp/h20cmp/run/before-$1.json > /tmp/h20cmp/run/before-$1.log 2>&1
# and through this session's code (30e353d): must give the live answers back (the replay's faithfulness check)
rm -rf /tmp/h20cmp/store-b$1 && cp -a /tmp/h20cmp/store-pristine /tmp/h20cmp/store-b$1
cd /tmp/h20cmp/wt-live
ASSISTANT_EVAL_STORE_DIR=/tmp/h20cmp/store-b$1 PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h20cmp/run/live-after-$1/eval-report.json /tmp/h20cmp/run/q-cmp$1.jsonl /tmp/h20cmp/run/after-replay-$1.json > /tmp/h20cmp/run/after-replay-$1.log 2>&1
rm -rf /tmp/h20cmp/store-b$1
tail -1 /tmp/h20cmp/run/before-$1.log; tail -1 /tmp/h20cmp/run/after-replay-$1.log

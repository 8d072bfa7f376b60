#!/bin/sh
# before-replay.sh <chunk>: a live (after) chunk's raw syntheses through main's code before this session's comparison
# commit (c3bbebb) -- the "before" of every comparison whose prompt did not change -- and through the after code
# (8659991's tree; the faithfulness check: it must give the live answers back), niced, fresh store copies
set -e
for side in before:c3bbebb wt:after; do
  dir=${side%%:*}; tag=${side##*:}
  rm -rf /tmp/h21cmp/store-r$1$tag && cp -a /tmp/h21cmp/store-pristine /tmp/h21cmp/store-r$1$tag
  (cd /tmp/h21cmp/$dir && ASSISTANT_EVAL_STORE_DIR=/tmp/h21cmp/store-r$1$tag PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h21cmp/run/live-after-$1/eval-report.json /tmp/h21cmp/run/$1.jsonl /tmp/h21cmp/run/replay-$1-$tag.json > /tmp/h21cmp/run/replay-$1-$tag.log 2>&1)
  rm -rf /tmp/h21cmp/store-r$1$tag
  tail -1 /tmp/h21cmp/run/replay-$1-$tag.log
done

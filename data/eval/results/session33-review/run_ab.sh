#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base main)
# trees: base=/work/r33-base (4e3e53f), main=/work/r33-main (main's HEAD when run; commit in the log's first line)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base main}
R=/work/wt-review33/data/eval/results/session33-review
for t in $trees; do
  cd /work/r33-$t && { echo "# tree $t $(git log --oneline -1 | cut -c1-60)"; PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf; } > $R/$name-$t.log 2>&1
done

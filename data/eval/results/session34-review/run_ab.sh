#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base head)
# trees: base=/work/r34-base (c48a31c), head=/work/r34-head (main's HEAD when run; commit in the log's first line)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base head}
R=/work/wt-review34/data/eval/results/session34-review
for t in $trees; do
  cd /work/r34-$t && { echo "# tree $t $(git log --oneline -1 | cut -c1-60)"; PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf; } > $R/$name-$t.log 2>&1
done

#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base a)
# trees: base=/work/r31-base (922262b), main=/work/r31-main, a=/work/r31-a (dev31a), b=/work/r31-b (dev31b)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base a}
R=/work/wt-review31/data/eval/results/session31-review
for t in $trees; do
  cd /work/r31-$t && PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf > $R/$name-$t.log 2>&1
done

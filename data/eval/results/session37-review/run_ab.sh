#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base head)
# trees: /work/review37-<tree> (base = e64c3d2, head = main at the run; each log's first line names its commit)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base head}
R=/work/wt-review37/data/eval/results/session37-review
for t in $trees; do
  cd /work/review37-$t && { echo "# tree $t $(git log --oneline -1 | cut -c1-60)"; PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf ${SIZE:+--size $SIZE}; } > $R/$name-$t.log 2>&1
done

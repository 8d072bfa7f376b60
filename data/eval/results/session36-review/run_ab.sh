#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base head)
# trees: /work/review36-<tree> (base = 13f611c, head = main at the run; each log's first line names its commit)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base head}
R=/work/wt-review36/data/eval/results/session36-review
for t in $trees; do
  cd /work/review36-$t && { echo "# tree $t $(git log --oneline -1 | cut -c1-60)"; PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf; } > $R/$name-$t.log 2>&1
done

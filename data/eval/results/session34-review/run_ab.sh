#!/bin/bash
# usage: run_ab.sh NAME topicsfile [trees...]  -> NAME-<tree>.json/.log for each tree (default: base head)
# trees: /work/r34-<tree> (base c48a31c, head e2c1e05, b2 32b8774, head2 c923567, a2 256bfe3, head3 e509750)
set -e
name=$1; tf=$(readlink -f $2); shift 2
trees=${@:-base head}
R=/work/wt-review34/data/eval/results/session34-review
for t in $trees; do
  cd /work/r34-$t && { echo "# tree $t $(git log --oneline -1 | cut -c1-60)"; PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python $R/probe.py $R/$name-$t.json --file $tf; } > $R/$name-$t.log 2>&1
done

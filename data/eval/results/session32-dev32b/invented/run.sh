#!/bin/bash
# run.sh NAME list tree...   trees: base=/work/wt-dev32b-base ize=/work/wt-dev32b-ize wip=/work/wt-dev32b
name=$1; tf=$(readlink -f $2); shift 2
for t in "$@"; do
  case $t in base) d=/work/wt-dev32b-base;; ize) d=/work/wt-dev32b-ize;; wip) d=/work/wt-dev32b;; *) d=$t;; esac
  cd $d && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 /work/main/.venv/bin/python /work/wt-dev32b/data/eval/results/session31-review/probe.py /tmp/dev32b-inv/$name-$t.json --file $tf > /tmp/dev32b-inv/$name-$t.log 2>&1
done

#!/bin/sh
# run.sh NAME list.txt TREE...  (TREE: base = /work/wt-dev33b-base (main 4e3e53f), wip = /work/wt-dev33b-run, a detached checkout of the branch commit named in the README)
# digests of size 8 without LLM, bench store read-only, 2026-06-01..10 (session31-review/probe.py), under the CPU lock
D=$(cd "$(dirname "$0")" && pwd); NAME=$1; LIST=$2; shift 2
for T in "$@"; do
  case $T in base) TREE=/work/wt-dev33b-base;; wip) TREE=/work/wt-dev33b-run;; esac
  (cd $TREE && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 900 /work/main/.venv/bin/python \
    /work/wt-dev33b/data/eval/results/session31-review/probe.py $D/$NAME-$T.json --file $D/$LIST > $D/$NAME-$T.log 2>&1)
done

#!/bin/bash
# usage: run_ab.sh NAME topicsfile  -> NAME-base.json/.log and NAME-main.json/.log
set -e
name=$1; tf=$2
mapfile -t T < $tf
cd /work/review-base && PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python /work/wt-review30/data/eval/results/session30-review/probe.py /work/wt-review30/data/eval/results/session30-review/$name-base.json "${T[@]}" > /work/wt-review30/data/eval/results/session30-review/$name-base.log 2>&1
cd /work/wt-review30 && PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python /work/wt-review30/data/eval/results/session30-review/probe.py /work/wt-review30/data/eval/results/session30-review/$name-main.json "${T[@]}" > /work/wt-review30/data/eval/results/session30-review/$name-main.log 2>&1

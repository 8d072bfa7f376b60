#!/bin/bash
# ab.sh NAME topics.txt [base|mine|both] : probe.py on base (4e3e53f) and on the snapshot wt-dev33a-run
name=$1; topics=$2; which=${3:-both}
P=/work/wt-dev33a/data/eval/results/session31-review/probe.py
if [ "$which" != mine ]; then
 (cd /work/wt-dev33a-base && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 900 /work/main/.venv/bin/python $P /tmp/d33a/$name-base.json --file $topics > /tmp/d33a/$name-base.log 2>&1)
fi
if [ "$which" != base ]; then
 (cd /work/wt-dev33a-probe && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 900 /work/main/.venv/bin/python $P /tmp/d33a/$name-mine.json --file $topics > /tmp/d33a/$name-mine.log 2>&1)
fi
echo done > /tmp/d33a/$name.done

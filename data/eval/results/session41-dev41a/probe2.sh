#!/bin/sh
# base and new probes, sizes 8 and 20, one lock
P=/work/main/.venv/bin/python
PR=/work/dev41a/data/eval/results/session31-review/probe.py
cd /work/dev41a-base && PYTHONPATH=. $P $PR /tmp/d41a/pb-base-8.json --file $1 --size 8 >/dev/null 2>&1
cd /work/dev41a-base && PYTHONPATH=. $P $PR /tmp/d41a/pb-base-20.json --file $1 --size 20 >/dev/null 2>&1
cd /work/dev41a && PYTHONPATH=. $P $PR /tmp/d41a/pb-new-8.json --file $1 --size 8 >/dev/null 2>&1
cd /work/dev41a && PYTHONPATH=. $P $PR /tmp/d41a/pb-new-20.json --file $1 --size 20 >/dev/null 2>&1
echo done

#!/bin/sh
cd /work/dev41a
P=/work/main/.venv/bin/python
date -u +"lock %T"
timeout 600 $P -m pytest -q -x tests/chains -k digest 2>&1 | tail -2
PYTHONPATH=. timeout 300 $P data/eval/results/session31-review/probe.py /tmp/d41a/land-8.json --file data/eval/results/session41-dev41a/judged-fire.txt --size 8 >/dev/null 2>&1
date -u +"end %T"

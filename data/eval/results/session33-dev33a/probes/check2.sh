#!/bin/bash
while pgrep -f "sel-wip5" > /dev/null; do sleep 5; done
cd /work/wt-dev33a-run && git checkout -q --detach 96072c1c5592ed7191530d04eb53967b3fec42de && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-$(git rev-parse --short HEAD).log 2>&1
/tmp/d33a/full.sh 96072c1c5592ed7191530d04eb53967b3fec42de sel-wip6

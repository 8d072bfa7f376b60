#!/bin/bash
while pgrep -f "sel-wip5" > /dev/null; do sleep 5; done
cd /work/wt-dev33a-run && git checkout -q --detach f7392d7884ad688766bec018414e4cbcce698cc4 && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-$(git rev-parse --short HEAD).log 2>&1
/tmp/d33a/full.sh f7392d7884ad688766bec018414e4cbcce698cc4 sel-wip7

#!/bin/bash
# check.sh: tests then full run on the snapshot at 14af6fd7f0b525da8e0dfc625237d502dc85243e
cd /work/wt-dev33a-run && git checkout -q --detach 14af6fd7f0b525da8e0dfc625237d502dc85243e && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-$(git rev-parse --short HEAD).log 2>&1
/tmp/d33a/full.sh 14af6fd7f0b525da8e0dfc625237d502dc85243e sel-wip5

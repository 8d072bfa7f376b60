#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach 30ad4b40b74181d38d0eacdf36b1b809e91f1f3a && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-inc2b.log 2>&1
/tmp/d33a/full.sh 30ad4b40b74181d38d0eacdf36b1b809e91f1f3a sel-inc2b

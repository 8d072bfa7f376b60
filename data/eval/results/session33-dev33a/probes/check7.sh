#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach ba37369d8826affc3050cfe1657c4e40ca7af7eb && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-inc2c.log 2>&1
/tmp/d33a/full.sh ba37369d8826affc3050cfe1657c4e40ca7af7eb sel-inc2c

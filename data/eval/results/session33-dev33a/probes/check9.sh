#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach 02f3f5d69791bb3e9731a2f0bfdb56d9b34417b8 && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-landed.log 2>&1
/tmp/d33a/full.sh 02f3f5d69791bb3e9731a2f0bfdb56d9b34417b8 sel-landed-02f3f5d

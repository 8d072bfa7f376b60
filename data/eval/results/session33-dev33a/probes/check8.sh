#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach 7284e278c92d3e416c605a4359ba01f4414199b6 && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-landed.log 2>&1
/tmp/d33a/full.sh 7284e278c92d3e416c605a4359ba01f4414199b6 sel-landed-7284e27

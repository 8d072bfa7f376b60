#!/bin/bash
while pgrep -f "sel-rebased" > /dev/null; do sleep 5; done
H=1e041c17d675889f6684a2ca74681a736583d907
cd /work/wt-dev33a-run && git checkout -q --detach $H && \
PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-inc2.log 2>&1
/tmp/d33a/full.sh $H sel-inc2

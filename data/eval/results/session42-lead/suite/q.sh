#!/bin/sh
# full suite on main's HEAD, under the lock
cd /work/lead36-suite && git checkout -q --detach main && git log --oneline -1 > /tmp/l42/suite.head
start=$(date +%s)
flock /tmp/cpu.lock sh -c '/work/main/.venv/bin/python -m ruff check . && /work/main/.venv/bin/python -m pytest -p no:cacheprovider -q' > /tmp/l42/suite.log 2>&1
echo $? > /tmp/l42/suite.rc
echo $(( $(date +%s) - start )) > /tmp/l42/suite.seconds
touch /tmp/l42/suite.done

#!/bin/bash
cd /work/wt-dev33a-run && git checkout -q --detach cdd3323c314b94586a53116ab2017661406340eb && PYTHONPATH=. flock /tmp/cpu.lock nice -n 19 timeout 1200 /work/main/.venv/bin/python -m pytest -q tests/chains -k digest > /tmp/d33a/tests-landed.log 2>&1
/tmp/d33a/full.sh cdd3323c314b94586a53116ab2017661406340eb sel-landed-cdd3323

#!/bin/bash
# full.sh COMMIT OUTNAME : run the 197-topic selection study on a snapshot checkout of COMMIT
cd /work/wt-dev33a-run && git checkout -q --detach $1 && \
PYTHONPATH=. flock /tmp/cpu.lock timeout 900 /work/main/.venv/bin/python data/eval/results/digest_selection.py run /tmp/topics197.jsonl /work/wt-dev33a/data/eval/results/session33-dev33a/$2.json > /tmp/d33a/$2.log 2>&1
echo done >> /tmp/d33a/$2.log

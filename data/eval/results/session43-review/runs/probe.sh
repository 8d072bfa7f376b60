#!/bin/bash
# usage: probe.sh CODE_DIR OUT.json TOPICFILE [size]
PY=/work/main/.venv/bin/python
OUT=$(realpath -m "$2"); TF=$(realpath -m "$3")
cd "$1" && PYTHONPATH=. flock /tmp/cpu.lock timeout 1200 $PY /work/main/data/eval/results/session31-review/probe.py "$OUT" --file "$TF" --size ${4:-20}

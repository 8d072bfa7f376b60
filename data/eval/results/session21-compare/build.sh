#!/bin/sh
# the 414-paper eval store, built once at 49ee442 (ingest: under the CPU lock), by replaying one question
cd /tmp/h21cmp/corpus
rm -rf /tmp/h21cmp/store-pristine
ASSISTANT_EVAL_STORE_DIR=/tmp/h21cmp/store-pristine PYTHONPATH=. /work/main/.venv/bin/python data/eval/results/replay.py /tmp/h21cmp/run/recorded-all.json /tmp/h21cmp/run/q-all.jsonl /tmp/h21cmp/run/build.json c-ads > /tmp/h21cmp/run/build.log 2>&1
tail -2 /tmp/h21cmp/run/build.log

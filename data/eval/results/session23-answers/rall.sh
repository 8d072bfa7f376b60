#!/bin/sh
# rall.sh <checkout> <tag>: replay the recorded raw answers ($W/recorded-all.json, questions $W/q-all.jsonl, made by
# mk.py) through <checkout>'s code on a fresh copy of the eval store $W/store-base.keep, at nice 19; every prompt is
# logged to $W/prompts-<tag>.jsonl (pchanged.py compares two logs). W defaults to /tmp/lead23.
W=${W:-/tmp/lead23}
R=$(cd "$(dirname "$0")/.." && pwd)
rm -f "$W/prompts-$2.jsonl"; cd "$1" && rm -rf "$W/store-$2" && cp -r "$W/store-base.keep" "$W/store-$2" 2>/dev/null
REPLAY_PROMPTS="$W/prompts-$2.jsonl" ASSISTANT_EVAL_STORE_DIR="$W/store-$2" PYTHONPATH=. nice -n 19 \
  /work/main/.venv/bin/python "$R/replay.py" "$W/recorded-all.json" "$W/q-all.jsonl" "$W/rall-$2.json" > "$W/rall-$2.log" 2>&1
tail -1 "$W/rall-$2.log"

#!/bin/sh
# er.sh <checkout> <tag>: evidence recall (no model; ../evidence_recall.py) of the replay set's questions $W/q-all.jsonl
# through <checkout>'s code on a fresh copy of $W/store-base.keep, at nice 19; report $W/er-<tag>.json. With ERQ=1 the
# evidence budget is counted in the bundled model's tokens (erq.py) instead of cl100k's.
W=${W:-/tmp/lead24/r}
R=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$W/store-er-$2" && cp -r "$W/store-base.keep" "$W/store-er-$2"
SCRIPT="$R/evidence_recall.py"; [ -n "$ERQ" ] && SCRIPT="$R/session24-answers/erq.py"
cd "$1" && ASSISTANT_EVAL_STORE_DIR="$W/store-er-$2" PYTHONPATH=. nice -n 19 /work/main/.venv/bin/python "$SCRIPT" \
  "$W/q-all.jsonl" "$W/er-$2.json" > "$W/er-$2.log" 2>&1
grep -v "^INFO" "$W/er-$2.log" | tail -n 20

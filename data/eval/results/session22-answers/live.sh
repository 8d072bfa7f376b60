#!/bin/sh
# live.sh <checkout> <tag> <questions>: the bundled model on a fresh copy of the base store, under the lock
cd "$1" && rm -rf /tmp/lead22/store-live-$2 && cp -r /tmp/lead22/store-base.keep /tmp/lead22/store-live-$2
echo "start $(date -u +%T) $(cat /proc/loadavg)"
ASSISTANT_EVAL_STORE_DIR=/tmp/lead22/store-live-$2 PYTHONPATH=. /work/main/.venv/bin/python -m assistant eval --no-retrieval --answers $3 --out /tmp/lead22/live-$2 > /tmp/lead22/live-$2.log 2>&1
echo "end $(date -u +%T) $(cat /proc/loadavg)"
pkill -f "llama_cpp.server" -P $$ 2>/dev/null

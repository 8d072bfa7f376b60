#!/bin/sh
# live.sh <checkout> <tag> <questions>: the bundled model on a fresh copy of $W/store-base.keep (run it under the CPU
# lock); report in $W/live-<tag>. W defaults to /tmp/lead23.
W=${W:-/tmp/lead23}
cd "$1" && rm -rf "$W/store-live-$2" && cp -r "$W/store-base.keep" "$W/store-live-$2"
echo "start $(date -u +%T) $(cat /proc/loadavg)"
ASSISTANT_EVAL_STORE_DIR="$W/store-live-$2" PYTHONPATH=. /work/main/.venv/bin/python -m assistant eval --no-retrieval \
  --answers "$3" --out "$W/live-$2" > "$W/live-$2.log" 2>&1
echo "end $(date -u +%T) $(cat /proc/loadavg)"
pkill -f "llama_cpp.server" -P $$ 2>/dev/null

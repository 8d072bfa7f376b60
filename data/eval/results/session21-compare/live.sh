#!/bin/sh
# live.sh <checkout> <tag> <chunk file> ...: each chunk one eval (the bundled model), alone under the CPU lock, on a
# fresh copy of the 414-paper store; no chunk starts after 21:56 UTC; each eval limited to 13 minutes
c=$1; t=$2; shift 2
for q in "$@"; do
  n=$(basename $q .jsonl)
  flock /tmp/cpu.lock sh -c "
    now=\$(date -u +%H%M); [ \$now -ge 2156 ] && { echo skip $n \$now; exit 0; }
    rm -rf /tmp/h21cmp/store-live-$t && cp -a /tmp/h21cmp/store-pristine /tmp/h21cmp/store-live-$t
    echo start $n \$(date -u +%T) \$(cat /proc/loadavg)
    cd $c && ASSISTANT_EVAL_STORE_DIR=/tmp/h21cmp/store-live-$t PYTHONPATH=. timeout 780 /work/main/.venv/bin/python -m assistant eval --no-retrieval --answers $q --out /tmp/h21cmp/run/live-$t-$n
    echo end $n rc=\$? \$(date -u +%T) \$(cat /proc/loadavg)
    rm -rf /tmp/h21cmp/store-live-$t"
done

#!/bin/sh
# live.sh <checkout> <tag> <chunk> ID ...: one eval of the given questions on the bundled model, alone under the CPU
# lock, on a fresh copy of the 426-paper store; not started after 01:08 UTC; limited to 14 minutes
c=$1; t=$2; n=$3; shift 3
python3 - "$n" "$@" <<'PY'
import json, sys
n, ids = sys.argv[1], set(sys.argv[2:])
lines = open('/tmp/cmp22/run/q-all.jsonl').read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)['id'] in ids]
open(f'/tmp/cmp22/run/{n}.jsonl', 'w').write('\n'.join(keep) + '\n')
PY
flock /tmp/cpu.lock sh -c "
  now=\$(date -u +%H%M); [ \$now -ge 0108 ] && [ \$now -lt 1200 ] && { echo skip $n \$now; exit 0; }
  rm -rf /tmp/cmp22/store-live-$t && cp -a /tmp/cmp22/store-pristine /tmp/cmp22/store-live-$t
  echo start $n \$(date -u +%T) \$(cat /proc/loadavg)
  cd $c && ASSISTANT_EVAL_STORE_DIR=/tmp/cmp22/store-live-$t PYTHONPATH=. timeout 840 /work/main/.venv/bin/python -m assistant -v eval --no-retrieval --answers /tmp/cmp22/run/$n.jsonl --out /tmp/cmp22/run/live-$t-$n
  echo end $n rc=\$? \$(date -u +%T) \$(cat /proc/loadavg)
  rm -rf /tmp/cmp22/store-live-$t"

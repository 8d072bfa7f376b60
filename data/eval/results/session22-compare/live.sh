#!/bin/sh
# live.sh <checkout> <tag> <chunk> ID ...: one eval of the given questions on the bundled model, alone under the CPU
# lock, on a fresh copy of the 426-paper store; not started after LAST (HHMM UTC, default 0108: session 22's); limited
# to 14 minutes. BASE as in rep.sh (run/q-all.jsonl: the questions; the chunk's questions and report go to run/)
c=$1; t=$2; n=$3; shift 3
B=${BASE:-/tmp/cmp22}
python3 - "$B" "$n" "$@" <<'PY'
import json, sys
b, n, ids = sys.argv[1], sys.argv[2], set(sys.argv[3:])
lines = open(f'{b}/run/q-all.jsonl').read().splitlines()
keep = [l for l in lines if '"question"' not in l or json.loads(l)['id'] in ids]
open(f'{b}/run/{n}.jsonl', 'w').write('\n'.join(keep) + '\n')
PY
flock /tmp/cpu.lock sh -c "
  now=\$(date -u +%H%M); [ \$now -ge ${LAST:-0108} ] && [ \$now -lt 1200 ] && { echo skip $n \$now; exit 0; }
  rm -rf $B/store-live-$t && cp -a $B/store-pristine $B/store-live-$t
  echo start $n \$(date -u +%T) \$(cat /proc/loadavg)
  cd $c && ASSISTANT_EVAL_STORE_DIR=$B/store-live-$t PYTHONPATH=. timeout 840 /work/main/.venv/bin/python -m assistant -v eval --no-retrieval --answers $B/run/$n.jsonl --out $B/run/live-$t-$n
  echo end $n rc=\$? \$(date -u +%T) \$(cat /proc/loadavg)
  rm -rf $B/store-live-$t"

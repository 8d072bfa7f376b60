#!/bin/sh
# one.sh <checkout> <tag> ID...: replay some recorded raw answers through <checkout>'s code
co=$1; tag=$2; shift 2
python3 - "$@" <<'PY'
import json,sys
ids=set(sys.argv[1:])
lines=open('/tmp/lead21/q-all.jsonl').read().splitlines()
keep=[l for l in lines if '"question"' not in l or json.loads(l)['id'] in ids]
open('/tmp/lead21/q-one.jsonl','w').write('\n'.join(keep)+'\n')
PY
cd "$co" && rm -rf /tmp/lead21/store-$tag && cp -r /tmp/lead21/store-base.keep /tmp/lead21/store-$tag
ASSISTANT_EVAL_STORE_DIR=/tmp/lead21/store-$tag PYTHONPATH=. nice /work/main/.venv/bin/python data/eval/results/replay.py /tmp/lead21/recorded-all.json /tmp/lead21/q-one.jsonl /tmp/lead21/one-$tag.json > /tmp/lead21/one-$tag.log 2>&1
tail -3 /tmp/lead21/one-$tag.log

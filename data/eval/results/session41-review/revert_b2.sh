#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r41/rv/bound
mkdir -p keep2; cp assistant/chains/digest/{lexical,learned}.py keep2/
for f in lexical learned; do cp ../bound.$f.parent.py assistant/chains/digest/$f.py; done
echo "== 1f07b7d lexical/learned at parent, vocabulary as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_bound_forms_s41.py 2>&1 | grep -E 'passed|failed|^FAILED|rror' | head -8
cp keep2/*.py assistant/chains/digest/

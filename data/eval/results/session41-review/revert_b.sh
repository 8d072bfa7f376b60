#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r41/rv/bound
echo "== 1f07b7d test as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_bound_forms_s41.py 2>&1 | tail -1
mkdir -p keep; cp assistant/chains/digest/{lexical,vocabulary,learned}.py keep/
for f in lexical vocabulary learned; do cp ../bound.$f.parent.py assistant/chains/digest/$f.py; done
echo "== 1f07b7d lexical/vocabulary/learned at parent"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_bound_forms_s41.py 2>&1 | grep -E 'passed|failed|^FAILED|rror' | head -8
cp keep/*.py assistant/chains/digest/

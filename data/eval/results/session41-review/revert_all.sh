#!/bin/bash
PY=/work/main/.venv/bin/python
R=/tmp/r41/rv
cd $R/means
echo "== 8356b2d test as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_means_s41.py 2>&1 | tail -1
cp assistant/chains/digest/relevance.py /tmp/r41/rv/keep.py; cp $R/means.relevance.parent.py assistant/chains/digest/relevance.py
echo "== 8356b2d relevance.py at parent"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_means_s41.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5
cp /tmp/r41/rv/keep.py assistant/chains/digest/relevance.py
cd $R/rare
echo "== 200ade7 test as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_rarest_s41.py 2>&1 | tail -1
cp assistant/chains/digest/topic.py /tmp/r41/rv/keep_t.py; cp $R/rare.topic.parent.py assistant/chains/digest/topic.py
echo "== 200ade7 topic.py at parent"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_rarest_s41.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5
cp /tmp/r41/rv/keep_t.py assistant/chains/digest/topic.py

#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r41/c1
echo "== c82c65d test as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_field_of_its_own_s41.py 2>&1 | tail -1
cp /tmp/r41/topic_rules.base.py assistant/chains/digest/topic_rules.py
echo "== topic_rules.py at 6065e6a"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_field_of_its_own_s41.py 2>&1 | grep -E 'passed|failed|^FAILED' | head -5
cp /tmp/r41/topic_rules.c1.py assistant/chains/digest/topic_rules.py

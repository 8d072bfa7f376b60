#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r40/at-a1 || exit 1
echo "== 91e785c as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_senses_s40.py tests/chains/test_digest_selection_s29.py 2>&1 | tail -3
echo "== learned.py at 40e23eb"; git checkout 40e23eb -- assistant/chains/digest/learned.py
$PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_senses_s40.py tests/chains/test_digest_selection_s29.py 2>&1 | grep -E 'passed|failed|^FAILED'; git checkout HEAD -- assistant
git status --short

#!/bin/bash
# each dev40c commit's new tests with its code hunk reverted (in a detached checkout of the commit)
PY=/work/main/.venv/bin/python
cd /tmp/r40/at-c || exit 1
echo "== 40e23eb as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_task_head_s40.py 2>&1 | tail -3
echo "== 40e23eb with select.py at f1c3988 (the one line out)"; git checkout f1c3988 -- assistant/chains/digest/select.py
$PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_task_head_s40.py 2>&1 | tail -5; git checkout HEAD -- assistant
echo "== f1c3988 tests with topic.py at 0e063e4"; git checkout f1c3988 -- tests/chains/test_digest_task_head_s40.py assistant; git checkout 0e063e4 -- assistant/chains/digest/topic.py
$PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_task_head_s40.py 2>&1 | tail -5; git checkout HEAD -- assistant tests
git status --short

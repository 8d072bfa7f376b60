#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r40/at-f && PYTHONPATH=. timeout 900 $PY /work/review40/data/eval/results/session31-review/probe.py /tmp/r40/f/final.json --file /tmp/r40/final.txt --size 20 > /tmp/r40/f/final.log 2>&1
cd /tmp/r40/at-f
echo "== 07ebeb5 tests as is"; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_kind_subject_s40.py 2>&1 | tail -1
echo "== 07ebeb5 code at c256eb8"; git checkout c256eb8 -- assistant; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_kind_subject_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
echo "== 097eec8 code at 85bc2d7 (tests at HEAD)"; git checkout 85bc2d7 -- assistant; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_acronym_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
echo "== 85bc2d7 topic_rules at c37ef8b"; git checkout c37ef8b -- assistant/chains/digest/topic_rules.py; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_shared_modifier_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
echo "== select.py makes_not_perceives line: does any test fail without it?"; sed -i '/if makes_not_perceives(concepts, paper.title):/{N;d}' assistant/chains/digest/select.py; git diff --stat; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_task_head_s40.py tests/chains/test_digest_selection_s16.py 2>&1 | tail -1; git checkout HEAD -- assistant
git status --short
echo done

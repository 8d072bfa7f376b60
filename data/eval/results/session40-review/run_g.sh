#!/bin/bash
PY=/work/main/.venv/bin/python
cd /tmp/r40/at-f
echo "== 07ebeb5: topic.py + topic_words.py at c256eb8 (narrow.py, concept.py kept)"; git checkout c256eb8 -- assistant/chains/digest/topic.py assistant/chains/digest/topic_words.py; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_kind_subject_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
echo "== 07ebeb5: covers_narrow without subject_written"; sed -i 's/return all(meets_narrow_pieces(c, text, matched.get(c.label)) and subject_written(c, text, matched.get(c.label))/return all(meets_narrow_pieces(c, text, matched.get(c.label))/' assistant/chains/digest/narrow.py; git diff --stat; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_kind_subject_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
echo "== 097eec8: select.py at 85bc2d7 (lexical kept)"; git checkout 85bc2d7 -- assistant/chains/digest/select.py; $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_acronym_s40.py 2>&1 | grep -E 'passed|failed|^FAILED|Error' | head -5; git checkout HEAD -- assistant
git status --short; echo done

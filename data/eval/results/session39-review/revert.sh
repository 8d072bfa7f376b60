set -x
PY=/work/main/.venv/bin/python
cd /tmp/r39/at-a1e21eb && git checkout 4cbdfbb -- assistant/chains/digest/topic_rules.py && $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_shared_modifier_s38.py tests/chains/test_digest_reading_s30.py tests/chains/test_digest_selection_s16.py 2>&1 | tail -8; git checkout HEAD -- assistant
cd /tmp/r39/at-725d786 && git checkout a1e21eb -- assistant/chains/digest/topic.py assistant/chains/digest/topic_words.py && $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_data_tail_s39.py 2>&1 | tail -8; git checkout HEAD -- assistant
cd /tmp/r39/at-6dbe3a6 && git checkout 725d786 -- assistant/chains/digest/learned.py && $PY -m pytest -q -p no:cacheprovider tests/chains/test_digest_unglossed_s39.py 2>&1 | tail -8; git checkout HEAD -- assistant
git -C /tmp/r39/at-6dbe3a6 status --short; git -C /tmp/r39/at-725d786 status --short; git -C /tmp/r39/at-a1e21eb status --short

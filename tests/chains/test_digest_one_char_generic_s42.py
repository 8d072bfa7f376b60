"""Session 42 (review42's finding, lead's request): a Chinese topic of one character and a generic word (小模型, 新模型)
has no atoms once the generic word goes (`topic_words._atoms_zh` returns None), and the kind-of-data check after it
(`topic_words.kind_of_data_tail`) was the one step not guarded for that: split_concepts raised TypeError."""

from __future__ import annotations

import pytest

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS


@pytest.mark.parametrize("topic", ["小模型", "新模型"])
def test_a_one_character_topic_with_a_generic_word_is_read(topic):
    concepts = split_concepts(topic, PROMPTS)
    assert isinstance(concepts, list)

"""Session 38 (dev38a; session37-lead NEXT.md item 5): a phrase with a hyphenated compound whose first part is a stop
word ('in-context', 'on-device') is read closed up ('incontext'), and a concept with a `window` (its words near its
head: `readings.rare_phrase_apart`, the either-reading of 'X and Y H') compares those stems with the sentence's in
order (`lexical._near_head`). The sentence was read with the hyphen as a space and the stop word dropped ('context'),
so such a phrase never met its window check, even written exactly as the topic writes it."""

from __future__ import annotations

import pytest

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText, naming_rows
from tests.chains.digest_cases import cover, paper


def _names(label: str, sentence: str, window: int = 2) -> bool:
    concept = Concept(label=label, forms=(label,), loose=True, window=window)
    return bool(naming_rows(concept, PaperText.of(paper("2606.07001", "A Title", sentence))))


@pytest.mark.parametrize("label, sentence", [
    ("in-context learning", "We study in-context learning in small transformers."),
    ("on-device inference", "We enable fast on-device inference for language models."),
    ("zero-shot classification", "We study zero-shot classification of images."),
    ("self-supervised learning", "A survey of self-supervised learning for speech."),
])
def test_a_windowed_phrase_is_named_where_it_is_written(label, sentence):
    assert _names(label, sentence)


def test_the_stop_word_still_counts():
    """'context learning' is not 'in-context learning' (session 34: 'Context-Aware Reinforcement Learning' listed for
    it), with a window as without."""
    assert not _names("in-context learning", "We study context learning for agents.")


def test_either_reading_with_a_stop_word_compound():
    """'efficient and on-device inference of LLMs' is either kind (`topic._either_modified`, each with a window): a
    paper on on-device inference of LLMs names it."""
    on = paper("2606.07002", "Fast On-Device Inference of LLMs on Phones",
               "We enable on-device inference of large language models on commodity phones.")
    _, (covered,) = cover("efficient and on-device inference of LLMs", on)
    assert covered.complete

"""Session 41 (dev41b; session40-lead NEXT.md item 2): an English form must not be met inside another word.
- A gloss or a one-word form is not met as the suffix-like tail of another word's compound (`vocabulary.COMPOUND_TAILS`):
  人工智能意识 (the blind forty-fourth group) read 意识 through its gloss 'aware' and listed 'Modality-Aware',
  'Distance-Aware', 'Preference-Aware' papers; nor after a hyphened negation ('Non-Conformity Scores').
- A one-letter part makes one word with the rest ('X-ray' is no 'ray': X光影像 listed a ray-tracing paper)."""

from __future__ import annotations

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.vocabulary import _content_stems, _latin_stems, hyphen_words_closed
from tests.chains.digest_cases import paper

CONSCIOUS = Concept(label="意识", forms=("意识",), glossed=(frozenset({"awar", "conscious"}),))


def _named(concept: Concept, title: str, abstract: str = "A study.") -> bool:
    return lexical_field(concept, PaperText.of(paper("1", title, abstract))) is not None


def test_a_gloss_is_not_met_as_the_tail_of_another_word_s_compound():
    assert not _named(CONSCIOUS, "MorphoQuant: Modality-Aware Quantization for Omni-modal LLMs")
    assert not _named(CONSCIOUS, "Preference-Aware Rubric Learning", "A workflow-aware agent and a distance-aware model.")
    assert _named(CONSCIOUS, "Situational Awareness of Language Models")
    assert _named(CONSCIOUS, "Are Machines Aware of Themselves?")
    assert _named(CONSCIOUS, "Self-Aware Agents")  # (the reflexive keeps the tail's sense)
    assert _named(CONSCIOUS, "Emergent Language as an Approach to Conscious AI")


def test_a_compound_concept_meets_its_words_in_one_compound():
    driven = Concept(label="语音驱动", forms=("语音驱动",), glossed=(frozenset({"speech", "audio"}), frozenset({"drive"})))
    assert _named(driven, "Audio-Driven Talking Face Generation")


def test_a_word_after_a_hyphened_negation_is_not_met():
    conform = Concept(label="从众", forms=("从众",), glossed=(frozenset({"conform"}),))
    assert not _named(conform, "The Ghost Annotator", "Using Non-Conformity Scores we study label variation.")
    assert _named(conform, "Easier to Mislead Than to Correct: Harmful and Beneficial Revision in LLM Conformity")
    assert hyphen_words_closed("non-convex and un-aligned X-ray") == "nonconvex and unaligned Xray"


def test_a_one_letter_part_is_one_word_with_the_rest():
    xray = Concept(label="X光", forms=("X光",), learned=("x-ray",))
    assert not _named(xray, "Directed Distance Fields for Constant-Time Ray Queries on Gaussian Splatting")
    assert _named(xray, "Chest X-ray Report Generation")
    assert _named(xray, "Registration of X-rays to CT volumes")
    assert _content_stems("k-means clustering") == ["kmean", "cluster"]
    assert "learn" not in _latin_stems("Q-learning for control")

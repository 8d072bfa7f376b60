"""English theme names are nouns (session 31): key terms taken from titles named themes after words that only
act or qualify ('Minimizing · Vector', 'Preserve', 'Sampled', 'Spatial · VLMs'). A term can name a theme when its
last word can be a noun (lemminflect's lexicon) or is a gerund the papers use as one ('token pruning')."""

from __future__ import annotations

from assistant.chains.digest.themes import _nameable_en, _verbal_gerunds, theme_terms
from tests.chains.digest_cases import paper


def test_a_name_ends_in_a_noun_and_opens_with_no_acting_verb():
    for name in ("Minimizing", "Spatial", "Sampled", "Comprehensive", "Inversion-based", "Eliciting reasoning",
                 "Encourage diversity", "Memorize sensitive"):
        assert not _nameable_en(name, {"minimizing", "eliciting"}), name
    for name in ("Rendering speeds", "GRPO", "Optimality", "Token pruning", "Pruning", "Interleaved generation",
                 "Human disagreement", "Latent transport",
                 "Accepted length", "Reasoning traces"):
        assert _nameable_en(name, {"minimizing", "eliciting"}), name
    assert not _nameable_en("Pruning", {"pruning"})  # a gerund these papers use as a verb
    assert not _nameable_en("Drafting multiple", {"drafting"}) and _nameable_en("Drafting strategies", set())


def test_gerunds_are_verbs_when_they_take_an_object_and_nouns_after_a_modifier():
    papers = [paper("2606.1", "Minimizing Quantization Error of Large Models", "By minimizing the error we win."),
              paper("2606.2", "Token Pruning for Faster Transformers", "Token pruning of attention heads helps.")]
    assert _verbal_gerunds(papers) == {"minimizing"}


def test_a_group_is_named_by_its_shared_noun_not_its_shared_verb():
    # every member's title opens with 'Minimizing' (a verb taking an object); three of four write 'codebook'
    members = [paper(f"2606.0{i}", f"Minimizing {w} Error with a Learned Codebook {i}",
                     f"We minimize the {w} error of a learned codebook.") for i, w in enumerate(
                         ["Reconstruction", "Distortion", "Rounding", "Quantization"])]
    members[3] = paper("2606.04", "Minimizing Quantization Error in Sparse Layers",
                       "We minimize quantization error for sparse layers.")
    others = [paper(f"2606.1{i}", f"Protein Folding Study {i}", "Proteins fold.") for i in range(4)]
    terms = theme_terms([[0, 1, 2, 3], [4, 5, 6, 7]], members + others, "en")
    assert terms[0] and not any(t.lower().startswith("minimizing") for t in terms[0]), terms[0]
    assert any("codebook" in t.lower() for t in terms[0]), terms[0]


def test_an_ing_word_after_a_determiner_or_before_a_noun_in_running_text_is_a_noun():
    # the review of session 31: 'the reasoning traces', 'their steering vectors' had voted 'verb', so 'Reasoning
    # traces' could name no theme of a reasoning digest
    papers = [paper("2606.1", "Reasoning Traces Reveal Shortcuts", "The reasoning traces are long. Their reasoning "
                    "traces differ for reasoning tasks."),
              paper("2606.2", "Steering Vectors at Scale", "We study the steering vectors of large models, and "
                    "steering vectors transfer."),
              paper("2606.3", "Mitigating Hallucination", "We reduce errors while mitigating the hallucination.")]
    verbal = _verbal_gerunds(papers)
    assert "reasoning" not in verbal and "steering" not in verbal and "mitigating" in verbal
    assert _nameable_en("Reasoning traces", verbal) and _nameable_en("Steering vectors", verbal)

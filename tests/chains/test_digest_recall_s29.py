"""Session 29 (recall on unseen topics, from the twenty-first group's blind misses): an English topic of one part
'X-assisted Y' / 'X-based Y' is Y with X, not one phrase; LLMs as a means are named by 'AI' as the head's own
modifier ('AI-assisted peer review'); a hyphenated participle ('peer-reviewed') names no noun head."""

from __future__ import annotations

from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.vocabulary import _latin_stems
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[tuple[str, bool, bool]]:
    return [(c.label, c.head, c.setting) for c in split_concepts(topic, PROMPTS)]


def test_hyphenated_means_is_read_as_head_with_means():
    assert _labels("LLM-assisted peer review") == [("peer review", True, False), ("LLM", False, True)]
    assert _labels("EEG-based brain-computer interfaces") == [("brain-computer interfaces", True, False),
                                                              ("EEG", False, False)]
    # a topic the glossary splits already keeps its reading, and a generic head is no head ('vision-based methods')
    assert [label for label, _, _ in _labels("LLM-based machine translation")] == ["LLM", "machine translation"]
    assert [label for label, _, _ in _labels("vision-based methods")] == ["vision-based methods"]
    # the means must be a thing of its own (an acronym, a glossary term): a fixed term stays one (session 29's review)
    for fixed in ("score-based diffusion models", "simulation-based inference", "event-based vision"):
        assert all(label != "score" and label != "simulation" and label != "event" for label, _, _ in _labels(fixed))


GAMING = paper("1", "Gaming AI-Assisted Peer Reviews Poses New Risks to the Scientific Community",
               "AI is increasingly used to support scientific peer review. Here we show that AI-mediated peer review is "
               "vulnerable to a simple manipulation: rephrasing the abstract. Adversarially rewritten abstracts improve "
               "AI review outcomes.")
EGTR = paper("2", "EGTR-Review: Evidence-Grounded Scientific Peer Review Generation via Teacher Distillation",
             "Scientific peer review generation has attracted attention for reducing reviewing burdens. However, existing "
             "Large Language Model (LLM)-based methods produce generic comments. We propose EGTR-Review, an "
             "evidence-grounded review generation framework, and evaluate it against LLM-as-Judge baselines.")
RUBRICS = paper("3", "Evaluating Large Language Models in Dynamic Clinical Decision-Making",
                "Large language models (LLMs) are increasingly proposed as clinical agents. Here we introduce MedSP1000, a "
                "benchmark with 24,602 trajectory-level peer-reviewed rubrics. MedSP1000 converts peer-reviewed cases "
                "into scenarios. Current LLMs are not reliable enough.")
AI_ONLY = paper("4", "AI for Code Review at Scale",
                "We study how AI tools review code. Peer review of code by humans is compared with automated review. "
                "We propose a triage method.")


def test_llm_assisted_peer_review_finds_ai_review_papers_and_not_peer_reviewed_rubrics():
    concepts, covered = cover("LLM-assisted peer review", GAMING, EGTR, RUBRICS, AI_ONLY)
    assert on_topic(concepts, covered[0])  # names LLMs only as 'AI' modifying the head: 'AI-Assisted Peer Reviews'
    assert on_topic(concepts, covered[1])  # 'Scientific Peer Review Generation' with 'LLM-based methods'
    assert not covered[2].complete  # 'peer-reviewed rubrics' names no peer review
    assert not covered[3].complete  # 'AI' apart from the head ('AI tools review code') names no LLM


def test_ai_names_llms_only_as_the_heads_modifier():
    llm = next(c for c in split_concepts("LLM-assisted peer review", PROMPTS) if c.label == "LLM")
    for title, named in [("Can AI Review Improve Paper Drafting?", True),
                         ("Here we show that AI-mediated peer review is vulnerable", True),
                         ("We use AI to review the drafts.", False),
                         ("AI safety of reviewing systems", False)]:
        assert (lexical_field(llm, PaperText.of(paper("1", title, "x."))) is not None) == named, title
    # not for an LLM that is the topic's head or whose head the topic names
    owner = next(c for c in split_concepts("hallucination of LLMs", PROMPTS) if not c.head)
    assert not any(f.startswith(("AI ", "AI-")) for f in owner.forms)


def test_hyphenated_participle_is_no_noun_head():
    assert "!review" not in _latin_stems("24,602 trajectory-level peer-reviewed rubrics")
    assert "!review" in _latin_stems("scientific peer review of papers")
    assert "!review" in _latin_stems("peer reviewed the papers")  # a verb after a space is left as it was


def _fusion_papers() -> list:
    return [paper("10", "Can BEV Perception Gracefully Degrade under Sensor Failures?",
                  "Despite the success of multi-modal BEV perception, existing fusion mechanisms are highly brittle to "
                  "sensor corruptions. We propose a recalibrated fusion of camera and LiDAR features.",
                  "提出动态重校准特征融合，实现鲁棒的多模态BEV融合。"),
            paper("11", "Towards Compact Driving Perception with Multi-sensor Fusion",
                  "We present a compact model. Intermediate sensor fusion combines RGB cameras and LiDAR.",
                  "通过多传感器融合实现紧凑的自动驾驶感知。"),
            paper("12", "Modeling Nitrogen Generation by Pressure Swing Adsorption",
                  "This work presents a model of nitrogen generation, coupling multi-component mass balances with "
                  "kinetically limited adsorption on carbon molecular sieves.",
                  "建立了变压吸附制氮的动态模型。"),
            paper("13", "A Survey of Text Classification", "We review text classification with fusion of features.",
                  "综述文本分类。")]


def test_rare_learned_phrase_is_also_matched_apart_near_its_head():
    """多传感器融合 learns 'multi-sensor fusion', which fewer than three candidates write whole: the concept is also named
    by 'sensor' near the head 'fusion' in one sentence (the other word the candidates use most, 'multi', may go), keeping
    its label."""
    from assistant.chains.digest.concept import Concept
    from assistant.chains.digest.readings import rare_phrase_apart
    from assistant.chains.digest.relevance import coverage

    concept = Concept(label="多传感器融合", forms=("多传感器融合",), learned=("multi-sensor fusion",))
    texts = [PaperText.of(p) for p in _fusion_papers()]
    apart = rare_phrase_apart(concept, texts)
    assert apart.label == "多传感器融合" and len(apart.alternatives) == 2
    covered = coverage([apart], texts)
    assert [c.complete for c in covered] == [True, True, False, False]
    assert covered[0].named_as_focus()  # 'existing fusion mechanisms are highly brittle to sensor corruptions' opens it
    # written whole by three candidates or more, the phrase stays a run of adjacent words
    assert rare_phrase_apart(concept, [texts[1]] * 3 + texts) == concept


def test_words_apart_from_the_head_do_not_name_the_phrase():
    from assistant.chains.digest.lexical import _near_head

    assert _near_head("multi-sensor fusion", "existing fusion mechanisms are highly brittle to sensor corruptions", 6,
                      ("multi",))
    assert not _near_head("molecular generation", "a model of nitrogen generation, coupling multicomponent mass "
                          "balances with kinetically limited adsorption on carbon molecular sieves", 6)

"""Session 42 (dev42b; session41-lead NEXT.md item 4, session41-review finding 1): the head's unknown modifier named in
focus is asked as the head's modifier when it is rarer than the head's own words (`topic_words.rarer_than_head`), not
when it is the topic's rarest word: 'spatial reasoning in VLMs' and '... in LLMs' read alike (VLMs 4.1 % of papers
at large is rarer than spatial 8.9 %, LLMs 18.8 % is not). A modifier after the head and 'about' counts as written
before it ('reasoning about physical dynamics'; `relevance._modifier_after_about`)."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import topic_concepts
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving


def test_the_modifier_of_spatial_reasoning_does_not_switch_with_the_model():
    for topic in ("spatial reasoning in VLMs", "spatial reasoning in LLMs",
                  "spatial reasoning in vision-language models"):
        head = next(c for c in topic_concepts(topic, PROMPTS) if c.head)
        assert head.context[:1] == ("spatial",) and head.context_in_focus and head.context_before, topic


SPATIAL = paper("2606.01000", "Spatial Reasoning Benchmarks for VLMs",
                "Vision-language models struggle with spatial reasoning. We present a benchmark of spatial reasoning "
                "questions for VLMs.")
GEO = paper("2606.01001", "Geo-Localization with VLMs",
            "We ask vision-language models where a photo was taken, a task of reasoning over spatial cues in the "
            "image. Our VLM agent localizes street views.")
DYNAMICS = paper("2606.01002", "Do VLMs Understand Motion?",
                 "We evaluate reasoning about physical dynamics in vision-language models. VLMs fail on collisions.")


def test_spatial_reasoning_in_vlms_asks_spatial_as_the_modifier():
    pool = [SPATIAL, GEO]
    request = DigestRequest(topic="spatial reasoning in VLMs", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert {p.paper.arxiv_id for p in picked} == {"2606.01000"}


def test_reasoning_about_physical_dynamics_is_physical_reasoning():
    pool = [DYNAMICS]
    request = DigestRequest(topic="physical reasoning in vision-language models", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert {p.paper.arxiv_id for p in picked} == {"2606.01002"}

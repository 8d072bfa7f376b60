"""Session 41 (dev41a; session40-lead NEXT.md item 1): the topic's rarest word, when the reading keeps it only as the
head's modifier named in focus (`Concept.context_in_focus`), must be written as the head's modifier there: within
`relevance.MODIFIER_WINDOW` words before the head, not anywhere in the sentence. 'physical reasoning in multimodal
models' (the forty-third group, blind) listed two spatial-reasoning papers that write 'spatial reasoning over the
physical world' (`topic._rare_modifier_before_head`; since session 42 the modifier rarer than the head's words,
`topic_words.rarer_than_head`, not the topic's rarest word)."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.topic_words import rarer_than_head
from tests.chains.digest_cases import PROMPTS, StoreOf, paper, retrieving

BILLIARD = paper("2605.30900", "BilliardPhys-Bench: Benchmarking Physical Reasoning and Visual Dynamics of Multimodal "
                 "LLMs", "Current multimodal models handle static image recognition well, but intuitive physical "
                 "reasoning remains a weakness. We present a benchmark for physical reasoning in billiards.")
CHRONO = paper("2606.07962", "ChronoPhyBench: Do MLLMs Truly Understand the World?",
               "Multimodal large language models answer questions about videos. We propose a multimodal Chronological "
               "Physical Dynamics Reasoning Benchmark.")
ALLO = paper("2606.08952", "AlloSpatial: Agentic Harness Framework for Spatial Reasoning in Foundation Models",
             "Multimodal foundation models have made substantial progress, yet remain fragile in spatial reasoning over "
             "the physical world. We propose an agentic harness for multimodal models.")
OTHER = paper("2606.09201", "Bird Song Classification in the Wild",
              "We classify bird songs recorded by volunteers. We present a new dataset of songs.")


def test_a_modifier_rarer_than_its_head():
    assert rarer_than_head("physical", "reasoning")
    assert rarer_than_head("spatial", "reasoning")
    assert not rarer_than_head("reasoning", "spatial")
    assert not rarer_than_head("空间", "推理")


def test_the_head_keeps_its_rarest_modifier_as_a_modifier():
    head = next(c for c in topic_concepts("physical reasoning in multimodal models", PROMPTS) if c.head)
    assert head.context[:1] == ("physical",) and head.context_in_focus and head.context_before
    # a modifier rarer than its head is asked before the head whatever the topic's other words (session 42: before,
    # 'vision-language' being rarer than 'spatial' left it a context named anywhere in the focus sentence)
    spatial = next(c for c in topic_concepts("spatial reasoning in vision-language models", PROMPTS) if c.head)
    assert spatial.context[:1] == ("spatial",) and spatial.context_in_focus and spatial.context_before


def test_physical_reasoning_is_not_spatial_reasoning_in_the_physical_world():
    pool = [BILLIARD, CHRONO, ALLO, OTHER]
    request = DigestRequest(topic="physical reasoning in multimodal models", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert {p.paper.arxiv_id for p in picked} == {"2605.30900", "2606.07962"}

"""Session 41 (dev41a; session40-lead NEXT.md item 1): the topic's rarest word, when the reading keeps it only as the
head's modifier named in focus (`Concept.context_in_focus`), must be written as the head's modifier there: within
`relevance.MODIFIER_WINDOW` words before the head, not anywhere in the sentence. 'physical reasoning in multimodal
models' (the forty-third group, blind) listed two spatial-reasoning papers that write 'spatial reasoning over the
physical world' (`topic._rarest_modifies_head`, `topic_words.rarest_word`)."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import topic_concepts
from assistant.chains.digest.topic_words import rarest_word
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


def test_the_rarest_word_of_a_topic():
    assert rarest_word("physical reasoning in multimodal models") == "physical"
    assert rarest_word("PDDL planning with LLMs") == "PDDL"
    assert rarest_word("spiking neural networks") == "spiking"
    assert rarest_word("Lean theorem proving") == "Lean"
    assert rarest_word("spatial reasoning in vision-language models") == "vision-language"  # (spatial 9 %, 7 %)
    assert rarest_word("human-object interaction") == "human-object"
    assert rarest_word("脉冲神经网络") is None


def test_the_head_keeps_its_rarest_modifier_as_a_modifier():
    head = next(c for c in topic_concepts("physical reasoning in multimodal models", PROMPTS) if c.head)
    assert head.context[:1] == ("physical",) and head.context_in_focus and head.context_before
    # a modifier no rarer than another word of the topic stays a context named anywhere in the focus sentence
    spatial = next(c for c in topic_concepts("spatial reasoning in vision-language models", PROMPTS) if c.head)
    assert spatial.context[:1] == ("spatial",) and spatial.context_in_focus and not spatial.context_before


def test_physical_reasoning_is_not_spatial_reasoning_in_the_physical_world():
    pool = [BILLIARD, CHRONO, ALLO, OTHER]
    request = DigestRequest(topic="physical reasoning in multimodal models", language="en", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert {p.paper.arxiv_id for p in picked} == {"2605.30900", "2606.07962"}

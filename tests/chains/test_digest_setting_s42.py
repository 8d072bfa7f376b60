"""Session 42 (dev42b; session41-lead NEXT.md item 2): what a topic says around its head. (The implied setting of a
narrow head, 'preconditioners for iterative solvers', landed in e547874 and was reverted: made one concept, 'persistent
homology for graph data' took the one-concept dense route and listed 20 off-topic papers; review42.)

- 'LLM outputs': a noun for what a model produces names the model's output, and the model is the concept
  (`topic_words.PRODUCT_NOUNS_EN`): 'randomness in LLM outputs' (the forty-sixth group) had no LLM concept and listed a
  quantizer 'with specified output distribution' and random-field channel models.
"""

from __future__ import annotations

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper

QUANTIZER = paper("2606.10458", "Minimum Distortion Quantization with Specified Output Distribution",
                  "We study quantizers whose outputs follow a specified distribution. Common randomness between "
                  "encoder and decoder is used.")
UNPREDICTA = paper("2606.06622", "UnpredictaBench: Evaluating Distributional Randomness in LLMs",
                   "Large language models are asked to produce random outputs. We measure the randomness of LLM "
                   "outputs across models.")


def test_llm_outputs_keep_the_llm():
    concepts, covered = cover("randomness in LLM outputs", UNPREDICTA, QUANTIZER)
    assert [c.label for c in concepts] == ["randomness", "LLM"]
    assert on_topic(concepts, covered[0]) and not covered[1].complete



def test_a_task_named_completion_keeps_its_concept():
    # 'completion' after a known term is a task ('knowledge graph completion'), not the term's product (review42)
    concepts = split_concepts("knowledge graph completion and reasoning", PROMPTS)
    assert [c.label for c in concepts] == ["completion", "reasoning"]

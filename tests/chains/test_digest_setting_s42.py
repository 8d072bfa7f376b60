"""Session 42 (dev42b; session41-lead NEXT.md items 2 and 4): what a topic says around its head.

- 'X for Y' with a narrow X whose papers write neither Y nor Y's last word: Y is the setting X implies, and only its
  modifier is asked, anywhere in the paper (`readings.phrase_apart`, `_implied_by_narrow_head`): 'preconditioners for
  iterative solvers' (the forty-seventh group) was empty, though its three papers are the three on preconditioners.
  Landed in e547874, reverted in 5564477 (made one concept, 'persistent homology for graph data' took the one-concept
  dense fallback: 20 off-topic papers; review42), landed again with that fallback closed (`Concept.implied_setting`).
- 'LLM outputs': a noun for what a model produces names the model's output, and the model is the concept
  (`topic_words.PRODUCT_NOUNS_EN`): 'randomness in LLM outputs' (the forty-sixth group) had no LLM concept and listed a
  quantizer 'with specified output distribution' and random-field channel models.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper

BLOCK = paper("2606.06035", "Modified augmented Lagrangian preconditioning for beam-solid coupling",
              "This paper presents augmented Lagrangian block preconditioners for the coupling of solid bodies with "
              "beams. Numerical experiments demonstrate near mesh-independent iteration counts.")
HELMHOLTZ = paper("2606.07427", "High-Frequency Preconditioners for Electromagnetic Integral Equations",
                  "We propose a novel preconditioning strategy for the shifted Helmholtz operator. The preconditioner "
                  "stabilizes the number of iterations in all regimes.")
LANGEVIN = paper("2606.09999", "Preconditioners for Langevin Sampling of Bayesian Neural Networks",
                 "We study preconditioners for stochastic gradient Langevin dynamics. Posterior samples of Bayesian "
                 "neural networks mix faster.")
FILLER = [paper(f"2606.2{n:04d}", f"A study of graph learning number {n}",
                f"We train graph neural networks on benchmark {n}. Our solvers for routing problems are fast.")
          for n in range(60)]


def test_a_narrow_head_implies_its_setting():
    concepts, covered = cover("preconditioners for iterative solvers", BLOCK, HELMHOLTZ, LANGEVIN, *FILLER,
                              learn=True)
    assert [c.label for c in concepts] == ["preconditioners"] and concepts[0].context == ("iterative",)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not covered[2].complete  # preconditioners of another kind: no iteration named



def test_a_head_that_took_in_its_setting_takes_no_dense_fallback():
    # made one concept by its implied setting, the head is matched by its words: dense neighbours naming the setting's
    # word are not on it ('persistent homology for graph data' listed 20 graph papers, none on topic; review42)
    from assistant.chains.digest.relevance import Coverage
    from assistant.chains.digest.select import dense_fallback_ok

    concepts, covered = cover("preconditioners for iterative solvers", BLOCK, HELMHOLTZ, LANGEVIN, *FILLER,
                              learn=True)
    assert concepts[0].implied_setting
    uncovered = [Coverage(matched={}, similarity={}, complete=False, together=False)]
    assert not dense_fallback_ok(concepts, uncovered)
    assert dense_fallback_ok([replace(concepts[0], implied_setting=False)], uncovered)


def test_a_narrow_heads_setting_stays_when_its_papers_write_it():
    solver = paper("2606.08000", "Preconditioners for iterative solvers of saddle-point systems",
                   "We design preconditioners for iterative solvers of saddle-point systems. Iterative solvers "
                   "converge in few steps with them.")
    more = [paper(f"2606.0810{n}", f"Block preconditioners {n}", "We build block preconditioners that make "
                  "iterative solvers of Stokes flow converge faster.") for n in range(3)]
    concepts, _ = cover("preconditioners for iterative solvers", solver, *more, *FILLER, learn=True)
    assert [c.label for c in concepts] == ["preconditioners", "iterative solvers"]


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

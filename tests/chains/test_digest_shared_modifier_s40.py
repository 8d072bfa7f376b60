"""Session 40 (dev40b; session39-lead NEXT.md item 4, session39-review finding 2): in 'M A and B' read as either
(`topic_rules.modifier_shared`), the bare side B names the shared modifier M where it says what it is about, in a
focus sentence that names B too (`Concept.context_in_focus`), as a head's modifier does. Named anywhere, a broad M
asked nothing: 'code generation and evaluation' listed rubric learning and LLM-as-a-judge papers that say 'code' once."""

from __future__ import annotations

from tests.chains.digest_cases import cover, paper

CODE_EVAL = paper("2606.09101", "Beyond Pass Rate: Execution-Grounded Evaluation of Open Code LLMs",
                  "Benchmarks of code LLMs report pass rates only. We present an execution-grounded evaluation of the "
                  "code that open models write.")
RUBRIC = paper("2606.09102", "Preference-Aware Rubric Learning for Personalized Evaluation",
               "Evaluating long-form answers needs rubrics that fit each user. We propose a rubric learner for "
               "personalized evaluation. Our released code and data will be public.")
VIDEO_EDIT = paper("2606.09103", "Instruction-Guided Editing with Albedo Guidance",
                   "We introduce AlbedoEdit, a unified method for instance-level video editing.")


def test_the_bare_side_names_the_shared_modifier_in_its_focus_sentence():
    concepts, covered = cover("code generation and evaluation", CODE_EVAL, RUBRIC)
    assert len(concepts) == 1 and len(concepts[0].alternatives) == 2, concepts
    assert concepts[0].alternatives[1].context_in_focus
    assert covered[0].complete and not covered[1].complete, covered


def test_a_paper_on_the_bare_side_that_says_so_is_kept():
    concepts, covered = cover("video generation and editing", VIDEO_EDIT)
    assert len(concepts) == 1 and covered[0].complete, covered


EPIDEMIC = paper("2606.09104", "Agent-Based Simulation of Mask Policies",
                 "We present an agent-based simulation of mask wearing in a city. Individuals meet and infect each "
                 "other as an epidemic spreads through the model.")


def test_a_narrow_shared_modifier_may_still_be_named_anywhere():
    """'epidemic' is in under 5 % of papers: named in any sentence it says the field (the judged paper of
    'epidemic modeling and simulation' names it apart from the simulation)."""
    concepts, covered = cover("epidemic modeling and simulation", EPIDEMIC)
    assert not concepts[0].alternatives[1].context_in_focus
    assert covered[0].complete, covered

"""Session 38 (dev38a; session37-lead NEXT.md item 6): 'M A and B' whose bare B takes A's modifier M
(`topic_rules._shared_modifier`: 'epidemic modeling and simulation' is epidemic modeling and epidemic simulation) names
two activities of one field, and a paper on either is on topic (`topic_rules.modifier_shared`), as two kinds of one head
are ('backdoor and data poisoning attacks', `shared_head`). Asked for both, 'epidemic modeling and simulation' listed
none of its 3 judged papers. B alone still needs M named in the paper (`Concept.context`)."""

from __future__ import annotations

from tests.chains.digest_cases import cover, paper

SIMULATION = paper("2606.09001", "Agent-Based Simulation of Mask Policies",
                   "We built a simulation of 1,000 individuals choosing whether to wear masks during an epidemic.")
OTHER = paper("2606.09002", "Traffic Simulation at City Scale",
              "We present a simulation of urban traffic with learned driver models.")


def test_either_activity_of_the_shared_field():
    concepts, covered = cover("epidemic modeling and simulation", SIMULATION, OTHER)
    assert len(concepts) == 1 and len(concepts[0].alternatives) == 2, concepts
    assert covered[0].complete and not covered[1].complete


def test_parts_with_their_own_modifiers_are_not_either():
    """'knowledge graphs and RAG' share no modifier: both still asked for (unless the candidates say otherwise)."""
    concepts, _ = cover("knowledge graphs and RAG", SIMULATION)
    assert len(concepts) == 2

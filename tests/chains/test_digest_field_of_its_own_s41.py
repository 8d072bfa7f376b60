"""Session 41 (dev41c; session40-lead NEXT.md item 4, session40-review finding 2): in 'M A and B' read as either, a
broad M is asked in B's focus sentence (`topic_rules._modifier_in_focus`) unless B is a field of its own, a narrow
subject (`topic_rules._field_of_its_own`: 'unlearning' is in under 1 % of papers at large). Asked in focus,
'knowledge editing and unlearning' lost unlearning papers that say 'knowledge' only where they say what they build on;
'code summarization and translation' must still leave out machine translation papers that say 'code' once."""

from __future__ import annotations

from tests.chains.digest_cases import cover, paper

UNLEARNING = paper("2606.09111", "Backdoor Unlearning for Large Language Models",
                   "Backdoors planted during fine-tuning persist in deployed models. We propose a backdoor unlearning "
                   "method that removes the trigger behaviour. Such models store knowledge from their pretraining "
                   "corpora that the method keeps intact.")
TRANSLATION = paper("2606.09112", "Low-Resource Machine Translation with Pivot Languages",
                    "We study machine translation for low-resource language pairs through pivot languages. Our code "
                    "and data are released.")


def test_a_bare_side_that_is_a_field_of_its_own_keeps_the_modifier_anywhere():
    concepts, covered = cover("knowledge editing and unlearning", UNLEARNING)
    assert len(concepts) == 1 and len(concepts[0].alternatives) == 2, concepts
    assert not concepts[0].alternatives[1].context_in_focus
    assert covered[0].complete, covered


def test_a_bare_side_every_field_writes_still_asks_the_modifier_in_focus():
    concepts, covered = cover("code summarization and translation", TRANSLATION)
    assert concepts[0].alternatives[1].context_in_focus
    assert not covered[0].complete, covered

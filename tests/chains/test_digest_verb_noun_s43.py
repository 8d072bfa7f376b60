"""Session 43 (dev43b): a topic's modifier in an -ify verb form ('clarifying') is met by its -ification noun
('clarification') and back (`lexical._verb_noun_in`): the stemmer leaves them clarifi and clarif. The blind
forty-ninth group: 'clarifying questions in LLM agents' was empty, its judged papers writing 'clarification
questions'. Not for a common -if stem, which an -ific adjective shares ('specification', 'specific': specif)."""

from assistant.chains.digest.lexical import PaperText, _verb_noun_in, lexical_field
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, paper


def test_a_verb_form_modifier_meets_its_noun_and_back():
    (clarifying, _) = split_concepts("clarifying questions in LLM agents", PROMPTS)
    (clarification, _) = split_concepts("clarification questions for ambiguous user requests", PROMPTS)
    noun = PaperText.of(paper("1", "Uncertainty-Aware Clarification in LLM Agents",
                              "We measure the utility of clarification questions for agents.", "本文研究澄清问题。"))
    verb = PaperText.of(paper("2", "Agents That Ask", "Our agent asks clarifying questions when a request is vague.",
                              "本文研究智能体提问。"))
    assert lexical_field(clarifying, noun) == "abstract"
    assert lexical_field(clarification, verb) == "abstract"


def test_not_a_common_stem_an_adjective_shares():
    assert _verb_noun_in("clarifi", {"clarif", "question"})
    assert not _verb_noun_in("specifi", {"specif", "question"})  # 'specific' shares specif
    assert not _verb_noun_in("clarifi", {"question"})

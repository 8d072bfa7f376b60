"""Session 34, English topic reading, from the thirtieth and thirty-first groups (measured blind in session 33,
then studied) and review33's H3'. Crafted cases, not the judged topics."""

from __future__ import annotations

from assistant.chains.digest.lexical import _loose_match
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_parts import _examples
from assistant.chains.digest.vocabulary import _latin_stems
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, assert_selects, paper


def test_an_acronym_of_a_broad_entry_is_its_own_term():
    """'AGI' is filed under the AI entry (AI, LLM, 人工智能: in 9 % of papers at large): the topic means artificial general
    intelligence, not any AI paper."""
    (agi,) = split_concepts("AGI", PROMPTS)
    assert set(agi.forms) == {"AGI", "artificial general intelligence"}
    (spelled,) = split_concepts("artificial general intelligence", PROMPTS)
    assert "AI" not in spelled.forms and "人工智能" not in spelled.forms
    on = paper("2606.00001", "Safety Cases for Artificial General Intelligence",
               "We argue how the safety of artificial general intelligence could be assured.")
    off = paper("2606.00002", "Safety Guardrails for AI Assistants",
                "We propose guardrails for the safety of AI assistants built on LLMs.", tldr="本文提出人工智能助手的安全护栏。")
    assert_selects("safety of AGI", on, off)
    # an acronym of a narrow entry keeps the entry's forms (RL is under BROAD_WORD_SHARE)
    grpo = split_concepts("GRPO for LLM reasoning", PROMPTS)[0]
    assert "reinforcement learning" in grpo.forms
    # an acronym keeps the entry's form it spells, and the name with a modifier is a kind of it too, in either language
    assert set(split_concepts("GenAI in education", PROMPTS)[0].forms) == {"GenAI", "generative AI"}
    assert set(split_concepts("generative AI in education", PROMPTS)[0].forms) == {"generative AI", "GenAI"}
    assert split_concepts("通用人工智能的风险", PROMPTS)[0].forms == ("通用人工智能",)
    assert "AI" in split_concepts("AI in education", PROMPTS)[0].forms  # (the entry's name: the entry)


def test_a_rare_modifier_is_met_by_its_derivatives():
    """A word in under 1 % of papers at large meets its derivatives a letter or two longer as a modifier ('idiom' ~
    'idiomatic'), not as the head ('molecules' is not anything 'molecular'); a common word does not ('graph' ~
    'graphic', 'token' ~ 'tokenize')."""
    assert _loose_match("idiom understanding", _latin_stems("A Lens on Idiomatic Understanding for Language Models"))
    assert not _loose_match("molecules", _latin_stems("molecular sieves for nitrogen generation"))
    assert not _loose_match("graph understanding", _latin_stems("graphic design understanding"))
    assert not _loose_match("token pruning", _latin_stems("pruning tokenizers"))
    # a derivative is the stem and an ending papers derive with, not any longer word (review34 E1)
    for phrase, text in (("integer programming", "integrating programming"), ("music tempo", "temporal music"),
                         ("species distribution", "specific distribution"), ("quant trading", "quantum trading")):
        assert not _loose_match(phrase, _latin_stems(text)), phrase
    assert not _loose_match("idiom understanding", _latin_stems("We translate idioms across languages."))


def test_a_carrier_noun_after_a_rare_word_is_not_required():
    """'prosodic cues' is about prosody whatever carries it; 'visual cues' stays whole (visual is common)."""
    assert _loose_match("prosodic cues", _latin_stems("sarcasm detection from temporal prosodic incongruity"))
    assert _loose_match("EEG signals", _latin_stems("decoding emotions from EEG"))
    assert not _loose_match("visual cues", _latin_stems("visual tokens are pruned"))
    on = paper("2606.00001", "Sarcasm Recognition from Prosodic Incongruity in Speech",
               "We detect sarcasm in speech from the incongruity of its prosody.")
    off = paper("2606.00002", "Sarcasm Recognition in Speech", "We detect sarcasm in speech from its transcript.")
    assert_selects("prosodic cues in speech", on, off)


def test_like_before_persons_compares():
    """'like' between a made thing and persons or living beings compares ('vision models like humans': models that see
    as humans do), not an example list asking for humans; persons exemplifying persons are still examples."""
    for topic in ("vision models like humans", "robots like animals", "language agents like people"):
        assert _examples(topic) == ("", "", []), topic
    assert _examples("annotators like crowd workers")[2] == ["crowd workers"]
    # persons after persons (or anything but a made thing) are examples (review34 E4)
    assert _examples("speech recognition for speakers like children")[2] == ["children"]
    assert _examples("state space models like Mamba")[2] == ["Mamba"]
    assert all(not c.alternatives for c in split_concepts("vision models like humans", PROMPTS))


def test_a_rare_concept_does_not_learn_a_term_most_of_its_holders_do_not_name():
    """'superintelligence' (rare) named by one candidate whose TL;DR writes 智能体 'agent', which four agent papers write
    too: the embedder puts 智能体 nearest, but most candidates holding it do not name the concept, so it is not the
    concept's Chinese (the table cannot tell 智能体 is common: jieba cuts it 智能 | 体)."""
    from assistant.chains.digest.learned import translate_concepts
    from assistant.chains.digest.lexical import PaperText

    texts = [PaperText.of(paper("2606.00001", "Will Superintelligence Cooperate?",
                                "We argue that superintelligence built alone will not cooperate.",
                                tldr="本文认为单独构建的超级智能智能体不会合作。"))]
    texts += [PaperText.of(paper(f"2606.1{i}", f"Tool Agents {i}", "We build tool-using agents.",
                                 tldr="本文构建使用工具的智能体。")) for i in range(4)]
    embedder = FixedEmbedder({"superintelligence": [1.0, 0.0, 0.0], "智能体": [0.95, 0.312, 0.0],
                              "超级智能": [0.8, 0.6, 0.0]})
    (concept,) = translate_concepts(split_concepts("superintelligence", PROMPTS), texts, embedder)
    assert "智能体" not in concept.learned


def test_information_and_features_are_no_carriers():
    """'quantum information', 'handcrafted features' are terms of their own, not any quantum or handcrafted paper."""
    assert not _loose_match("quantum information", _latin_stems("a quantum circuit for image classification"))
    assert _loose_match("quantum information", _latin_stems("quantum information processing with qubits"))
    assert not _loose_match("handcrafted features", _latin_stems("handcrafted prompts for LLMs"))

"""Session 29, from the twenty-first group's blind false positives (session28-blind/topics): a concept matched too
loosely. A head merged into a known term is required when it names a narrow part of the term's field (安全护栏 is a
guardrail, not any safety); a Chinese word the dictionary glosses whole is glossed whole (区块链 is 'blockchain', not
区块's 'block')."""

from __future__ import annotations

from assistant.chains.digest.candidate_terms import dictionary_glosses
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.relevance import coverage
from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, paper


def _text(n: str, title: str, abstract: str, tldr: str = "") -> PaperText:
    return PaperText.of(paper(n, title, abstract, tldr))


def _guardrail_pool() -> list[PaperText]:
    """Candidates of 大模型安全护栏 as the bench slice has them: many LLM safety papers, few of them about guardrails
    (every guardrail paper but one names safety), a few papers of neither."""
    texts = [_text(f"1.{i}", f"Safety Alignment of LLMs {i}", "We align LLMs for safety. Unsafe outputs drop.",
                   "本文研究大模型的安全对齐。") for i in range(12)]
    texts += [_text(f"2.{i}", f"Streaming Guardrails for Large Language Models {i}",
                    "We propose guardrails that keep LLM outputs safe. The guardrail checks each sentence for safety.",
                    "本文提出大模型的安全护栏。") for i in range(3)]
    texts.append(_text("3", "GuardNet: Shallow Networks for Prompt Injection Detection",
                       "We build a guardrail for LLM agents that flags prompt injections. It runs on a CPU."))
    texts += [_text(f"4.{i}", f"Image Classification {i}", "We classify images.") for i in range(26)]
    return texts


def test_a_narrow_head_of_a_broad_known_term_is_required():
    """安全护栏 is 安全 (a known term: safety) + 护栏 (unknown: guardrail). Few safety papers name a guardrail (3 of 15
    here, 8 of 75 on the bench slice), so the term does not imply the head: the head is what the topic asks for, and a
    safety paper without a guardrail is off topic. Term and head are both required (never the head alone: see the
    next test), so GuardNet, a guardrail that never writes safety, is the price."""
    (llm, guard) = split_concepts("大模型安全护栏", PROMPTS)
    assert guard.merged == ("安全", "护栏")
    texts = _guardrail_pool()
    llm, term, head = translate_concepts([llm, guard], texts)
    assert term.label == "安全" and (head.label, head.head) == ("护栏", True)
    assert head.glossed == (frozenset({"guardrail"}),)  # ('rail', which no candidate writes: `learned.written_senses`)
    covers = coverage([llm, term, head], texts)
    assert not covers[0].complete  # a safety paper without a guardrail
    assert covers[12].complete and covers[12].focused()
    assert not covers[15].complete  # GuardNet: a guardrail, no safety


def test_a_merged_topic_never_becomes_its_generic_head_alone():
    """Session 29's review: the candidates are retrieved for the whole topic, so the ones naming the head name the term
    too whatever the head is. 联邦学习攻击 with 3 of 20 federated-learning candidates saying attack had become 攻击
    alone (glossed 'attack, charge'): a jailbreak paper and an EV-charging paper were complete."""
    texts = [_text(f"1.{i}", f"Federated Learning with Non-IID Clients {i}",
                   "We train federated learning models across clients.") for i in range(17)]
    texts += [_text(f"2.{i}", f"Poisoning Attacks on Federated Learning {i}",
                    "We attack federated learning with poisoned updates.") for i in range(3)]
    texts += [_text(f"3.{i}", f"Image Classification {i}", "We classify images.") for i in range(20)]
    concepts = translate_concepts(split_concepts("联邦学习攻击", PROMPTS), texts)
    jailbreak = _text("x", "Jailbreak Attacks on LLM Agents", "We attack LLM agents with jailbreak prompts.")
    charging = _text("y", "Smart Charging of Electric Vehicle Fleets", "We schedule the charging of electric vehicles.")
    covers = coverage(concepts, texts + [jailbreak, charging])
    assert not covers[-2].complete and not covers[-1].complete
    assert covers[17].complete  # a poisoning attack on federated learning


def test_a_head_the_terms_papers_name_stays_merged():
    """越狱攻击: most jailbreak papers name an attack (here 4 of 5), so the head is the term's own word and a jailbreak
    defence that never says attack stays on topic; 隐私保护 the same at a third of the term's papers (10 of 28 on the
    bench slice: papers on privacy leakage are on topic too)."""
    jail = [_text(f"5.{i}", f"Jailbreak Attacks {i}", "We jailbreak LLMs with an attack.") for i in range(4)]
    jail += [_text("6", "Jailbreak Defense", "We defend LLMs against jailbreaks.")]
    jail += [_text(f"7.{i}", f"LLM Safety {i}", "We align LLMs.") for i in range(8)]
    _, jailbreak = translate_concepts(split_concepts("大语言模型的越狱攻击", PROMPTS), jail)
    assert jailbreak.label == "越狱攻击" and jailbreak.head and lexical_field(jailbreak, jail[4]) == "title"
    privacy = [_text(f"8.{i}", f"Privacy Protection for LLMs {i}", "We protect user privacy in LLMs.") for i in range(3)]
    privacy += [_text(f"9.{i}", f"Privacy Leakage of LLMs {i}", "We measure privacy leakage of LLMs.")
                for i in range(5)]
    privacy += [_text(f"10.{i}", f"Code Generation {i}", "We generate code with LLMs.") for i in range(10)]
    _, kept = translate_concepts(split_concepts("大语言模型的隐私保护", PROMPTS), privacy)
    assert kept.label == "隐私保护" and lexical_field(kept, privacy[5]) == "title"


def test_a_word_the_dictionary_glosses_whole_is_glossed_whole():
    """jieba cuts 区块链 into 区块 | 链 and the single character was dropped: the gloss was 区块's 'block, section,
    sector'. The dictionary has 区块链 itself: 'blockchain'."""
    assert dictionary_glosses("区块链") == (frozenset({"blockchain"}),)
    assert dictionary_glosses("奖励黑客") == (frozenset({"reward"}), frozenset({"hacker"}))  # no whole word: its words
    # joined only where a single character would be dropped, into a one-word sense: 时间序列's 'time series' joined
    # would be matched by any 'time' (session 29's review)
    assert dictionary_glosses("时间序列") == (frozenset({"time"}), frozenset({"sequenc"}))
    assert dictionary_glosses("中的应用") == ()  # not 中的 'to hit the target'


def test_an_unknown_chinese_concept_learns_the_dictionarys_word_not_a_collocate():
    """Three candidates name 区块链 (in their TL;DRs); their English texts all write 'blockchains' and all write
    'accounts' ('accounts for', 'multiple accounts'), and one other candidate writes each. With the dictionary's
    'blockchain' the tie goes to the translation; before, the shorter 'accounts' won and any paper that 'accounts for'
    something matched 区块链 (11 of 15 papers listed at 20)."""
    def chain(n: str, title: str, abstract: str) -> PaperText:
        return _text(n, title, abstract, "本文研究区块链上的交易竞争。")

    texts = [chain("1", "Arbitrage on Blockchains", "Searchers on blockchains compete. Spam accounts for most gas."),
             chain("2", "Proof-of-Useful-Work Economics", "Miners of blockchains earn rewards. Rewards reach accounts."),
             chain("3", "Validator Selection in Proof-of-Stake", "Nominators pick validators of blockchains. They hold "
                                                                  "several accounts.")]
    texts += [_text("4", "Moral Credences", "Agents must account for context."),
              _text("5", "Settlement Layers", "We archive trades settled on blockchains.")]
    texts += [_text(f"6.{i}", f"Image Classification {i}", "We classify images.") for i in range(5)]
    (concept,) = translate_concepts([Concept(label="区块链", forms=("区块链",))], texts)
    assert concept.learned == ("blockchains",)
    assert lexical_field(concept, texts[3]) is None and lexical_field(concept, texts[4]) is not None


def test_one_item_of_a_numbered_enumeration_is_not_the_subject():
    """'a taxonomy structured around four primary domains: 1) …; 2) environmental monitoring and change detection; 3)
    …; and 4) …' names change detection as one domain of four: a survey of event-based vision in space is no
    change-detection paper (its semicolon-closed items, each holding 'and', are no comma list). A concept named in every
    numbered item, or before the enumeration, is what the sentence is about."""
    from tests.chains.digest_cases import FixedEmbedder, cover, on_topic

    topic = "change detection"
    far = FixedEmbedder({p: [1.0, 0.0, 0.0] for c in split_concepts(topic, PROMPTS) for p in c.phrases()})
    on = paper("1", "Spatially Selective Self-Training for Unsupervised Building Change Detection",
               "Unsupervised building change detection learns building-change masks from bi-temporal images.")
    survey = paper("2", "Event-Based Vision in Space: Applications, Trends, and Future Directions",
                   "This article presents a comprehensive review of event-based vision in the space domain. Based on the "
                   "retrieved literature, we introduce a taxonomy structured around four primary domains: 1) atmospheric "
                   "and high-speed observation; 2) environmental monitoring and change detection; 3) operational support "
                   "and onboard processing; and 4) geospatial modeling and predictive analysis.")
    own = paper("3", "Change Detection Benchmarks", "This article reviews benchmarks. We compare three settings: 1) "
                "change detection in optical images; 2) change detection in SAR images; 3) change detection in "
                "point clouds.")
    concepts, covered = cover(topic, on, survey, own, embedder=far)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[2])
    assert covered[1].complete and not on_topic(concepts, covered[1])


def test_a_learned_term_no_nearer_the_concept_than_a_random_term_is_not_learned():
    """A word the few candidates naming an unknown concept happen to share is learned by counts alone; the embedder
    says whether it is the concept's translation: below LEARNED_MIN_SIMILARITY (a random term's median cosine) it is
    not, and the concept keeps its own forms (say 'only N' rather than match any paper that uses the word)."""
    def chain(n: str, title: str, abstract: str) -> PaperText:
        return _text(n, title, abstract, "本文研究区块链上的交易竞争。")

    texts = [chain("1", "Arbitrage Competition", "Spam accounts for most gas."),
             chain("2", "Useful Work Economics", "Rewards reach accounts."),
             chain("3", "Validator Selection", "Nominators hold several accounts.")]
    texts += [_text(f"6.{i}", f"Image Classification {i}", "We classify images.") for i in range(5)]
    concept = Concept(label="区块链", forms=("区块链",))
    assert translate_concepts([concept], texts)[0].learned == ("accounts",)  # counts alone (no embedder)
    far = FixedEmbedder({"区块链": [1.0, 0.0, 0.0], "accounts": [0.15, 0.99, 0.0]})
    assert translate_concepts([concept], texts, far)[0].learned == ()
    near = FixedEmbedder({"区块链": [1.0, 0.0, 0.0], "accounts": [0.3, 0.95, 0.0]})
    assert translate_concepts([concept], texts, near)[0].learned == ("accounts",)


def test_references_in_brackets_are_no_numbered_items():
    """'(Sec. 2)', '(k = 5)', '(variant A)' close a bracket that opened with other text: no enumeration (review)."""
    from assistant.chains.digest.relevance import _numbered_items

    assert _numbered_items("Results (Sec. 2) and ablations (Sec. 3) and limits (Tab. 1) are shown.") is None
    assert _numbered_items("We set (k = 5) then (variant A) and (variant B) and (variant C) here.") is None
    assert _numbered_items("We study (1) A, (2) B and (3) C.") == ("We study ", ["A, ", "B and ", "C."])
    assert _numbered_items("Four domains: 1) sky; 2) change detection; 3) debris") is not None


def test_language_models_is_a_known_term_not_language():
    """An unknown 'X模型' / 'X models' loses its generic last word; 语言模型 became 语言 ('language'), matched by LLM
    papers about Korean or Arabic (the twenty-second group, blind: 语言模型与人类语言加工 4/8 on topic)."""
    (lm, processing) = split_concepts("语言模型与人类语言加工", PROMPTS)
    assert lm.label == "语言模型" and "language model" in lm.forms and processing.label == "人类语言加工"
    assert split_concepts("language models and human language processing", PROMPTS)[0].label == "language models"
    assert split_concepts("大语言模型的幻觉", PROMPTS)[0].label == "大语言模型"  # the longer term still wins


def test_a_coordinated_side_few_papers_name_is_not_read_as_either():
    """'A与B' whose sides papers write about apart is read as either side (session 21), but only when every side is
    an area papers write about: 语言模型与人类语言加工, whose second side two candidates name, was read as either and
    listed LLM papers about Korean or Arabic (the twenty-second group, studied after its blind runs)."""
    from assistant.chains.digest.readings import either_when_apart

    concepts = split_concepts("语言模型与人类语言加工", PROMPTS)
    assert all(c.coordinated for c in concepts)
    texts = [_text(f"1.{i}", f"Language Models for Korean {i}", "We train language models on Korean text.")
             for i in range(10)]
    texts += [_text("2", "Title", "Abstract.", tldr="语言模型与人类语言加工的比较。")]
    assert [c.label for c in either_when_apart(concepts, texts)] == ["语言模型", "人类语言加工"]
    texts += [_text(f"3.{i}", f"Reading {i}", "Abstract.", tldr=f"人类语言加工的眼动研究{i}。") for i in range(3)]
    assert len(either_when_apart(concepts, texts)) == 1  # both sides attested, named together once: either

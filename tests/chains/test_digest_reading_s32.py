"""Session 32 (Chinese topics, from session 31's blind twenty-sixth and twenty-seventh groups, studied after their
runs): a Chinese word the dictionary lacks is the dictionary words it is made of, and the English learned for it must
say all of them (卫星通信 learned 'satellite' and listed satellite-imagery papers); an unknown modifier before a broad
known word is one term with it (因果推理 read as 因果 · 推理 listed any reasoning paper that writes 'causal')."""

from __future__ import annotations

import math

from assistant.chains.digest.candidate_terms import label_count, label_words
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_words import _broad_head_terms
from assistant.chains.digest.vocabulary import _Entry
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def test_a_word_the_dictionary_lacks_counts_its_dictionary_words():
    # jieba keeps 光纤通信 / 无线通信 whole; CC-CEDICT has 光纤 'optical fiber' and 通信 'communication', not the compound
    assert label_words("光纤通信", tiled=False) == ["光纤", "通信"] and label_count("光纤通信") == 2
    assert label_count("无线通信") == 2
    assert label_count("激励机制") == 1  # the dictionary has it: one word ('incentive mechanism')
    assert label_count("人体行为识别") == 3


def _unit(angle: float) -> list[float]:
    return [math.cos(angle), math.sin(angle), 0.0]


def test_the_english_learned_for_a_two_word_compound_says_both_words():
    # few candidates write the compound in Chinese, so its English is the candidates' term nearest it; the nearest is
    # the modifier alone ('fiber'), which the fiber-sensing papers write too: a term of both words is needed
    concept = Concept(label="光纤通信", forms=("光纤通信",))
    texts = [PaperText.of(p) for p in (
        paper("1", "Coherent Fiber Communication Links", "We study fiber communication over long fiber spans."),
        paper("2", "Fiber Communication at Scale", "Fiber communication systems carry most traffic."),
        paper("3", "Distributed Fiber Sensing", "A fiber senses strain along a pipeline."),
    )]
    embedder = FixedEmbedder({"光纤通信": _unit(0.0), "fiber": _unit(0.3), "fiber communication": _unit(0.5)})
    (learned,) = translate_concepts([concept], texts, embedder)
    assert learned.learned and learned.learned[0] == "fiber communication"  # cos 0.88, not 'fiber' (0.96)


def test_an_unknown_modifier_before_a_broad_known_word_is_one_term():
    # 推理 (reasoning) is in a quarter of all papers: 时序 · 推理 apart let in any reasoning paper writing 'temporal'
    assert _labels("视觉语言模型的时序推理") == ["视觉语言模型", "时序推理"]
    assert _labels("大语言模型的空间推理") == ["大语言模型", "空间推理"]
    reasoning = _Entry(("推理",), ("reasoning",))
    assert _broad_head_terms("时序推理", [("时序", None), ("推理", reasoning)]) == [("时序推理", None)]
    # a narrow modifier (in under 1 % of papers) keeps the two apart, and so does a word few papers write
    assert _broad_head_terms("蛋白质推理", [("蛋白质", None), ("推理", reasoning)]) == \
        [("蛋白质", None), ("推理", reasoning)]
    # ... only where the known word ends the part (因果推理轨迹 would become one string no paper writes); a broad noun
    # after it is peeled off since session 33 (因果推理能力 is 因果推理: test_digest_reading_s33.py)
    atoms = [("时序", None), ("推理", reasoning), ("轨迹", None)]
    assert _broad_head_terms("时序推理轨迹", atoms) == atoms
    forecast = _Entry(("预测",), ("forecasting",))
    assert _broad_head_terms("时序预测", [("时序", None), ("预测", forecast)]) == [("时序", None), ("预测", forecast)]


def test_the_one_term_is_matched_as_the_phrase_its_papers_write():
    on = [paper(str(n), f"Temporal Reasoning Benchmark {n}", "We evaluate temporal reasoning of large language "
                "models over event timelines.", tldr="本文评测大语言模型的时序推理能力。") for n in range(1, 4)]
    decoy = paper("9", "Temporal Attention for LLM Reasoning", "A temporal attention layer speeds up inference. "
                  "Large language models then solve math reasoning tasks.",
                  tldr="时序注意力加速大语言模型的数学推理。")
    concepts, covered = cover("大语言模型的时序推理", *on, decoy, learn=True)
    assert [c.label for c in concepts] == ["大语言模型", "时序推理"]
    assert "temporal reasoning" in concepts[1].learned
    assert on_topic(concepts, covered[0])
    assert not covered[3].complete  # 'temporal' and 'reasoning', never the phrase


def test_a_three_word_compound_no_paper_writes_learns_its_head_pair_with_the_rest_as_context():
    # 动物行为识别 (animal | behaviour | recognition): no candidate writes it, no English term holds three words' glosses;
    # the terms saying the head and its nearest modifier ('behavior recognition') translate it, and the animal must
    # be named somewhere (any 'behavior recognition' of drivers is another topic)
    on = [paper("1", "Animal Behavior Recognition from Camera Traps", "We study behavior recognition for wild "
                "animals.", tldr="本文研究野生动物的行为识别。"),
          paper("2", "Behavior Recognition of Livestock", "Behavior recognition of cattle and other animals.")]
    driver = paper("3", "Driver Behavior Recognition", "Behavior recognition of drivers in cars.")
    other = [paper(str(n), f"Unrelated {n}", "We evaluate language models on benchmarks.") for n in range(4, 8)]
    far = FixedEmbedder({"动物行为识别": [1.0, 0.0, 0.0]})  # no candidate term near the compound in the embedder
    (concept,) = split_concepts("动物行为识别", PROMPTS)
    (learned,) = translate_concepts([concept], [PaperText.of(p) for p in (*on, driver, *other)], far)
    assert learned.learned == ("behavior recognition",)
    assert "animal" in learned.context and learned.context_loose
    concepts, covered = cover("动物行为识别", *on, driver, *other, embedder=far, learn=True)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not on_topic(concepts, covered[2])  # no animal named


def test_the_one_term_falls_back_to_its_two_words_when_no_candidate_writes_it():
    # 知识推理 read whole learned nothing and listed nothing (session 32 review, G1): no candidate writes it whole, so
    # it is read as before, 知识 · 推理
    (_, term) = split_concepts("大语言模型的知识推理", PROMPTS)
    assert term.label == "知识推理" and [c.label for c in term.apart] == ["知识", "推理"]
    papers = [paper(str(n), f"Reasoning over Knowledge Graphs {n}", "Large language models reason over knowledge "
                    "graphs.", tldr="大语言模型在知识图谱上进行多跳推理。") for n in range(1, 4)]
    concepts = translate_concepts(split_concepts("大语言模型的知识推理", PROMPTS), [PaperText.of(p) for p in papers])
    assert [c.label for c in concepts] == ["大语言模型", "知识", "推理"]
    assert [c.label for c in concepts if c.head] == ["推理"]
    # ... while a term the candidates write stays one (the phrase test above: 时序推理 learned 'temporal reasoning')

"""Session 34 (Chinese topics, from the blind thirtieth and thirty-first groups, studied after their runs): an acronym
beside the Chinese compound it abbreviates is one concept written twice (OCR文字识别: OCR or 文字识别); an unknown
compound that no candidate writes and that learns no English is read through the dictionary glosses of its words when
one of them is narrow (无悔学习: regret | learn); 'X感知' beside the head is 'X-aware', X the head's context (时间感知的检索
增强生成: time-aware RAG), X named in a focus sentence with the head. From session 33's review: a learned term ends in
the gloss of the compound's head (时间推理 is not 'inference time'), and holding it is no licence for a term the
compound's own candidates do not write (自然语言推理 is not 'language-based reasoning'); 'X学习' of a broad X is read whole
(特征学习)."""

from __future__ import annotations

from dataclasses import replace

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import _nearest_term, translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.readings import aware_of, learned_object
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_zh import acronym_apposition
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper


def test_an_acronym_beside_the_compound_it_abbreviates_is_either_name():
    # the initials of a dictionary sense of each word spell the acronym (文字 'character', 识别 'to recognize': CR of
    # OCR, its O the implicit 'optical'), in either order, with or without brackets
    assert acronym_apposition("OCR文字识别") == ("OCR", "文字识别")
    assert acronym_apposition("文字识别OCR") == ("OCR", "文字识别")
    assert acronym_apposition("命名实体识别（NER）") == ("NER", "命名实体识别")
    assert acronym_apposition("OCR（文字识别）") == acronym_apposition("OCR-文字识别") == ("OCR", "文字识别")
    # a run of words that is one glossary term is spelt by the term's English (强化 | 学习: RL), and a generic word may
    # be spelt or not (优化 'optimization' of DPO; 模型 of VLA视觉语言动作模型)
    assert acronym_apposition("DRL深度强化学习") == ("DRL", "深度强化学习")
    assert acronym_apposition("DPO直接偏好优化") == ("DPO", "直接偏好优化")
    assert acronym_apposition("VLA视觉语言动作模型") == ("VLA", "视觉语言动作模型")
    # an acronym that qualifies the compound spells nothing of it, nor does one word's single letter
    for part in ("GPU推理", "SAR图像分割", "EEG情绪识别", "MRI图像", "LLM代码生成", "CNN图像分类", "GUI智能体",
                 "LLM推理加速", "SAM分割一切", "CLIP图文对比学习", "LoRA微调"):
        assert acronym_apposition(part) is None, part
    (concept,) = split_concepts("OCR文字识别", PROMPTS)
    assert [a.label for a in concept.alternatives] == ["OCR", "文字识别"]
    # an acronym the glossary knows is its term's, and one of two letters is no form of its own (MT: multi-task too)
    assert [c.label for c in split_concepts("MoE混合专家", PROMPTS)] == ["混合专家"]
    (mt,) = split_concepts("MT机器翻译", PROMPTS)
    assert not mt.alternatives and "MT" not in mt.forms and "machine translation" in mt.forms
    # a paper naming either is on topic: the acronym in its title, or the compound in its TL;DR
    by_acronym = paper("1", "Robust OCR for Historical Newspapers", "We read scanned pages.")
    by_compound = paper("2", "Reading Shop Signs", "We read signs in street images.", tldr="本文研究街景图像中的文字识别。")
    other = paper("3", "Image Captioning", "We caption street images.", tldr="本文研究图像描述。")
    concepts, covered = cover("OCR文字识别", by_acronym, by_compound, other)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1]) and not covered[2].complete


def test_an_unwritten_compound_is_read_through_the_glosses_of_its_words():
    # no candidate writes 无悔学习 and no English term is near it: 无悔 'to have no regrets' | 学习 'to learn', in one
    # English sentence
    learners = [paper(str(n), f"Repeated Games with No-Regret Learners {n}", "Agents that learn with no-regret "
                      "algorithms converge to correlated equilibria of the game.") for n in range(1, 4)]
    bandit = paper("4", "Regret Bounds for Bandits", "We bound the regret of a bandit algorithm.")
    others = [paper(str(n), f"Game Playing Agents {n}", "Agents learn to play board games.") for n in range(5, 8)]
    far = FixedEmbedder({"无悔学习": [1.0, 0.0, 0.0]})
    (concept,) = split_concepts("无悔学习", PROMPTS)
    (read,) = translate_concepts([concept], [PaperText.of(p) for p in (*learners, bandit, *others)], far)
    assert read.glossed and any("regret" in group for group in read.glossed)
    concepts, covered = cover("无悔学习", *learners, bandit, *others, embedder=far, learn=True)
    assert all(on_topic(concepts, c) for c in covered[:3])
    assert not covered[3].complete and not covered[4].complete  # regret without learning; learning without regret


def test_a_compound_of_broad_words_or_with_an_unglossed_character_is_not_glossed():
    papers = [paper(str(n), f"Social Networks {n}", "Social agents learn from each other.") for n in range(1, 5)]
    far = FixedEmbedder({})
    # 社会学习: 'social' | 'learn', both written by any field
    (social,) = translate_concepts(split_concepts("社会学习", PROMPTS), [PaperText.of(p) for p in papers], far)
    assert not social.glossed
    # 热红外: 热 (thermal), a character the dictionary leaves unglossed, is no optional word
    ir = [paper(str(n), f"Near-Infrared Eye Tracking {n}", "Infrared cameras track pupils.") for n in range(1, 5)]
    (thermal,) = translate_concepts([split_concepts("热红外", PROMPTS)[0]], [PaperText.of(p) for p in ir], far)
    assert not thermal.glossed


def test_x_aware_beside_the_head_is_the_heads_context():
    concepts = split_concepts("时间感知的检索增强生成", PROMPTS)
    assert [c.label for c in concepts] == ["时间感知", "检索增强生成"]
    on = [paper(str(n), f"Temporal Retrieval-Augmented Generation {n}", "We propose temporal retrieval-augmented "
                "generation over versioned documents.", tldr="本文提出时间敏感的检索增强生成方法。") for n in range(1, 4)]
    realtime = paper("4", "Fast Retrieval-Augmented Generation", "Retrieval-augmented generation at low latency. "
                     "It answers in real time.")
    others = [paper(str(n), f"Video Grounding {n}", "Temporal grounding of events in videos.",
                    tldr="本文研究视频中事件的时间定位。") for n in range(5, 8)]
    texts = [PaperText.of(p) for p in (*on, realtime, *others)]
    (rag,) = aware_of(concepts, texts, lambda cs: translate_concepts(cs, texts))
    assert rag.head and rag.context_in_focus and "时间" in rag.context
    assert "temporal" in rag.context  # the candidates' English for 时间
    assert "time" not in rag.context  # in 14 % of papers at large: no kind of RAG (real time, inference time)
    learned, covered = cover("时间感知的检索增强生成", *on, realtime, *others, learn=True)
    assert [c.label for c in learned] == ["检索增强生成"]
    assert on_topic(learned, covered[0]) and not on_topic(learned, covered[3])
    assert not any(on_topic(learned, c) for c in covered[4:])  # temporal, no RAG
    # a perception task the candidates write stays a concept (环境感知 of autonomous driving)
    driving = [paper(str(n), f"Perception for Driving {n}", "Environment perception for autonomous driving.",
                     tldr="本文研究自动驾驶中的环境感知。") for n in range(1, 5)]
    driving_texts = [PaperText.of(p) for p in driving]
    kept = aware_of(split_concepts("环境感知的自动驾驶", PROMPTS), driving_texts,
                    lambda cs: translate_concepts(cs, driving_texts))
    assert "环境感知" in [c.label for c in kept]


def test_a_learned_term_ends_in_the_gloss_of_the_compounds_head():
    # 时间推理 (time | to infer): 'inference time' holds both glosses, but its last word is the time, not the reasoning
    timing = [paper(str(n), f"Serving Costs {n}", "We cut the inference time of large models.") for n in (1, 2)]
    temporal = [paper(str(n), f"Event Timelines {n}", "Models struggle with temporal reasoning over timelines.")
                for n in (3, 4)]
    embedder = FixedEmbedder({"时间推理": [1.0, 0.0, 0.0], "inference time": [1.0, 0.0, 0.0],
                              "temporal reasoning": [0.8, 0.6, 0.0]})
    (concept,) = split_concepts("时间推理", PROMPTS)
    concept = replace(concept, apart=())
    texts = [PaperText.of(p) for p in (*timing, *temporal)]
    assert _nearest_term(concept, texts, embedder) == ("temporal reasoning",)


def test_the_heads_gloss_is_no_licence_for_a_term_the_compounds_own_papers_do_not_write():
    # 自然语言推理: its own candidates write 'natural language inference'; 'language-based reasoning' holds 推理's
    # 'reason', but only candidates writing 自然语言 without the compound use it: one word's term, not the compound's
    nli = [paper(str(n), f"NLI Benchmark {n}", "A benchmark of natural language inference and language inference.",
                 tldr="本文提出自然语言推理基准。") for n in (1, 2, 3)]
    based = [paper(str(n), f"Planning with Words {n}", "Robots plan by language-based reasoning.",
                   tldr="机器人用自然语言规划。") for n in (4, 5, 6)]
    embedder = FixedEmbedder({"自然语言推理": [1.0, 0.0, 0.0], "language-based reasoning": [1.0, 0.0, 0.0],
                              "language inference": [0.8, 0.6, 0.0]})
    concept = Concept(label="自然语言推理", forms=("自然语言推理",))
    texts = [PaperText.of(p) for p in (*nli, *based)]
    assert _nearest_term(concept, texts, embedder) == ("language inference",)
    # ... while a term the compound's own candidates write keeps the licence (空间推理: 'spatial reasoning', which
    # the papers writing 空间 alone write too, on the same subject)
    spatial = [paper(str(n), f"Spatial Reasoning {n}", "We test spatial reasoning of VLMs.",
                     tldr="本文评测空间推理能力。") for n in (1, 2, 3)]
    space = [paper(str(n), f"Spatial Intelligence {n}", "Spatial reasoning and spatial understanding of VLMs.",
                   tldr="本文研究空间理解。") for n in (4, 5, 6)]
    near = FixedEmbedder({"空间推理": [1.0, 0.0, 0.0], "spatial reasoning": [1.0, 0.0, 0.0]})
    concept = Concept(label="空间推理", forms=("空间推理",))
    assert _nearest_term(concept, [PaperText.of(p) for p in (*spatial, *space)], near) == ("spatial reasoning",)


def test_x_learning_of_a_broad_x_is_read_whole():
    # 特征 (features) is in the Chinese of 13 % of papers at large: any paper writes features, and 特征学习 is feature
    # learning; 技能 (1.5 %) stays the thing learned when the candidates write skills
    feats = [paper(str(n), f"Features {n}", "We extract characteristics and traits of users for retrieval.")
             for n in range(5)]
    (feature,) = split_concepts("特征学习", PROMPTS)
    assert [c.label for c in feature.apart] == ["特征"]
    assert not learned_object(feature.apart[0], [PaperText.of(p) for p in feats])
    skills = [paper(str(n), f"Agent Skills {n}", "Agents create and revise skills.") for n in range(5)]
    (skill,) = split_concepts("技能学习", PROMPTS)
    assert learned_object(skill.apart[0], [PaperText.of(p) for p in skills])


def test_a_filler_character_never_opens_a_part():
    # 式 / 型 / 类 end the word before them (生成式, 大型); at the start of a part 类 is a word's first character: 类比推理
    # is analogical reasoning, not 比推理
    labels = [c.label for c in split_concepts("类比推理", PROMPTS)]
    assert "比推理" not in labels and any(label.startswith("类比") for label in labels)
    assert [c.label for c in split_concepts("生成式推荐", PROMPTS)] == ["生成式", "推荐"]


def test_the_aligned_term_is_the_one_most_naming_papers_write():
    # of the papers naming 自然语言推理, two write 'language inference' and one 'linguistic reasoning', which the
    # embedder puts nearer: the naming papers' own term wins
    nli = [paper(str(n), f"NLI Benchmark {n}", "A benchmark of language inference.", tldr="本文提出自然语言推理基准。")
           for n in (1, 2)]
    para = paper("4", "Robot Planning", "Robots plan by linguistic reasoning.", tldr="机器人用自然语言推理规划。")
    embedder = FixedEmbedder({"自然语言推理": [1.0, 0.0, 0.0], "linguistic reasoning": [1.0, 0.0, 0.0],
                              "language inference": [0.62, 0.7846, 0.0]})
    concept = Concept(label="自然语言推理", forms=("自然语言推理",))
    (learned,) = translate_concepts([concept], [PaperText.of(p) for p in (*nli, para)], embedder)
    assert learned.learned[:1] == ("language inference",)

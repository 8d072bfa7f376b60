"""Session 33 (Chinese topics, from session 32's review and its blind twenty-eighth and twenty-ninth groups, studied
after their runs): a broad noun after a reasoning term is peeled off (因果推理能力 is 因果推理); the one term falls back to
its words unless the candidates write it as it stands; 'X学习' is X only when the candidates write X as things
(技能: skills), else whole (在线学习 is online learning, not 'online'), and 多任务学习 is not 学习; the English learned for a
compound must not be one of its words' own term (点云配准 is not 'point cloud'); a weak qualifier inside an unknown
compound goes (作文自动评分 is 作文评分) and a dimension dropped before it stays its context (三维角色动画: 3D); 'X辅助Y'
is Y with X its means (人工智能辅助外科手术)."""

from __future__ import annotations

from assistant.chains.digest.learned import _one_word_term, _word_papers, translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_words import _broad_head_terms
from assistant.chains.digest.vocabulary import _Entry
from tests.chains.digest_cases import PROMPTS, FixedEmbedder, cover, on_topic, paper

REASONING = _Entry(("推理",), ("reasoning",))


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def test_a_broad_noun_after_the_term_is_peeled_off():
    # 能力 (ability) is in a fifth of all papers: 时序推理能力 is the ability of temporal reasoning, read 时序推理
    atoms = [("时序", None), ("推理", REASONING), ("能力", None)]
    assert _broad_head_terms("时序推理能力", atoms) == [("时序推理", None)]
    assert _labels("视觉语言模型的时序推理能力") == _labels("视觉语言模型的时序推理") == ["视觉语言模型", "时序推理"]
    # a known term after it stays a concept of its own (a benchmark of temporal reasoning)
    benchmark = _Entry(("基准",), ("benchmark",))
    assert _broad_head_terms("时序推理基准", [("时序", None), ("推理", REASONING), ("基准", benchmark)]) == \
        [("时序推理", None), ("基准", benchmark)]
    # ... a verb after it is no generic noun (训练: 'to train'), and a narrow tail stays: no merge, as before
    for tail in ("训练", "轨迹"):
        atoms = [("时序", None), ("推理", REASONING), (tail, None)]
        assert _broad_head_terms(f"时序推理{tail}", atoms) == atoms


def test_the_term_falls_back_when_its_phrase_is_only_written_apart():
    # two candidates write 'logic reasoning' as a phrase, three others 'logic' a few words from 'reasoning': the term's
    # phrase is written by two (under three), so it is read as its words, as when nothing is learned
    phrase = [paper(str(n), f"Logic Reasoning in Language Models {n}", "We study logic reasoning of models.")
              for n in (1, 2)]
    near = [paper(str(n), f"Defeasible Logic {n}", "A logic for non-monotonic entailment supports reasoning.",
                  tldr="本文提出一种非单调逻辑，用于推理。") for n in (3, 4, 5)]
    other = [paper(str(n), f"Vision Models {n}", "We evaluate vision models.") for n in (6, 7)]
    embedder = FixedEmbedder({"逻辑推理": [1.0, 0.0, 0.0], "logic reasoning": [1.0, 0.0, 0.0]})
    (term,) = split_concepts("逻辑推理", PROMPTS)
    assert [c.label for c in term.apart] == ["逻辑", "推理"]
    concepts = translate_concepts([term], [PaperText.of(p) for p in (*phrase, *near, *other)], embedder)
    assert [c.label for c in concepts] == ["逻辑", "推理"]
    # with a third candidate writing the phrase, the term stays whole
    phrase.append(paper("8", "Logic Reasoning Benchmark", "A benchmark of logic reasoning."))
    concepts = translate_concepts([term], [PaperText.of(p) for p in (*phrase, *near, *other)], embedder)
    assert [c.label for c in concepts] == ["逻辑推理"] and "logic reasoning" in concepts[0].learned


def test_x_learning_is_its_object_only_when_the_candidates_write_it_as_things():
    (concept,) = split_concepts("在线学习", PROMPTS)
    assert concept.label == "在线学习" and [c.label for c in concept.apart] == ["在线"]
    online = [paper(str(n), f"Online Learning with Bandit Feedback {n}", "We study online learning under bandit "
                    "feedback.", tldr="本文研究带赌博机反馈的在线学习。") for n in (1, 2, 3)]
    auction = paper("4", "Online Auctions", "An online auction market for ads.", tldr="在线广告拍卖市场。")
    concepts, covered = cover("在线学习", *online, auction, learn=True)
    assert [c.label for c in concepts] == ["在线学习"] and "online learning" in concepts[0].learned
    assert on_topic(concepts, covered[0]) and not covered[3].complete  # 'online' alone is no online learning
    # the candidates write skills as things (agents create and revise skills): the topic is the skills
    skills = [paper(str(n), f"Agent Skills {n}", "Agents create and revise reusable skills.", tldr="智能体创建并修订技能。")
              for n in (1, 2, 3)]
    concepts = translate_concepts(split_concepts("技能学习", PROMPTS), [PaperText.of(p) for p in skills])
    assert [c.label for c in concepts] == ["技能"]


def test_a_learning_term_cut_by_a_generic_word_inside_it_is_read_whole():
    # 多任务学习 (多任务 | 学习): the generic 任务 inside 多任务 left 学习 alone, any learning paper
    assert _labels("多任务学习") == ["多任务学习"]
    assert _labels("大模型的多任务学习") == ["大模型", "多任务学习"]


def test_the_term_of_one_word_of_a_compound_is_not_its_translation():
    # one candidate writes 点云配准; its English terms nearest the compound are 'point cloud' and 'cloud registration';
    # three other candidates write 点云 without 配准, and all write 'point cloud': the term of 点云, not of the compound
    registration = paper("1", "Robust Point Cloud Registration", "We align scans by point cloud registration.",
                         tldr="本文提出鲁棒的点云配准方法。")
    clouds = [paper(str(n), f"Point Cloud Completion {n}", "We complete a partial point cloud.",
                    tldr="本文补全残缺点云。") for n in (2, 3, 4)]
    texts = [PaperText.of(p) for p in (registration, *clouds)]
    word_papers = _word_papers("点云配准", texts)
    assert [len(w) for w in word_papers[1]] == [3, 0]  # 点云 without the compound: three; 配准: none
    assert _one_word_term(("point", "cloud"), word_papers)
    assert not _one_word_term(("cloud", "registr"), word_papers)
    embedder = FixedEmbedder({"点云配准": [1.0, 0.0, 0.0], "point cloud": [0.95, 0.31, 0.0],
                              "cloud registration": [0.8, 0.6, 0.0]})
    (concept,) = translate_concepts(split_concepts("点云配准", PROMPTS), texts, embedder)
    assert "point cloud" not in concept.learned and concept.learned[:1] == ("cloud registration",)
    # a term holding a gloss of the compound's head is its own, however many papers on one word write it (空间推理:
    # 'spatial reasoning' holds 推理's 'reason'; papers writing 空间理解 write it too)
    spatial = [paper(str(n), f"Spatial Understanding in MLLMs {n}", "We study spatial reasoning of MLLMs.",
                     tldr="本文研究多模态大模型的空间理解。") for n in (1, 2, 3)]
    texts = [PaperText.of(p) for p in spatial]
    assert not _one_word_term(("spatial", "reason"), _word_papers("空间推理", texts))


def test_a_weak_qualifier_inside_an_unknown_compound_goes():
    # no paper writes 作文自动评分; they write 自动作文评分 and 作文评分, both holding 作文评分
    assert _labels("作文自动评分") == _labels("自动作文评分") == ["作文评分"]
    on = paper("1", "Automated Essay Scoring with LLMs", "We score student essays.", tldr="本文研究基于大模型的自动作文评分。")
    concepts, covered = cover("作文自动评分", on)
    assert on_topic(concepts, covered[0])
    assert _labels("自动驾驶") != ["驾驶"]  # two words: both kept
    assert "机器学习驱动" in _labels("机器学习驱动的材料发现")  # 机器 'machine' begins the method family 机器学习


def test_a_dimension_dropped_before_an_unknown_compound_is_its_context():
    (concept,) = split_concepts("三维角色动画", PROMPTS)
    assert concept.label == "角色动画" and "三维" in concept.context and "3d" in concept.context
    three = paper("1", "Rigged 3D Character Animation", "We animate rigged 3D characters.", tldr="本文研究三维角色动画的绑定。")
    two = paper("2", "Cartoon Character Animation", "We animate 2D cartoon characters from a video.",
                tldr="本文从视频驱动二维卡通角色动画。")
    concepts, covered = cover("三维角色动画", three, two)
    assert on_topic(concepts, covered[0]) and not on_topic(concepts, covered[1])


def test_ai_assisted_subject_reads_the_subject_with_learned_methods_as_context():
    # 人工智能辅助外科手术: the surgery papers name their networks and pipelines, not 'AI'
    (concept,) = split_concepts("人工智能辅助外科手术", PROMPTS)
    assert concept.label == "外科手术" and "深度学习" in concept.context and "AI" in concept.context
    surgery = paper("1", "Synthetic Intra-operative MRI for Neurosurgery", "We train a network that predicts MRI during "
                    "surgery.", tldr="本文用神经网络在外科手术中合成磁共振图像。")
    concepts, covered = cover("人工智能辅助外科手术", surgery)
    assert on_topic(concepts, covered[0])
    assert _labels("人工智能赋能教育") == ["教育"]
    # not a broad subject (diagnosis of any kind), nor one whose English is unknown (药物设计), nor another known term
    # as the means (辅助写作 is the topic's own term), nor a term with the participle inside (数据驱动)
    assert "人工智能" in _labels("人工智能辅助诊断")[0]
    assert "药物设计" not in _labels("人工智能辅助药物设计")[:1]
    assert _labels("大模型辅助写作") == ["大模型辅助写作"]
    assert _labels("数据驱动的天气预报")[0] == "数据驱动"


def test_a_term_the_dictionary_confirms_word_by_word_is_learned_at_the_aligned_floor():
    import math

    def unit(cos: float) -> list[float]:
        return [cos, math.sqrt(1 - cos * cos), 0.0]

    # 虚拟试衣 (virtual | try on clothes): no candidate writes it; 'virtual try-on' holds a gloss of each word, at 0.63
    tryon = [paper(str(n), f"Virtual Try-On with Diffusion {n}", "We study virtual try-on of garments.")
             for n in (1, 2)]
    other = [paper(str(n), f"Virtual Reality Headsets {n}", "Virtual reality headsets for games.") for n in (3, 4)]
    embedder = FixedEmbedder({"虚拟试衣": [1.0, 0.0, 0.0], "virtual try-on": unit(0.63), "virtual reality": unit(0.5)})
    (concept,) = translate_concepts(split_concepts("虚拟试衣", PROMPTS), [PaperText.of(p) for p in (*tryon, *other)],
                                    embedder)
    assert concept.learned[:1] == ("virtual try-on",)
    # ... but a term at TRANSLATE_SIMILARITY or more comes first, confirmed or not (时序推理: 'temporal reasoning', though
    # CC-CEDICT glosses 时序 'time sequence'), over a confirmed one nearer the floor
    both = [paper(str(n), f"Virtual Try-On by Garment Fitting {n}", "We study virtual try-on as garment fitting.")
            for n in (1, 2)]
    embedder = FixedEmbedder({"虚拟试衣": [1.0, 0.0, 0.0], "virtual try-on": unit(0.63), "garment fitting": unit(0.8)})
    (concept,) = translate_concepts(split_concepts("虚拟试衣", PROMPTS), [PaperText.of(p) for p in both], embedder)
    assert concept.learned[:1] == ("garment fitting",)


def test_the_fallback_reads_the_known_word_in_the_sense_the_modifiers_papers_write():
    # GPU推理: no candidate writes the term; read apart, 推理 is inference where the GPU papers say so
    (term,) = split_concepts("GPU推理", PROMPTS)
    assert [c.label for c in term.apart] == ["GPU", "推理"]
    gpu = [paper(str(n), f"Fast LLM Inference on GPU {n}", "We speed up inference on a GPU cluster.",
                 tldr="本文加速GPU上的大模型推理。") for n in (1, 2, 3)]
    concepts = translate_concepts([term], [PaperText.of(p) for p in gpu])
    assert [c.label for c in concepts] == ["GPU", "推理"] and "inference" in concepts[1].forms
    # ... and reasoning where the modifier's papers write reasoning (知识推理 over knowledge graphs)
    kg = [paper(str(n), f"Reasoning over Knowledge Graphs {n}", "Models reason over knowledge graphs with multi-hop "
                "reasoning.", tldr="大语言模型在知识图谱上进行多跳推理。") for n in (1, 2, 3)]
    concepts = translate_concepts(split_concepts("知识推理", PROMPTS), [PaperText.of(p) for p in kg])
    assert [c.label for c in concepts] == ["知识", "推理"] and "inference" not in concepts[1].forms

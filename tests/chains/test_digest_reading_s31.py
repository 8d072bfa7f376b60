"""Session 31 (Chinese topics read the way papers write them, from session 30's blind twenty-fourth and twenty-fifth
groups, studied after their runs): a method family beside a narrow subject is the subject, with a learned model
somewhere in the paper (蛋白质机器学习); a verb between a known term and a compound object relates them (大模型求解组合优化
问题: 大模型 · 组合优化); 'A与BQ' is either A or B, and Q (天气与气候预测); a dictionary classifier note is no
qualifier (法律大模型 kept 大模型 alone)."""

from __future__ import annotations

from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_words import qualifier_zh
from assistant.chains.digest.topic_zh import FAMILY_CONTEXT, METHOD_CONTEXT, verb_object, without_method_family
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def test_a_classifier_note_is_no_qualifier():
    # 法律 '/law/CL:條|条[tiao2], …': the pinyin of the classifier note looked like '3D'
    assert not qualifier_zh("法律") and not qualifier_zh("气候")
    assert qualifier_zh("三维")
    assert _labels("气候大模型") == ["气候", "大模型"]
    assert _labels("三维目标检测") == ["目标检测"]  # a true qualifier still goes


def test_a_method_family_beside_a_narrow_subject_is_the_subject_with_a_model():
    assert without_method_family("量子机器学习") == ("量子", "机器学习")
    assert without_method_family("深度学习地震") == ("地震", "深度学习")
    assert without_method_family("机器学习安全") == ("机器学习安全", "")  # 安全 is no narrow subject
    assert without_method_family("脉冲神经网络") == ("脉冲神经网络", "")  # a kind of network
    (quantum,) = split_concepts("量子机器学习", PROMPTS)
    assert quantum.label == "量子" and quantum.context == METHOD_CONTEXT
    learned = paper("1", "Variational Quantum Classifiers", "We train a quantum neural network on noisy qubits.",
                    tldr="本文在含噪量子比特上训练量子神经网络分类器。")
    codes = paper("2", "Quantum Codes from Cyclic Codes", "We construct quantum error-correcting codes.",
                  tldr="本文由循环码构造量子纠错码。")
    concepts, covered = cover("量子机器学习", learned, codes)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete  # no learned model anywhere


def test_the_method_family_alone_is_machine_learning_not_machines():
    assert _labels("机器学习与推理") == ["机器学习", "推理"]
    (ml,) = split_concepts("机器学习", PROMPTS)
    assert "machine learning" in ml.forms


def test_a_verb_before_a_compound_object_relates_the_known_term_to_it():
    assert verb_object("求解车间调度") == "车间调度"
    assert verb_object("生成代码") is None  # an object of one word stays with its verb
    assert verb_object("车间调度") is None  # no verb
    concepts = split_concepts("大模型求解车间调度问题", PROMPTS)
    # the verb stays a concept (it may be the topic: 大模型遗忘训练数据 is unlearning, not any training-data paper)
    assert [c.label for c in concepts] == ["大模型", "求解", "车间调度"]
    assert concepts[2].glossed  # matched in English by the dictionary's words (workshop; schedule, dispatch)
    assert [c.label for c in split_concepts("大模型遗忘训练数据", PROMPTS)] == ["大模型", "遗忘", "训练数据"]
    on = paper("1", "LLM Heuristics for Workshop Scheduling", "Large language models write dispatching rules that "
               "solve workshop scheduling.", tldr="大模型为求解车间调度设计启发式规则。")
    off = paper("2", "Workshop Scheduling with Tabu Search", "A tabu search schedules jobs in a workshop.",
                tldr="基于禁忌搜索的车间调度。")
    concepts, covered = cover("大模型求解车间调度问题", on, off)
    assert on_topic(concepts, covered[0]) and not covered[1].complete


def test_a_and_b_with_a_shared_tail_is_either_side_and_the_tail():
    concepts = split_concepts("地震与海啸预警", PROMPTS)
    assert [c.label for c in concepts] == ["地震或海啸", "预警"]
    sides = concepts[0]
    assert [a.label for a in sides.alternatives] == ["地震", "海啸"]
    assert "earthquake" in sides.forms and "tsunami" in sides.forms  # each side's one-word English
    quake = paper("1", "Earthquake Early Warning from Sparse Stations", "We issue earthquake early warnings.",
                  tldr="本文基于稀疏台站实现地震预警。")
    wave = paper("2", "Tsunami Warning with Buoys", "Buoys give tsunami warnings minutes earlier.",
                 tldr="利用浮标进行海啸预警。")
    mapping = paper("3", "Mapping Earthquake Damage", "We map building damage after an earthquake.",
                    tldr="本文绘制地震后的建筑损毁。")
    concepts, covered = cover("地震与海啸预警", quake, wave, mapping)
    assert on_topic(concepts, covered[0]) and on_topic(concepts, covered[1])
    assert not covered[2].complete  # no warning
    # a known term keeps its reading: two glossary entries, both asked for
    assert _labels("图像与视频生成") == ["图像", "视频生成"]
    # ... and a method family before the first side is the tail's context
    concepts = split_concepts("深度学习地震与海啸预警", PROMPTS)
    assert [c.label for c in concepts] == ["地震或海啸", "预警"] and concepts[1].context == FAMILY_CONTEXT
    # a family opening a part qualifies its head, whose papers must name the family itself (深度学习编译器: compilers
    # for deep learning); one ending it is how its subject is studied, with any learned model (蛋白质机器学习)
    assert split_concepts("深度学习编译器", PROMPTS)[-1].context == FAMILY_CONTEXT
    assert split_concepts("蛋白质机器学习", PROMPTS)[-1].context == METHOD_CONTEXT


def test_a_subject_beside_a_field_of_study_is_the_subject_filed_in_the_field():
    from assistant.chains.digest.topic_zh import field_of_study

    assert field_of_study("量子博弈论") == ("量子", ("cs.GT", "econ.TH"))  # game theory, the field, ends it
    assert field_of_study("量子计算") is None  # no field of study
    (quantum,) = split_concepts("量子博弈论", PROMPTS)
    assert quantum.label == "量子" and quantum.fields == ("cs.GT", "econ.TH")
    games = paper("1", "Quantum Strategies in Bayesian Games", "We study equilibria of games whose players share "
                  "entangled quantum states.", tldr="本文研究共享量子纠缠态的博弈均衡。")
    games = games.model_copy(update={"categories": ["cs.GT", "quant-ph"]})
    circuits = paper("2", "Quantum Circuits for Image Classification", "We classify images with quantum circuits.",
                     tldr="本文用量子线路进行图像分类。")
    circuits = circuits.model_copy(update={"categories": ["cs.CV", "quant-ph"]})
    concepts, covered = cover("量子博弈论", games, circuits)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete  # a quantum paper filed outside game theory


def test_the_dense_fallback_admits_only_papers_in_the_concepts_field():
    """No candidate names a one-concept topic: dense neighbours are admitted only if filed in the concept's field of
    study (and naming its context), as a lexical match must be (the review of session 31: 金融统计学 -> 金融 in stat.*
    listed seven dense neighbours, none filed in stat.*)."""
    from assistant.chains.digest.request import DigestRequest
    from assistant.chains.digest.select import pick_papers
    from tests.chains.digest_cases import StoreOf, retrieving

    inside = paper("2606.1", "Equilibria of Repeated Auctions", "We study equilibria of repeated auctions.").model_copy(
        update={"categories": ["cs.GT"]})
    outside = paper("2606.2", "Image Tokenizers", "We train image tokenizers for generation.").model_copy(
        update={"categories": ["cs.CV"]})
    request = DigestRequest(topic="量子博弈论", language="zh", max_papers=8)
    picked = pick_papers(request, store=StoreOf([inside, outside]), retriever_factory=retrieving([inside, outside]),
                         prompts_dir=PROMPTS).picked
    assert [p.paper.arxiv_id for p in picked] == ["2606.1"]
    assert picked[0].coverage.matched == {"量子": "dense"}


def test_a_side_takes_its_english_only_when_the_dictionary_gives_one():
    from assistant.chains.digest.topic_zh import one_word_sense

    assert one_word_sense("天气") == "weather" and one_word_sense("气候") == "climate"
    assert one_word_sense("情绪") is None and one_word_sense("公平") is None  # mood / emotion, fair / impartial

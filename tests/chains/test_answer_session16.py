"""Session 16: failures of the blind h11- set (session 15), each as the general case it stands for."""

import pytest

from assistant.chains.router import route


@pytest.mark.parametrize("question,expected", [
    # h11-x-asr-quant-tier: "the paper that compares A with B" is one paper, asked one thing
    ("比较多语言编码器与仅英语编码器初始化的那篇流式语音识别论文（0.6B FastConformer），4-bit 仅权重编码器量化是在哪个"
     "流式延迟层级上测的？", "lookup"),
    ("对比 LoRA 和全参数微调的这篇论文用了哪个基座模型？", "lookup"),
    # ... but two described papers, or a counted pair, stay a comparison
    ("比较做语音识别的那篇论文和做机器翻译的那篇论文，它们各用了什么数据？", "compare"),
    ("比较 GCRank 和 HarmonRank 这两篇论文的方法", "compare"),
    ("比较 GCRank 和 HarmonRank", "compare")])
def test_a_paper_that_compares_is_one_paper(question, expected):
    assert route(question) == expected


def test_a_chinese_count_is_matched_by_its_head_noun():
    """h11-x-five-metrics: '15个评价指标' counts metrics (指标, the phrase's head), not 评价, so the English 'using 15
    metrics' supports it; a count of something else stays caught."""
    from pathlib import Path

    from assistant.chains.answer import answer_terms
    from assistant.number_labels import counted_otherwise

    terms = answer_terms(Path(__file__).resolve().parents[2] / "prompts")
    source = ["We evaluate five diffusion-based and two RF-based editing methods on our FiVE benchmark using 15 metrics, "
              "covering background preservation, text-video similarity, temporal consistency, video quality, and runtime."]
    fifteen = ("15", 15.0, 15.0)
    assert not counted_otherwise(fifteen, "FiVE基准在评测各种编辑方法时一共用了15个评价指标。", source, terms)
    assert counted_otherwise(fifteen, "FiVE基准一共包含15个真实视频。", source, terms)


def test_an_english_claim_inherits_the_citation_of_its_chinese_evidence():
    """h11-l-pointrie-pretrain: on the bundled model's 200-token budget the fact reached the model only as the Chinese
    method sentence; the model's English sentence, cited once at the paragraph's end, was dropped as unsupported."""
    from assistant.citations import verify

    sources = {1: "Tri-Efficient Transfer Learning for Point Cloud Videos\n"
                  "In this paper, we aim to mine richer supervision signals from existing data rather than blindly "
                  "scaling datasets.\n提出PoinTriE框架，通过伪运动轨迹合成、几何-运动对偶网络预训练和轻量级时空侧网络微调。\n"
                  "预训练阶段：通过刚性变换合成伪运动轨迹，结合点云衍生的文本语料和2D投影；",
               2: "APT-Tune\nWe therefore propose APT-Tune, a parameter-efficient recipe that teaches VLMs to use causal "
                  "transitions without forgetting how to answer video questions."}
    raw = ("PoinTriE obtains motion supervision for pre-training by using pseudo-motion trajectories, which are "
           "generated through rigid transformations. This approach allows the model to learn richer supervision from "
           "existing data rather than blindly scaling datasets. [1]")
    check = verify(raw, sources, "How does PoinTriE obtain motion supervision for pre-training?")
    assert "rigid transformations [1]" in check.text, check.dropped
    # a sentence about something no source says still finds no citation
    check = verify("It also uses reinforcement learning with human feedback on robot arms. PoinTriE learns from "
                   "existing data rather than blindly scaling datasets. [1]", sources, "What does PoinTriE do?")
    assert "robot arms" not in check.text


def test_invented_bracketed_labels_are_removed_not_the_claim():
    """h11-l-nala-pose: '采用自回归离散预测（R-Discrete）+连续回归精化（Continuous Regression）两种方法' states the paper's two
    steps with English labels the model made up; the labels go, the steps stay. A name outside brackets still drops."""
    from assistant.citations import verify

    sources = {1: "NaLA: A 3D Native LLM Layout Agent\nNaLA提出了一种原生3D LLM布局智能体，采用粗到细的预测机制（自回归离散预测+连续"
                  "回归精化），生成高质量3D场景布局。"}
    raw = ("NaLA 使用粗到细的预测机制来预测每个资产的位置和朝向。具体来说，它采用自回归离散预测（R-Discrete）+连续回归精化"
           "（Continuous Regression）两种方法。R-Discrete 方法用于预测位置。这种机制生成高质量3D场景布局。[1]")
    check = verify(raw, sources, "NaLA 是怎样预测每个资产的位置和朝向的？")
    assert "自回归离散预测+连续回归精化" in check.text.replace(" ", ""), check.dropped
    assert "R-Discrete" not in check.text and "Continuous Regression" not in check.text


def test_a_ratio_of_the_asked_thing_may_overrule_not_found():
    """h11-n-olmoearth-gpuhours: 'By what factor …' asks a ratio, and the evidence's ratio of GPU hours answers it
    although no term list names GPU hours; a ratio of another thing (memory asked, GPU hours stated) does not."""
    from assistant.chains.answer_checks import asked_unit
    from assistant.chains.rescue import changed_thing_named

    english = ("These improvements allow us to cut compute costs during training (1.7 × reduction in GPU hours required "
               "to train our Base models)")
    chinese = "将基础模型的训练GPU小时数减少了1.7倍，Sentinel-2任务的推理MACs减少了2.9倍。"
    asked = "OlmoEarth v1.1 makes the OlmoEarth models cheaper. By what factor does it reduce the GPU hours needed?"
    assert asked_unit(asked) == "x"
    assert changed_thing_named(asked, english) and changed_thing_named(asked, chinese)
    assert changed_thing_named("基础模型的训练GPU小时数减少了多少倍？", english)
    for other in ("By what factor does OlmoEarth v1.1 reduce the memory needed to train the Base models?",
                  "OlmoEarth v1.1 的 Base 模型训练所需显存减少了多少倍？"):
        assert not changed_thing_named(other, english) and not changed_thing_named(other, chinese)


def test_a_sentence_naming_a_kind_of_the_asked_thing():
    """h11-l-neglectzero-priming: asked '用的是什么实验范式', the sentence '本研究通过结构启动范式…' names one (a word of its own
    before the head 范式), enough for a quote over the model's NOT_FOUND with half the asked words; the bare head
    ('本文的实验范式很新颖') or a verb before it ('uses transformations') names no kind."""
    from assistant.chains.rescue import kind_named

    asked = "研究大语言模型是否有“忽视零模型”认知偏差的那篇论文，用的是什么实验范式？结论是这些模型有没有表现出这种效应？"
    assert kind_named(asked, "本研究通过结构启动范式，探究大语言模型是否像人类一样表现出“忽视零模型”的认知偏差。")
    assert not kind_named(asked, "本文的实验范式很新颖。")
    assert not kind_named(asked, "验证LLMs是否具有人类忽视零模型的认知偏差。")
    english = "How does PoinTriE obtain motion supervision? What kind of transformations does it use?"
    assert kind_named(english, "Pseudo-motion trajectories are synthesized via rigid transformations.")
    assert not kind_named(english, "It uses transformations.")


def test_the_asked_unit_brings_its_sentence_into_the_prompt():
    """h11-x-asr-quant-tier: '…在哪个流式延迟层级（多少毫秒）上测的？' is answered only by the English 'at the matched 560 ms
    streaming tier'; a sentence with a value in the asked unit is preferred (evidence and rescue)."""
    from assistant.chains.evidence import ASKED_UNITS

    question = "4-bit 仅权重编码器量化是在哪个流式延迟层级（多少毫秒）上测的？"
    stated = next(stated for asking, stated in ASKED_UNITS if asking.search(question))
    assert stated.search("quantization at the matched 560 ms streaming tier")
    assert not stated.search("4-bit量化对编码器压缩约3倍，WER仅上升约0.5个百分点。")
    assert not any(asking.search("4-bit 量化使编码器压缩了多少倍？") for asking, _ in ASKED_UNITS)

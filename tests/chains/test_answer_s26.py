"""Session 26's answer fixes, from the blind h21- failures (studied after their measurement). Both lookups had the
answer in the paper and lost it before the model: a number naming a video format made a two-part question read as
asking a value, so neither part was looked for on its own; and the second item of a numbered list, a unit of its own,
never reached the prompt beside the first. Scripted OpenAI-compatible server, the eval corpus's own records."""

from __future__ import annotations

import pytest

from assistant.chains.evidence import ITEMS_ASKED_RE, Scored, asks_quantity, list_siblings
from tests.chains.test_answer_issue11 import _eval_corpus_app, run

SCKAN, ARGUS = "2605.27032", "2504.07940"


@pytest.fixture(scope="module")
def h21_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s26", (SCKAN, ARGUS))


ARGUS_Q = ("A paper studies video-to-360° generation: given a perspective video, it generates a full panoramic video "
           "consistent with it. What does it develop to curate pairwise training data from online 360° videos, and "
           "what kind of operations does it design to improve generation quality?")


def test_a_number_naming_a_thing_asks_no_value():
    assert not asks_quantity(ARGUS_Q)
    assert not asks_quantity("BENI Global 10 语料库覆盖了哪些国家的经济新闻？")
    assert not asks_quantity("2026年世界杯的冠军是哪支球队？")
    assert asks_quantity("在 ImageNet 上以 256×256 分辨率训练时，在哪些更高的分辨率上做推理？")  # resolutions are values
    assert asks_quantity("Which resolutions does it generate at?")
    assert not asks_quantity("超分辨率模型用了什么损失函数？")  # a task's name
    assert asks_quantity("How many GPUs did it use?") and asks_quantity("准确率是多少？")


def test_each_part_of_a_question_holding_a_format_number_gets_its_sentence(h21_app, scripted, scripted_llm):
    """h21-l-argus-360: "… develop a high-quality data filtering pipeline to curate pairwise training data" answers the
    first part; it never reached the prompt, and the model said the paper "leverages the availability" of videos."""
    scripted.enqueue({"tokens": ["It develops a high-quality data filtering pipeline [1]."]})
    run(h21_app, scripted_llm, ARGUS_Q)
    prompt = scripted.requests[-1]["messages"][1]["content"]
    assert "data filtering pipeline to curate pairwise training data" in prompt
    assert "geometry- and motion-aware operations" in prompt or "几何和运动感知操作" in prompt


def _scored(position: int, sentence: str, n: int = 1, section: str = "method") -> Scored:
    return Scored(n, "x", section, sentence, position, 0.5, 0.0, 0.0, -1.0, (), ())


def test_a_list_item_knows_its_siblings():
    intro = _scored(3, "提出框架，包含两个核心设计：(1) 结构约束原型一致性学习，通过对比优化；")
    second = _scored(4, "(2) 共识KAN融合，聚合稳定共识。")
    after = _scored(5, "在两个数据集上验证。")
    other_field = _scored(6, "(3) 另一字段的第三项。", section="result")
    scored = [intro, second, after, other_field]
    assert list_siblings(intro, scored) == [second]
    assert list_siblings(second, scored) == [intro]
    assert list_siblings(after, scored) == [] and list_siblings(other_field, scored) == []
    third = _scored(5, "（3）第三项。")
    assert list_siblings(intro, [intro, second, third]) == [second, third]
    assert list_siblings(_scored(1, "②第二项"), [_scored(0, "包含：①第一项；"), _scored(1, "②第二项")])


def test_asking_for_the_items_is_told_from_asking_for_one():
    assert ITEMS_ASKED_RE.search("它包含的两个关键设计分别是什么？")
    assert ITEMS_ASKED_RE.search("What are the three components of the framework?")
    assert not ITEMS_ASKED_RE.search("What does the SPCL module enforce?")


def test_both_designs_reach_the_prompt(h21_app, scripted, scripted_llm):
    """h21-l-sckan-designs: only "(1) 结构约束原型一致性学习（SPCL）…" reached the prompt; the model named the second
    design by the TL;DR's "KAN 自适应融合", not CKaF."""
    scripted.enqueue({"tokens": ["两个关键设计是 SPCL 和 CKaF[1]。"]})
    _, answer = run(h21_app, scripted_llm, "SCKAN 是一种用于半监督胰腺分割的结构共识 KAN 原型学习方法。它包含的两个关键设计分别是什么？")
    prompt = scripted.requests[-1]["messages"][1]["content"]
    assert "结构约束原型一致性学习" in prompt and "共识KAN融合（CKaF）" in prompt
    assert not answer.refused and answer.citations[0].id == SCKAN


MRES, LIFESENTENCE = "2504.01954", "2606.11220"


@pytest.fixture(scope="module")
def counts_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s26-counts", (MRES, LIFESENTENCE))


def test_a_scaled_count_of_another_thing_is_no_count_of_the_asked_one():
    """"32.2M masks and captions across 1M images": the images are 1M; "6.5万样本" beside "约6.5万个体" counts them."""
    from assistant.citations import parse_numbers
    from assistant.number_labels import counted_otherwise

    source = "we create MRES-32M, the largest visual grounding dataset, comprising over 32.2M masks and captions across 1M images."
    claim = "这个数据集的掩码和描述覆盖了 32.2 million 张图像[1]。"
    assert counted_otherwise(parse_numbers(claim)[0], claim, [source], [])
    right = "这个数据集覆盖了 1M 张图像[1]。"
    assert not counted_otherwise(parse_numbers(right)[0], right, [source], [])
    claim = "LifeSentence 在约6.5万个体的数据上训练[1]。"
    tldr = "通过微调240亿参数的语言模型，在仅6.5万样本（比此前基于Transformer的方法少45倍）上，超越传统和深度学习基线。"
    assert not counted_otherwise(parse_numbers(claim)[0], claim, [tldr], [])


def test_the_mask_count_is_not_delivered_as_the_image_count(counts_app, scripted, scripted_llm):
    """h21-x-mres-images (the blind run's one delivered wrong number): "32.2 million 张图像"."""
    scripted.enqueue({"tokens": ["这个数据集的掩码和描述覆盖了 32.2 million 张图像[1]。"]})
    _, answer = run(counts_app, scripted_llm, "一篇提出多粒度指代表达分割（MRES）任务和 RefCOCOm 基准的论文，还构建了 MRES-32M 数据集。"
                    "这个数据集的掩码和描述覆盖了多少张图像？")
    assert "32.2 million 张图像" not in answer.answer
    assert answer.refused or "1M" in answer.answer or "100万" in answer.answer


def test_a_scaled_count_said_another_way_in_the_tldr_stays(counts_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["LifeSentence 在德国社会经济面板（SOEP）约6.5万个体的数据上训练[1]。用的语言模型有240亿参数[1]。"]})
    _, answer = run(counts_app, scripted_llm, "LifeSentence 在多少个体的数据上训练？用的语言模型有多少参数？")
    assert "6.5万个体" in answer.answer and "240亿参数" in answer.answer


def test_an_abstract_list_told_sentence_by_sentence_is_one_list():
    intro = _scored(2, "Technically, TopoPrior contains two key components.", section="abstract")
    first = _scored(3, "First, a transferable topology prior learning module employs a conditional variational graph.",
                    section="abstract")
    second = _scored(4, "Second, a query-conditioned latent adaptation module introduces adversarial alignment.",
                     section="abstract")
    after = _scored(5, "Experiments show consistent gains.", section="abstract")
    scored = [intro, first, second, after]
    assert list_siblings(intro, scored) == [first, second]
    assert list_siblings(second, scored) == [first, intro]
    assert list_siblings(_scored(3, "First, we study x."), [_scored(2, "We propose y."), _scored(3, "First, we study x.")]) == []


SAFETY_RESULT = ("Safety Measurements for Fine-tuned LLMs Should be Grounded in Capability\n(1) 微调后的模型在应对安全提示时可能生成"
                 "不连贯内容；(2) 对此类不连贯输出，自动化安全判断不可靠；(3) 关于微调对安全性影响的结论会因安全基准和安全评估者的不同选择而发生变化。")


def test_a_numbered_list_cited_once_at_its_end_keeps_every_item():
    """A dev question of session 26: the model listed the three issues and cited [1] after the last; the first two
    lines were dropped as unsupported and each "1." / "2." as a number the source does not state."""
    from assistant.citations import verify

    raw = ("结果揭示了三个问题：\n1. 微调后的模型在安全提示下可能生成不连贯内容。\n2. 自动化安全判断对不连贯输出不可靠。\n"
           "3. 结论会因安全基准和评估者的选择而变化。[1]")
    result = verify(raw, {1: SAFETY_RESULT}, "它的结果揭示了哪三个问题？")
    assert "不连贯内容[1]" in result.text and "自动化安全判断对不连贯输出不可靠[1]" in result.text
    assert "评估者的选择而变化[1]" in result.text
    assert not any(d["sentence"] in ("1.", "2.", "3.") for d in result.dropped)
    # lines of two lists, or a paragraph after the list, do not share a citation they do not hold
    unrelated = verify("1. 天气很好。\n2. 明天下雨。\n\n另一段：\n- 结论会因安全基准和评估者的选择而变化。[1]", {1: SAFETY_RESULT}, "")
    assert "天气很好" not in unrelated.text


STEREO = ("Distilling Stereo Networks for Performant and Efficient Leaner Networks\nFor instance, our student network while "
          "performing better than the performance oriented methods like PSMNet [1], CFNet [2], and LEAStereo [3]) on "
          "benchmark SceneFlow dataset, is 8x, 5x, and 8x faster respectively.\n"
          "学生网络在性能上优于PSMNet、CFNet和LEAStereo，速度分别快8倍、5倍和8倍，且在ETH3D和Middlebury数据集上表现出更好的泛化能力。")


def test_a_value_paired_with_another_name_is_replaced_by_the_named_ones():
    """A dev question of session 26: "比 CFNet 快8倍" (8x is PSMNet's); the source pairs CFNet with 5x."""
    from assistant.citations import verify

    result = verify("它的学生网络在 SceneFlow 上比 CFNet 快8倍[1]。", {1: STEREO}, "它的学生网络比 CFNet 快多少倍？")
    assert "比 CFNet 快5倍[1]" in result.text and result.flagged
    assert verify("It is 8x faster than PSMNet [1].", {1: STEREO}, "").text == "It is 8x faster than PSMNet [1]."
    # two values claimed: which goes where is not read off one name, so nothing is put in
    two = verify("It is 8x faster than CFNet and 2x faster than PSMNet [1].", {1: STEREO}, "")
    assert "5x" not in two.text

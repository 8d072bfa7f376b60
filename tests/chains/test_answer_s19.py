"""Session 19: a question asking which two things something is ("在哪两方面有明显减少") answered without them.

h14-l-kvtransformer-reduction (blind): asked in which two respects the KV variants shrink against their QKV versions,
the model restated the paper's conclusion ("具有实际优势…本地推理") although its evidence said "KV变体模型在参数数量和计算
操作上显著减少". Two items joined by 和 / and were no list to the enumeration completion (it looked for three or more,
or 、), and "方面" (respects) is no noun a listing sentence uses. Now, for a question asking for exactly two things, a
pair counts as the list, and a generic noun (方面, aspects, the verb of "由哪两部分组成") is replaced by the asking
clause's own words (KV, 变体, 减少). Scripted OpenAI-compatible server, the eval corpus's own records, hash embedder."""

from __future__ import annotations

import pytest

from tests.chains.test_answer_issue11 import _eval_corpus_app, run

KVT, LUX = "2503.18862", "2503.14485"

KV_QUESTION = "把 KV Transformer 用于医学图像语义分割的研究中，与对应的传统 QKV 版本相比，KV 变体在哪两方面有明显减少？"
LUX_QUESTION = "视频肖像重照明方法 Lux Post Facto 用什么样的混合数据集来联合学习重照明和时间建模？它由哪两部分组成？"


@pytest.fixture(scope="module")
def s19_answer_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s19-answer", (KVT, LUX))


def test_two_items_joined_by_and_are_a_list_only_when_two_are_asked():
    from assistant.chains.completion import _pair_items, _says_what_is_asked, enumeration_asked

    assert enumeration_asked(KV_QUESTION) == (2, "方面")
    first, second = _pair_items("KV变体模型在参数数量和计算操作上显著减少，同时性能与QKV实现相当。")  # up to 8 characters a side
    assert first.endswith("参数数量") and second.startswith("计算操作")
    assert _pair_items("We observe a notable reduction in parameter count and multiply accumulate operations.") == [
        "in parameter count", "multiply accumulate operations"]
    assert _says_what_is_asked("KV变体模型在参数数量和计算操作上显著减少，同时性能与QKV实现相当。", KV_QUESTION)
    assert not _says_what_is_asked("KV Transformer在医学图像语义分割任务中具有实际优势。", KV_QUESTION)


def test_the_two_reduced_things_left_out_are_quoted(s19_answer_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, first = run(s19_answer_app, scripted_llm, KV_QUESTION, budget=200)
    n = next(c.n for c in first.sources if c.id == KVT)
    scripted.enqueue({"tokens": [f"KV Transformer 在医学图像语义分割任务中具有实际优势，特别是在需要本地推理的场景中。[{n}]"]})
    _, answer = run(s19_answer_app, scripted_llm, KV_QUESTION, budget=200)
    assert not answer.refused and answer.completed_parts == 1
    assert "论文原文还写道" in answer.answer and "参数数量和计算操作" in answer.answer
    assert [c.id for c in answer.citations] == [KVT]
    # an answer that names both is left as it is
    scripted.enqueue({"tokens": [f"KV 变体在参数数量和计算操作上显著减少 [{n}]。"]})
    _, complete = run(s19_answer_app, scripted_llm, KV_QUESTION, budget=200)
    assert complete.completed_parts == 0 and "论文原文还写道" not in complete.answer


def test_a_complete_two_part_answer_gets_no_pair_of_other_things(s19_answer_app, scripted, scripted_llm):
    """h10-l-luxpostfacto-data (replay): the answer named both parts of the hybrid dataset; a sentence pairing two
    other things ("逼真性和时间稳定性") must not be quoted as the missing list."""
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, first = run(s19_answer_app, scripted_llm, LUX_QUESTION, budget=200)
    n = next(c.n for c in first.sources if c.id == LUX)
    scripted.enqueue({"tokens": [f"Lux Post Facto 使用了静态表情OLAT数据和野外肖像表演视频作为混合数据集来联合学习重照明和时间建模[{n}]。"
                                 f"它由静态表情OLAT数据和野外肖像表演视频两部分组成[{n}]。"]})
    _, answer = run(s19_answer_app, scripted_llm, LUX_QUESTION, budget=200)
    assert not answer.refused and answer.completed_parts == 0 and "论文原文还写道" not in answer.answer

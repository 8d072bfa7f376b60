"""The extractive rescue after a model's NOT_FOUND, when the question first describes its paper at length: a metric
named only in that description is not what the asking clause measures (the blind h11- run, session 15:
"…约 14K 样本的数据配方），…，GAIA 提高了多少分？" was refused although three evidence sentences state GAIA +4.8,
because none of them mentions 样本). Scripted OpenAI-compatible server, the eval corpus's own record."""

from __future__ import annotations

import pytest

from tests.chains.test_answer_issue11 import _eval_corpus_app, run

RECIPE = "2606.18831"  # Beyond Reward Engineering: a ~14K-example data recipe for long-context RL


@pytest.fixture(scope="module")
def recipe_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "rescue-clause", (RECIPE,))


DESCRIBED = "那篇主张长上下文强化学习重在训练数据而非奖励设计的论文（约 14K 样本的数据配方），用它的数据在智能体模型上继续训练后，"


def test_a_metric_of_the_description_does_not_veto_the_asked_labels_value(recipe_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, answer = run(recipe_app, scripted_llm, DESCRIBED + "GAIA 提高了多少分？")
    assert not answer.refused and answer.quoted
    assert "4.8" in answer.answer and "GAIA" in answer.answer and answer.citations[0].id == RECIPE


def test_a_label_the_paper_never_names_still_refuses(recipe_app, scripted, scripted_llm):
    """The near-miss guard stays: the right paper, a benchmark it does not report."""
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    _, answer = run(recipe_app, scripted_llm, DESCRIBED + "WebArena 提高了多少分？")
    assert answer.refused and "4.8" not in answer.answer

"""A value the sources label with another metric is not the asked metric's (the blind h11- run, session 15): asked
BlockTrain's perplexity on byte-level WikiText, the model gave "困惑度为 1.359", the cross entropy of "cross entropy
1.359 (perplexity 3.89)" / "1.359 CE（困惑度3.89）", and it was delivered, a wrong number. Cross entropy (交叉熵, CE) is
now a metric the verifier knows, so the number's own label is read. Scripted server, the eval corpus's own record."""

from __future__ import annotations

import pytest

from tests.chains.test_answer_issue11 import _eval_corpus_app, run

BLOCKTRAIN = "2606.24722"
QUESTION = "把模型切成可独立训练的块来做去中心化训练的 BlockTrain，在字节级 WikiText 上的困惑度是多少？"


@pytest.fixture(scope="module")
def blocktrain_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "metric-labels", (BLOCKTRAIN,))


def test_another_metrics_value_is_not_delivered_for_the_asked_one(blocktrain_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["在字节级 WikiText 上，BlockTrain 的困惑度为 1.359。[1]"]})
    _, answer = run(blocktrain_app, scripted_llm, QUESTION)
    assert "困惑度为 1.359" not in answer.answer
    assert answer.refused or "3.89" in answer.answer  # a quote of the sentence stating the perplexity, or nothing


def test_the_asked_metrics_own_value_stays(blocktrain_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["在字节级 WikiText 上，BlockTrain 的困惑度为 3.89。[1]"]})
    _, answer = run(blocktrain_app, scripted_llm, QUESTION)
    assert not answer.refused and not answer.quoted and "3.89" in answer.answer
    assert answer.citations[0].id == BLOCKTRAIN

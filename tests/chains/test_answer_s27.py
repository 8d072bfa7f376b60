"""Session 27's answer fixes. A question asking what a thing is called ("它用哪个组件选出…") was answered by what the
thing does, the name left out though its sentence was in the prompt (d26-l-easylens-tag): the answer now quotes the
cited sentence that names it. Scripted OpenAI-compatible server, the eval corpus's own records."""

from __future__ import annotations

import pytest

from assistant.chains.completion import NAME_ASKED_RE
from tests.chains.test_answer_issue11 import _eval_corpus_app, run

EASYLENS = "2606.06379"
EASYLENS_Q = ("EasyLens 是一种无需训练、即插即用的医学视觉语言模型细微病灶表征放大器。它用哪个组件选出与病灶相关的图像块？"
              "靠的是什么推理？")


@pytest.fixture(scope="module")
def easylens_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s27", (EASYLENS,))


def test_questions_asking_a_name():
    for question in (EASYLENS_Q, "Which module aligns the two modalities?", "这个基准叫什么？",
                     "What is the proposed loss called?", "它用哪种编码器？", "What dataset did they build?"):
        assert NAME_ASKED_RE.search(question), question
    for question in ("How many modules does it have?", "它的准确率是多少？", "What does the module do?", "它为什么有效？"):
        assert not NAME_ASKED_RE.search(question), question


def test_a_name_asked_and_left_out_is_quoted(easylens_app, scripted, scripted_llm):
    """The model said what the component does; the cited method sentence names it (EasyTag)."""
    scripted.enqueue({"tokens": ["它用反事实原型推理选择与病灶相关的图像块[1]。"]})
    _events, answer = run(easylens_app, scripted_llm, EASYLENS_Q)
    assert not answer.refused
    assert answer.answer.startswith("它用反事实原型推理选择与病灶相关的图像块[1]。")  # the model's words are kept
    assert "论文原文还写道" in answer.answer and "EasyTag" in answer.answer
    assert answer.completed_parts >= 1


def test_a_name_given_is_not_quoted_again(easylens_app, scripted, scripted_llm):
    scripted.enqueue({"tokens": ["它用 EasyTag 组件，通过反事实原型推理选择与病灶相关的图像块[1]。"]})
    _events, answer = run(easylens_app, scripted_llm, EASYLENS_Q)
    assert not answer.refused and "论文原文还写道" not in answer.answer


def test_no_name_is_quoted_for_a_question_not_asking_one(easylens_app, scripted, scripted_llm):
    question = "EasyLens 如何选出与病灶相关的图像块？"
    scripted.enqueue({"tokens": ["它通过反事实原型推理选择与病灶相关的图像块[1]。"]})
    _events, answer = run(easylens_app, scripted_llm, question)
    assert not answer.refused and "论文原文还写道" not in answer.answer

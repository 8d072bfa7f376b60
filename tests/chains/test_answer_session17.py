"""Session 17's answer fixes (issue 11), each found on a blind question set."""

import pytest

from assistant.chains.evidence import gloss_numbers
from tests.chains.test_answer_issue11 import _eval_corpus_app, run


def test_a_number_inside_a_name_is_not_glossed_as_a_count():
    # h12-x-emplace-images: "AC-1M（100万）" in the prompt made the model say the dataset has a million images
    assert gloss_numbers("we introduce AC-1M the largest USCD dataset of over 1.1M images", "zh") == \
        "we introduce AC-1M the largest USCD dataset of over 1.1M（110万） images"
    assert gloss_numbers("fine-tuned from Llama-3-8B on 2B tokens", "zh") == \
        "fine-tuned from Llama-3-8B on 2B（20亿） tokens"



def test_a_quote_names_the_asked_qualifier_not_its_sibling():
    """h12-n-attacksel-stop-linux (a delivered wrong number): the model said NOT_FOUND and the rescue quoted "在1%审计预算
    下，开始策略使BashArena和LinuxArena的安全性均降低20个百分点" (the start policy's 20pp): it restates the question's 1%
    setting, and so outscored the sentence of the asked stop policy (28pp on LinuxArena). Of close sentences the quote
    takes the one with more of the asking clause's words (scores and overlaps as the real embedder gave them)."""
    from assistant.chains.evidence import Scored
    from assistant.chains.rescue import fullest_of_close

    def sentence(text, score, lexical, clause):
        return Scored(1, "2606.06529", "result", text, 0, score, lexical, 0.5, clause)

    start = sentence("在1%审计预算下，开始策略使BashArena和LinuxArena的安全性均降低20个百分点；", 1.36, 0.81, 0.71)
    summary = sentence("本文研究了…在1%审计预算下最多降低28pp", 1.339, 0.88, 0.71)
    stop = sentence("停止策略使BashArena安全性降低20个百分点，LinuxArena安全性降低28个百分点。", 1.197, 0.75, 0.86)
    far = sentence("停止策略的详细描述", 0.9, 0.5, 1.0)
    assert fullest_of_close([start, summary, stop, far]) is stop
    # not when the fuller sentence scores far below, or covers the clause barely better
    assert fullest_of_close([start, summary, far]) is start
    assert fullest_of_close([start, sentence("x", 1.3, 0.8, 0.75)]) is start


def test_the_sentence_a_dropped_answer_drew_on_is_quoted():
    """h2-x-youtube-period: the model wrote "2023 年 10 月 7 日至 2024 年 1 月 1 日" for "between October 2023 and
    January 2024"; the invented day dropped the claim, and the rescue, ranking by scores alone, refused. The claim's
    numbers show the sentence it drew on; a drop for wrong content (another setting) shows nothing."""
    from assistant.chains.evidence import Scored
    from assistant.chains.rescue import drawn_on

    def sentence(text, score):
        return Scored(1, "2504.12177", "abstract", text, 0, score, 0.3, 0.5)

    dated = sentence("This article analyzes 253,925 Spanish-language YouTube comments posted between October 2023 and "
                     "January 2024, following the October 7 attack.", 0.43)
    summary = sentence("该研究通过分析25万条西班牙语YouTube评论，将评论分为七类。", 0.59)
    claim = "所分析的评论发布于 2023 年 10 月 7 日至 2024 年 1 月 1 日。"
    assert drawn_on([{"sentence": claim, "reason": "number(s) 1, 1 not in the cited source(s)"}],
                    [summary, dated], []) is dated
    assert drawn_on([{"sentence": claim, "reason": "number(s) 2023 stand next to other words in the cited source(s) "
                                                   "(another setting or metric)"}], [summary, dated], []) is None
    # one shared number is no sign: "7" alone
    assert drawn_on([{"sentence": "发布于 10 月 7 日。", "reason": "number(s) 10 not in the cited source(s)"}],
                    [summary, dated], []) is None
    # a claim without numbers: most of its words
    method = sentence("It integrates the renoise-denoise operator into the classical alternating direction method of "
                      "multipliers (ADMM) framework.", 0.5)
    assert drawn_on([{"sentence": "FlowADMM integrates the renoise-denoise operator into the ADMM framework.",
                      "reason": "no source supports it"}], [summary, method], []) is method


ASR = "2606.24169"


@pytest.fixture(scope="module")
def s17_app(tmp_path_factory):
    return _eval_corpus_app(tmp_path_factory, "s17", (ASR,))


def test_an_answer_without_a_value_in_the_asked_unit_is_no_answer(s17_app, scripted, scripted_llm):
    """h11-x-asr-quant-tier (live, after cca0284's evidence order changed the prompt a little): asked at which latency
    tier (多少毫秒) the 4-bit quantization was measured, the model restated the quantization's 3x and 0.5pp. The
    cited source states a value in milliseconds (560 ms) and the answer none: that is no answer, and the rescue
    quotes the sentence with the 560 ms."""
    question = ("比较多语言编码器与仅英语编码器初始化的那篇流式语音识别论文（0.6B FastConformer），4-bit 仅权重编码器量化是在哪个"
                "流式延迟层级（多少毫秒）上测的？")
    scripted.enqueue({"tokens": ["4-bit权重量化使编码器压缩约3倍，WER仅上升约0.5pp。[1]"]})
    _, answer = run(s17_app, scripted_llm, question)
    assert answer.refused or "560" in answer.answer, answer.answer
    assert any("value in the asked unit" in d["reason"] for d in answer.dropped), answer.dropped

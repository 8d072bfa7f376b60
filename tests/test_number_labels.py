"""A claimed number must carry the label its source gives it (assistant/number_labels.py): the verifier drops
a value taken from another metric, another entity or another counted thing of the same sentence, and the
extractive rescue quotes only a sentence whose number carries the asked label. Texts from corpus papers."""

from pathlib import Path

import pytest

from assistant.chains.answer import answer_terms, carries_asked_label, metric_terms
from assistant.citations import verify
from assistant.number_labels import asked_noun

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
METRICS, TERMS = metric_terms(PROMPTS), answer_terms(PROMPTS)

NSANKU = ("Nsanku: Evaluating Zero-Shot Translation Performance of LLMs for Ghanaian Languages\n"
          "Results show that gemini-2.5-flash achieves the highest overall average score of 26.88 (BLEU: 24.60, "
          "chrF: 29.16), followed by claude-sonnet-4-5 at 24.87 (BLEU: 22.46, chrF: 27.28) and gpt-4.1 at 23.20 "
          "(BLEU: 21.15, chrF: 25.24).")
HIDDEN = ("Hidden Error Awareness in Chain-of-Thought Reasoning: The Signal Is Diagnostic, Not Causal\n"
          "A linear probe on hidden states predicts trace correctness with 0.95 AUROC -- from the very first "
          "reasoning step (0.79) -- while verbalized confidence for wrong traces is 4.55/5.\n"
          "This hidden error awareness holds across three model families (Qwen, Llama, Phi), 1.5B-72B parameters, "
          "and RL-trained reasoning models (DeepSeek-R1, 0.852 AUROC).\n线性探针AUROC达0.95（首步0.79），文本分类器仅0.59。")
CULTURE = ("Who Brought Easter Eggs to Eid? Auditing Cultural Translation of Math Word Problems\n"
           "We analyze how Claude Opus 4, GPT-4.1, and Gemini 2.5 Pro adapt 60 English math word problems into "
           "Bengali, Hindi, Punjabi (India), Urdu, Sindhi (Pakistan), Italian, and Sicilian (Italy), a language set "
           "spanning the full resource spectrum.\n"
           "本文分析了Claude Opus 4、GPT-4.1和Gemini 2.5 Pro三个大模型如何将60道英文数学应用题适配至7种不同资源等级的语言，"
           "通过标注6,489个实体转换。")
COFFEE = ("COFFEE: enriched user-ad representations\nAdditionally, click-through rate (CTR) prediction improves by "
          "0.56% AUC over the baseline production ad-recommendation system.\n"
          "使用丰富的广告展示事件源时，CTR预测比基线生产广告推荐系统提高0.56% AUC，改善了长序列。")

Q_NSANKU = "在 Nsanku 加纳语言翻译基准中，claude-sonnet-4-5 的平均分是多少？"
Q_HIDDEN = "在“思维链推理中的隐藏错误感知”研究里，线性探针在经强化学习训练的推理模型 DeepSeek-R1 上的 AUROC 是多少？"
Q_CULTURE = ("Into how many languages did the audit of LLM cultural adaptation of math word problems "
             "('Who Brought Easter Eggs to Eid?') adapt its English problems?")
Q_COFFEE = "COFFEE 在线上 A/B 测试中让点击率（CTR）本身提升了多少？"


def _check(answer: str, source: str, question: str):
    return verify(answer, {1: source}, question, METRICS, TERMS)


@pytest.mark.parametrize("answer,source,question,kept", [
    ("claude-sonnet-4-5 的平均分是 27.28。[1]", NSANKU, Q_NSANKU, False),  # 27.28 is its chrF
    ("claude-sonnet-4-5 的平均分是 24.87。[1]", NSANKU, Q_NSANKU, True),
    ("gemini-2.5-flash 的平均分是 26.88 [1]。", NSANKU, Q_NSANKU, True),
    ("线性探针在 DeepSeek-R1 上的 AUROC 是 0.95。[1]", HIDDEN, Q_HIDDEN, False),  # DeepSeek-R1's is 0.852
    ("线性探针在 DeepSeek-R1 上的 AUROC 是 0.852。[1]", HIDDEN, Q_HIDDEN, True),
    ("线性探针的AUROC达0.95 [1]。", HIDDEN, Q_HIDDEN, True),
    ("It adapted its English problems into 60 languages [1].", CULTURE, Q_CULTURE, False),  # 60 problems
    ("It adapted its English problems into 7 languages [1].", CULTURE, Q_CULTURE, True),
    ("It adapted 60 English problems [1].", CULTURE, Q_CULTURE, True),
    ("COFFEE 在线上 A/B 测试中让点击率（CTR）本身提升了0.56%。[1]", COFFEE, Q_COFFEE, False),  # 0.56% is AUC
    ("COFFEE 的 AUC 提升了0.56% [1]。", COFFEE, Q_COFFEE, True),
])
def test_a_number_keeps_the_label_its_source_gives_it(answer, source, question, kept):
    check = _check(answer, source, question)
    assert bool(check.text) is kept, check.dropped


def test_the_rescue_quotes_only_a_sentence_whose_number_carries_the_asked_label():
    english, chinese = CULTURE.split("\n")[1:]
    assert asked_noun(Q_CULTURE) == "languages"
    assert not carries_asked_label(english, Q_CULTURE, METRICS, TERMS)  # 60 counts problems
    assert carries_asked_label(chinese, Q_CULTURE, METRICS, TERMS)  # 7种…语言
    assert not any(carries_asked_label(s, Q_COFFEE, METRICS, TERMS) for s in COFFEE.split("\n")[1:])
    assert carries_asked_label(NSANKU.split("\n")[1], Q_NSANKU, METRICS, TERMS)
    assert asked_noun("Panini 2026 世界杯贴纸册一共有多少张贴纸？") == "贴纸"


def test_a_number_labelled_by_an_exact_term_of_the_question():
    from assistant.number_labels import labelled_by

    assert labelled_by("binary codes tiled to d_model=1024.", ["d_model"])
    assert labelled_by("PTNet reaches a BLEU-4 of 31.2 on UCCD.", ["BLEU-4", "UCCD"])
    assert not labelled_by("We build UCCD with 9000 pairs and a BLEU-4 metric.", ["BLEU-4"])
    assert not labelled_by("LLM accuracy is 90%.", ["LLM"])  # a term of the field labels nothing


def test_a_count_written_as_a_word_counts_what_follows_it():
    """`counts` reads "across six languages" as 6 languages (it found no site for a word count, so evidence scoring
    never gave the sentence stating the asked count its bonus; h2-t-layerswap-gap answered with "five non-English")."""
    from assistant.citations import count_words
    from assistant.number_labels import counts

    sentence = "We construct long multilingual reasoning datasets across six languages (English, French, German, Spanish)."
    assert [counts(x, sentence, "languages", []) for x in count_words(sentence)] == [True]
    assert [counts(x, "提出三个核心特征", "特征", []) for x in count_words("提出三个核心特征")] == [True]
    other = "we train two large transformer models, one for each of the languages"
    assert [counts(x, other, "languages", []) for x in count_words(other)] == [False]

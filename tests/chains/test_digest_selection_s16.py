"""Session 16: a Chinese compound the dictionary lists stays one concept (语音合成 is not 语音 + 合成); a bare action noun
coordinated after a modified one shares its modifier ('uncertainty estimation and calibration': calibration of
uncertainty); an unknown phrase is named by a narrower name (its head noun in a sentence the embedder puts near it:
'Reed-Solomon codes' for 'error-correcting codes'); 'uncertainty quantification' is 'uncertainty estimation'."""

import numpy as np
import pytest

from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.relevance import coverage
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.vocabulary import dictionary_term
from tests.chains.digest_cases import PROMPTS, assert_selects, cover, on_topic, paper


# ---------------------------------------------------------------- a compound the dictionary lists
def test_the_dictionary_gives_a_compound_its_english_term():
    assert dictionary_term("语音合成") == ("speech synthesis",)
    assert dictionary_term("博弈论") == ("game theory",)
    assert dictionary_term("时间序列预测") == ()  # not a dictionary word: split as before
    assert dictionary_term("合成") == ()  # one word of two characters is no compound


def test_a_dictionary_compound_stays_one_concept():
    (tts,) = split_concepts("语音合成", PROMPTS)
    assert tts.label == "语音合成" and "speech synthesis" in tts.forms and tts.merged is None
    assert "语音" not in tts.forms and "speech" not in tts.forms  # not any speech paper
    (medical, head) = split_concepts("医学图像处理", PROMPTS)  # 图像 is a known word, 处理 is not
    assert head.label == "图像处理" and head.head and head.forms == ("图像处理", "image processing")
    # a compound the dictionary lacks is still merged and may be split by its candidates (时间序列 | 预测)
    (ts,) = split_concepts("时间序列预测", PROMPTS)
    assert ts.merged == ("时间序列", "预测")


def test_speech_papers_that_synthesize_nothing_are_not_speech_synthesis():
    """The eighth group's 语音合成 listed 7 speech papers (full-duplex dialogue, streaming ASR, TTS-made ASR training
    data), none on speech synthesis: 语音 matched any speech paper and 合成, split off, learned 'generate'."""
    on = paper("1", "Expressive Speech Synthesis with Prosody Tokens",
               "We propose a speech synthesis model that controls prosody.", tldr="本文提出一种可控韵律的语音合成模型。")
    asr = [paper(f"2.{i}", "Streaming Speech Recognition for Speech LLMs",
                 "We generate synthetic conversations to train speech recognition models.",
                 tldr="本文用合成对话数据训练语音识别。") for i in range(4)]
    texts = [PaperText.of(p) for p in [on, *asr]]
    concepts = translate_concepts(split_concepts("语音合成", PROMPTS), texts)
    assert [c.label for c in concepts] == ["语音合成"]
    covered = coverage(concepts, texts)
    assert covered[0].complete and not any(c.complete for c in covered[1:])


# ---------------------------------------------------------------- a shared modifier
def test_a_bare_action_noun_shares_the_modifier_of_the_one_before():
    (either, llms) = split_concepts("uncertainty estimation and calibration of LLMs", PROMPTS)
    estimation, calibration = either.alternatives
    assert estimation.context == () and calibration.context[0] == "uncertainty"
    (synthesis,) = [a for c in split_concepts("speech recognition and synthesis", PROMPTS) for a in c.alternatives or (c,)
                    if a.label == "synthesis"]
    assert "speech" in synthesis.context
    # not an adjective's noun: negotiation is not 'strategic'
    (_, _, games) = split_concepts("LLM agents in strategic games and negotiation", PROMPTS)
    assert all(a.context == () for a in games.alternatives)


def test_calibration_in_another_sense_is_not_uncertainty_calibration():
    """9 of the 10 off-topic papers of the eighth group's 'uncertainty estimation and calibration of LLMs' @20 named
    calibration in another sense (prompt, expert, entropy, contextual, judge-panel calibration)."""
    on = paper("1", "Calibration of Large Language Models",
               "We study the calibration of LLMs: their confidence and uncertainty do not match their accuracy.")
    off = paper("2", "Routing-Aware Expert Calibration for Unlearning in LLMs",
                "We propose expert calibration, a regulariser for unlearning in mixture-of-experts LLMs.")
    assert_selects("uncertainty estimation and calibration of LLMs", on, off)


def test_uncertainty_quantification_is_uncertainty_estimation():
    uq = paper("1", "Clustered Self-Assessment for Uncertainty Quantification in LLMs",
               "We propose a method for uncertainty quantification in large language models.")
    concepts, (covered,) = cover("uncertainty estimation and calibration of LLMs", uq)
    assert on_topic(concepts, covered)
    assert lexical_field(concepts[0], PaperText.of(paper("2", "Uncertain Futures", "We estimate LLM costs."))) is None


# ---------------------------------------------------------------- a narrower name of an unknown phrase
class CodeEmbedder:
    """Sentences about coding theory land on the phrase 'error-correcting codes'; anything else elsewhere."""

    def embed(self, texts):
        out = np.zeros((len(texts), 2), dtype=np.float32)
        for row, text in enumerate(texts):
            low = text.lower()
            near = low == "error-correcting codes" or ("codes" in low and any(
                w in low for w in ("reed-solomon", "cyclic", "minimum distance", "repair")))
            out[row, 0 if near else 1] = 1.0
        return out


def test_a_family_of_codes_names_error_correcting_codes():
    """14 of the 17 judged papers of 'constructions and bounds of error-correcting codes' name their family (polar,
    Reed-Solomon, cyclic, locally repairable codes) and never 'error-correcting'."""
    family = paper("1", "Robust Repair of Reed-Solomon Codes",
                   "We give new constructions of repair schemes for Reed-Solomon codes and bound their bandwidth.")
    program = paper("2", "Bounds on Program Code Generation by LLMs",
                    "We give constructions of prompts and bounds on the accuracy of code LLMs on program codes.")
    _, without = cover("constructions and bounds of error-correcting codes", family, program)
    assert not without[0].complete  # lexically, the family names no error-correcting code
    concepts, covered = cover("constructions and bounds of error-correcting codes", family, program,
                              embedder=CodeEmbedder())
    assert on_topic(concepts, covered[0])
    assert covered[0].matched["error-correcting codes"] == "title"
    assert not covered[1].complete  # 'codes' far from the concept: not counted


# ---------------------------------------------------------------- narrower names in the vocabulary
@pytest.mark.parametrize("topic, on, off", [
    ("语音合成",
     paper("1", "Sparse Autoencoders for Emotion Control in Text-to-Speech",
           "We steer the emotion of LLM-based text-to-speech models with sparse autoencoder features."),
     paper("2", "TTS-Bench: Test-Time Scaling for LLM Reasoning", "We benchmark test-time scaling (TTS) of LLMs.")),
    ("工业异常检测",
     paper("3", "Real-Time Industrial Defect Detection on Edge Hardware",
           "We fine-tune YOLO for industrial defect detection on steel surfaces.", tldr="本文研究工业缺陷检测。"),
     paper("4", "Industrial Robot Grasping", "We study grasping with industrial robots.", tldr="本文研究工业机器人抓取。")),
    ("大语言模型的重排序",
     paper("5", "An LLM Reranker for Passage Retrieval",
           "We propose a listwise reranker built on large language models for passage retrieval."),
     paper("6", "Ranking LLMs on Leaderboards", "We rank large language models on public leaderboards.")),
])
def test_a_narrower_field_name_covers_the_concept(topic, on, off):
    assert_selects(topic, on, off)


def test_what_a_paper_does_without_names_no_concept():
    """Pinpoint's TL;DR names 多模态大模型 only to say it reaches SOTA without one; it matched 大语言模型的重排序."""
    concepts = split_concepts("大语言模型的重排序", PROMPTS)
    without = paper("1", "Pinpoint: Geolocation via Retrieval and Re-ranking", "We retrieve and rerank photos.",
                    tldr="本文提出检索-重排序架构，在没有多模态大模型的情况下达到了SOTA性能。")
    needless = paper("2", "A Reranker for Search", "We rerank passages.", tldr="本文的重排序方法无需大模型。")
    with_llm = paper("3", "Reranking with LLMs", "We rerank passages.", tldr="本文用大语言模型进行重排序。")
    covered = coverage(concepts, [PaperText.of(p) for p in (without, needless, with_llm)])
    assert [c.complete for c in covered] == [False, False, True]


def test_a_without_clause_ends_at_the_noun_it_modifies():
    (deepfake,) = split_concepts("深度伪造检测", PROMPTS)
    modifier = paper("1", "Gradient-Free Generated Image Detection", "We detect generated images.",
                     tldr="提出了一种无需梯度反向传播的深度伪造检测方法。")
    assert lexical_field(deepfake, PaperText.of(modifier)) == "tldr"

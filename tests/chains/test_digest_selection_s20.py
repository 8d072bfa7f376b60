"""Session 20, from the study of the twelfth topic group (blind: precision 0.83 @8 and @20 on 12 listed papers, recall
0.27 / 0.24, three digests empty): field vocabulary: differential privacy, speech language models, spoken dialogue,
human-AI collaboration."""

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


def _labels(topic: str) -> list[str]:
    return [c.label for c in split_concepts(topic, PROMPTS)]


def _head(topic: str):
    return next(c for c in split_concepts(topic, PROMPTS) if c.head)


# ---------------------------------------------------------------- field vocabulary
def test_differential_privacy_is_one_term():
    """差分 · 隐私 let in InfoShield, which names DP once as the method it sets aside."""
    assert _labels("差分隐私") == ["差分隐私"]
    dp = paper("1", "Optimal Hypothesis Testing under Local Differential Privacy",
               "We characterize optimal binary hypothesis testing when data are released under local differential "
               "privacy.")
    aside = paper("2", "InfoShield: Privacy-Preserving Speech Representations",
                  "Speech screening raises privacy concerns. Adversarial training fails against unseen threats, whereas "
                  "Differential Privacy compromises performance. This paper presents InfoShield, which minimizes "
                  "mutual information.", tldr="本文提出InfoShield，保护隐私。")
    concepts, covered = cover("差分隐私", dp, aside)
    assert on_topic(concepts, covered[0])
    assert not on_topic(concepts, covered[1])


def test_speech_language_models_for_spoken_dialogue():
    """'speech language models' had become 'language' (with speech somewhere), which 2 of the 4 judged papers say."""
    topic = "speech language models for spoken dialogue"
    assert _labels(topic) == ["speech language models", "spoken dialogue"]
    assert _head(topic).label == "speech language models"
    full_duplex = paper("1", "Liberating LLM Capabilities in Full-Duplex Speech Models",
                        "Speech-based large language models are constrained to spoken replies. We propose LWS, a "
                        "text-first paradigm. LWS shows strong full-duplex interaction. Visible writing serves speech "
                        "interaction.")
    asr = paper("2", "Speech LLMs for Recognition", "We propose a speech LLM for speech recognition benchmarks.")
    concepts, covered = cover(topic, full_duplex, asr)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete


def test_human_ai_collaboration_by_its_other_names():
    desk = paper("1", "DeskCraft: Benchmarking Desktop Agents and Human-in-the-Loop Collaboration",
                 "We introduce DeskCraft, a benchmark of workflows and proactive human-agent collaboration.",
                 tldr="该基准通过人机协作协议评估智能体。")
    publishing = paper("2", "Traxia: Agent-Native Scientific Publishing",
                       "We introduce Traxia, in which AI research agents publish papers and collaborate with humans "
                       "in a shared provenance model.")
    concepts, covered = cover("human-AI collaboration", desk, publishing)
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete

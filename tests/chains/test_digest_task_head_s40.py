"""Session 40 (dev40c): a Chinese topic read without its task head of perceiving (流式视频理解 -> 流式 · 视频,
`topic_words._without_task_head`). The blind 39th group's digest listed 3 of 8 on topic @8, 6 of 20 @20: streaming
video generation and editing (理解 had excluded them) and long-video or memory benchmarks that name a stream once.
Two rules: the modifier the head leaves (流式) is named where the paper says what it is about (`Concept.role`), and a
paper whose title says it generates or edits is not about perceiving (`topic_words.makes_not_perceives`)."""

from __future__ import annotations

from assistant.chains.digest.request import DigestRequest
from assistant.chains.digest.select import pick_papers
from assistant.chains.digest.topic import split_concepts
from assistant.chains.digest.topic_words import makes_not_perceives
from tests.chains.digest_cases import PROMPTS, StoreOf, cover, on_topic, paper, retrieving


def zh_paper(arxiv_id: str, title: str, title_zh: str, abstract: str, tldr: str):
    return paper(arxiv_id, title, abstract, tldr).model_copy(update={"title_zh": title_zh})


# 流式 in its Chinese title: what the paper is about
STREAMING = zh_paper("2606.09201", "Answering Questions While the Video Arrives", "边看边答：流式视频问答",
                     "Video assistants must answer as frames arrive. We propose a memory that keeps recent frames.",
                     "本文提出一种流式视频问答方法，在视频到达时即时回答。")
# 流式 once, in the TL;DR's comparison with other methods (StateKV of the 39th group): a long-video paper
PASSING = zh_paper("2606.09202", "Linear-Time Prefill for Long Video Models", "长视频模型的线性时间预填充",
                   "Long videos make the prefill of video models quadratic. We carry a fixed state across frames.",
                   "本文提出线性时间的长视频预填充方法，优于滑动窗口等流式近似方法。")


def test_the_modifier_of_a_dropped_task_head_is_named_in_focus():
    concepts, covered = cover("流式视频理解", STREAMING, PASSING)
    assert [(c.label, c.role) for c in concepts] == [("流式", True), ("视频", False)], concepts
    assert on_topic(concepts, covered[0])
    assert covered[1].complete and not on_topic(concepts, covered[1])


def test_a_kept_task_head_asks_nothing_new():
    """视频理解 keeps its head (no modifier of its own): one concept, no role, nothing perceived."""
    concepts = split_concepts("视频理解", PROMPTS)
    assert len(concepts) == 1 and not concepts[0].role and not concepts[0].perceived


def test_generation_titles_are_not_about_perceiving():
    concepts = split_concepts("流式视频理解", PROMPTS)
    assert makes_not_perceives(concepts, "Streaming Video Generation with Streaming Force Control")
    assert makes_not_perceives(concepts, "SANA-Streaming: Real-time Streaming Video Editing with Hybrid Diffusion")
    assert not makes_not_perceives(concepts, "Harnessing Streaming Video in the Wild")
    assert not makes_not_perceives(concepts, "Unified Streaming Video Understanding and Generation")
    assert makes_not_perceives(concepts, "Video-Rate Streaming Stylization on a Vision-Aware Edit Diffusion")
    # generating what perceiving outputs, or perceiving as well: kept (the lead's look-alikes)
    assert not makes_not_perceives(concepts, "Streaming Dense Video Caption Generation with Memory")
    assert not makes_not_perceives(concepts, "Video Generation Models Are Zero-Shot Streaming Reasoners")
    assert not makes_not_perceives(concepts, "Joint Streaming Video Generation and Action Recognition")
    assert not makes_not_perceives(concepts, "Real-Time Answer Generation for Streaming Video Assistants")
    assert not makes_not_perceives(concepts, "Streaming Motion Generation from Text")  # (no kind of data made)
    # an adjective is no task: detecting AI-generated content perceives it
    assert not makes_not_perceives(split_concepts("社交媒体文本分析", PROMPTS),
                                   "Adversarial Creation and Detection of AI-Generated Social Bot Content")


def test_a_generation_topic_keeps_its_generation_papers():
    """流式视频生成 has no task head of perceiving: streaming video generation is what it asks for."""
    concepts = split_concepts("流式视频生成", PROMPTS)
    assert not makes_not_perceives(concepts, "Streaming Video Generation with Streaming Force Control")
    assert not any(c.role for c in concepts)


# 流式 in its title, Chinese title and TL;DR, video named: it covers 流式 · 视频 as the streaming QA paper does, and only
# its title's task (generation) tells it apart (the review's finding: the select.py line had no test)
GENERATING = zh_paper("2606.09203", "Streaming Video Generation with Long-Term Memory", "带长期记忆的流式视频生成",
                      "Streaming video generation must keep frames consistent. We propose a memory for the generator.",
                      "本文提出一种流式视频生成方法，在生成视频时保持长期一致。")


def test_the_digest_leaves_out_a_streaming_generation_paper():
    pool = [STREAMING, GENERATING]
    request = DigestRequest(topic="流式视频理解", language="zh", max_papers=8)
    picked = pick_papers(request, store=StoreOf(pool), retriever_factory=retrieving(pool), prompts_dir=PROMPTS).picked
    assert [p.paper.arxiv_id for p in picked] == ["2606.09201"]

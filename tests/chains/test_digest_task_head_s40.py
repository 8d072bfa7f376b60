"""Session 40 (dev40c): a Chinese topic read without its task head of perceiving (流式视频理解 -> 流式 · 视频,
`topic_words._without_task_head`). The blind 39th group's digest listed 3 of 8 on topic @8, 6 of 20 @20: streaming
video generation and editing (理解 had excluded them) and long-video or memory benchmarks that name a stream once.
The modifier the head leaves (流式) is named where the paper says what it is about (`Concept.role`)."""

from __future__ import annotations

from assistant.chains.digest.topic import split_concepts
from tests.chains.digest_cases import PROMPTS, cover, on_topic, paper


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
    """视频理解 keeps its head (no modifier of its own): one concept, no role."""
    concepts = split_concepts("视频理解", PROMPTS)
    assert len(concepts) == 1 and not concepts[0].role

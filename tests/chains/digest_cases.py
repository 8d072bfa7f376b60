"""The shape the digest selection tests share (sessions 15-18): a topic read into concepts, a few crafted papers
covered by them, and whether each is on topic (every concept named, and the paper about them) or not.

    concepts, covered = cover("theory of mind in large language models", on, decoy)
    assert on_topic(concepts, covered[0]) and not covered[1].complete
    assert_selects("大语言模型的重排序", on, off)   # the first paper on topic, the others not even complete
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.learned import translate_concepts
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.relevance import Coverage, coverage
from assistant.chains.digest.topic import split_concepts
from assistant.types import ChineseSummary, Paper

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"


def paper(arxiv_id: str, title: str, abstract: str, tldr: str = "", day: str = "2026-06-02") -> Paper:
    return Paper(arxiv_id=arxiv_id, title=title, authors=["A. Author"], categories=["cs.CL"], dates=[day],
                 abstract=abstract, summary=ChineseSummary(tldr=tldr), summary_usable=bool(tldr))


def cover(topic: str, *papers: Paper, embedder=None, learn: bool = False) -> tuple[list[Concept], list[Coverage]]:
    """The topic's concepts (learned from the papers as candidates when `learn`) and each paper's coverage, as the
    selection computes them (the topic as typed too)."""
    concepts = split_concepts(topic, PROMPTS)
    texts = [PaperText.of(p) for p in papers]
    if learn:
        concepts = translate_concepts(concepts, texts, embedder)
    return concepts, coverage(concepts, texts, embedder, topic=topic)


def on_topic(concepts: list[Concept], covered: Coverage) -> bool:
    """Selected: every concept named, and the paper about them (`Coverage.focused`; one concept: named where the
    paper says what it is about)."""
    return covered.complete and (covered.focused() if len(concepts) > 1 else covered.named_as_focus())


def assert_selects(topic: str, on: Paper, *off: Paper, embedder=None, learn: bool = False) -> None:
    """The first paper is on topic; each other one does not even name every concept."""
    concepts, covered = cover(topic, on, *off, embedder=embedder, learn=learn)
    assert on_topic(concepts, covered[0]), (topic, covered[0])
    assert not any(c.complete for c in covered[1:]), (topic, covered[1:])


class FixedEmbedder:
    """A fixed embedding per text (others one unrelated direction): a term put at a chosen cosine to a concept."""

    def __init__(self, vectors: dict[str, list[float]]):
        self.vectors = vectors

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [self.vectors.get(t, [0.0, 0.0, 1.0]) for t in texts]


class StoreOf:
    """A paper store of these papers (what `select.pick_papers` reads)."""

    def __init__(self, papers):
        self.papers = {p.arxiv_id: p for p in papers}

    def get_papers(self, ids):
        return {i: self.papers[i] for i in ids if i in self.papers}


def retrieving(papers):
    """A retriever that returns the papers in this order for every query."""
    hits = [SimpleNamespace(arxiv_id=p.arxiv_id, dense_similarity=0.5) for p in papers]
    return lambda filters: SimpleNamespace(search_papers=lambda query, k: hits)

"""Retrieval evaluation: query sets built from the papers themselves, ranking metrics, dense vs BM25 vs hybrid.

A query set is a list of `(query, target arXiv id)` pairs plus the sections a hit may come through. Four
directions are built from whatever papers are given (`build_query_sets`):

- `zh->en`     Chinese TL;DR -> the paper, through its English sections only (title, abstract);
- `zh->paper`  Chinese `method` text -> the paper, any section (near-verbatim: a sanity check of the index);
- `en->paper`  English title -> the paper, any section;
- `en->zh`     the abstract's first sentence -> the paper, through its Chinese summary sections only
               (`summary_zh`, `details_zh`).

Section restrictions are applied inside both retrievers (a Chroma `where` on the node's `section` and a BM25
mask before ranking), so on a full bilingual store `zh->en` and `en->zh` measure cross-language retrieval as if
the store held only the English or only the Chinese side of each paper.

Metrics take the 1-based rank of the target in the top-k list (None when absent); each query has exactly one
relevant paper, so nDCG@k = 1 / log2(rank + 1).
"""

from __future__ import annotations

import logging
import math
import random
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from llama_index.core.vector_stores.types import FilterCondition, FilterOperator, MetadataFilter, MetadataFilters

from assistant.chunking import SECTION_ABSTRACT, SECTION_DETAILS, SECTION_SUMMARY, SECTION_TITLE
from assistant.retrieval import SearchFilters
from assistant.types import Paper

logger = logging.getLogger(__name__)

MODES = ("dense", "bm25", "hybrid")
ENGLISH_SECTIONS = (SECTION_TITLE, SECTION_ABSTRACT)
CHINESE_SECTIONS = (SECTION_SUMMARY, SECTION_DETAILS)


# ---------------------------------------------------------------- metrics (pure)
def rank_of(ranked_ids: Sequence[str], target: str, k: int | None = None) -> int | None:
    """1-based rank of `target` within the first k ids, None when absent."""
    ids = list(ranked_ids)[:k] if k else list(ranked_ids)
    return ids.index(target) + 1 if target in ids else None


def recall_at(ranks: Sequence[int | None], k: int) -> float:
    """Share of queries whose target is in the top k."""
    return sum(r is not None and r <= k for r in ranks) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None], k: int | None = None) -> float:
    """Mean reciprocal rank (0 for a miss, or for a rank beyond k when k is given)."""
    return sum(1 / r for r in ranks if r and (k is None or r <= k)) / len(ranks) if ranks else 0.0


def ndcg_at(ranks: Sequence[int | None], k: int) -> float:
    """Mean nDCG@k with one relevant item per query: 1 / log2(rank + 1) within the top k, else 0."""
    return sum(1 / math.log2(r + 1) for r in ranks if r and r <= k) / len(ranks) if ranks else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def ranking_metrics(ranks: Sequence[int | None], latencies_ms: Sequence[float] = ()) -> dict[str, float]:
    """The figures reported per mode: recall_at_1/5/10, mrr, ndcg_at_10, p50_ms, p95_ms."""
    return {
        "recall_at_1": round(recall_at(ranks, 1), 4),
        "recall_at_5": round(recall_at(ranks, 5), 4),
        "recall_at_10": round(recall_at(ranks, 10), 4),
        "mrr": round(mrr(ranks, 10), 4),
        "ndcg_at_10": round(ndcg_at(ranks, 10), 4),
        "p50_ms": round(percentile(latencies_ms, 50), 1),
        "p95_ms": round(percentile(latencies_ms, 95), 1),
    }


# ---------------------------------------------------------------- query sets
def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]


@dataclass(frozen=True)
class QuerySet:
    name: str
    description: str
    queries: list[tuple[str, str]] = field(default_factory=list)  # (query, target arXiv id)
    sections: tuple[str, ...] = ()  # sections a hit may come through; () = any


def build_query_sets(papers: Iterable[Paper]) -> list[QuerySet]:
    """The four directions over the given papers (each paper contributes to every set it has the text for)."""
    papers = list(papers)
    zh = [p for p in papers if p.summary_usable]
    return [
        QuerySet("zh->en", "Chinese TL;DR -> paper via its English title/abstract",
                 [(p.summary.tldr, p.arxiv_id) for p in zh if p.summary.tldr and p.abstract], ENGLISH_SECTIONS),
        QuerySet("zh->paper", "Chinese method text -> paper (any section)",
                 [(p.summary.method, p.arxiv_id) for p in zh if p.summary.method]),
        QuerySet("en->paper", "English title -> paper (any section)",
                 [(p.title, p.arxiv_id) for p in papers if p.title and p.title != p.arxiv_id]),
        QuerySet("en->zh", "abstract's first sentence -> paper via its Chinese summary",
                 [(first_sentence(p.abstract), p.arxiv_id) for p in zh if p.abstract], CHINESE_SECTIONS),
    ]


def sample_papers(papers: Iterable[Paper], n: int, seed: int = 7) -> list[Paper]:
    """A seeded sample of n papers (all of them when there are fewer), in a stable order."""
    pool = sorted(papers, key=lambda p: p.arxiv_id)
    return random.Random(seed).sample(pool, min(n, len(pool)))


# ---------------------------------------------------------------- running
@dataclass(frozen=True)
class SectionFilters(SearchFilters):
    """SearchFilters plus a restriction to some sections, applied inside dense (Chroma) and BM25 retrieval."""

    sections: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return super().is_empty() and not self.sections

    def matches(self, meta: dict) -> bool:
        return super().matches(meta) and (not self.sections or meta.get("section") in self.sections)

    def columnar(self) -> bool:
        """A section is not a column of the keyword index: with sections, the filter reads metadata."""
        return super().columnar() and not self.sections

    def to_metadata_filters(self, author_ids: list[str] | None) -> MetadataFilters | None:
        base = super().to_metadata_filters(author_ids)
        if not self.sections:
            return base
        section = MetadataFilter(key="section", value=list(self.sections), operator=FilterOperator.IN)
        parts = [*(base.filters if base else []), section]
        return MetadataFilters(filters=parts, condition=FilterCondition.AND)


def evaluate_queries(app, queries: Sequence[tuple[str, str]], *, sections: tuple[str, ...] = (),
                     modes: Sequence[str] = MODES, k: int = 10) -> dict[str, dict[str, float]]:
    """mode -> ranking_metrics over the queries, searching the app's store for the top-k papers."""
    out = {}
    filters = SectionFilters(sections=sections) if sections else None
    for mode in modes:
        retriever = app.retriever(filters, mode=mode)
        ranks, latencies = [], []
        for query, target in queries:
            started = time.perf_counter()
            hits = retriever.search_papers(query, k)
            latencies.append((time.perf_counter() - started) * 1000)
            ranks.append(rank_of([h.arxiv_id for h in hits], target, k))
        out[mode] = ranking_metrics(ranks, latencies)
        logger.info("%d queries, %s: %s", len(queries), mode, out[mode])
    return out


def run_retrieval_eval(app, *, sample: int = 100, seed: int = 7, modes: Sequence[str] = MODES,
                       k: int = 10) -> dict:
    """Evaluate retrieval on whatever the app's store holds: sample papers, build the sets, run every mode."""
    papers = list(app.store.iter_papers())
    chosen = sample_papers(papers, sample, seed)
    sets = {}
    for qs in build_query_sets(chosen):
        if not qs.queries:
            continue
        sets[qs.name] = {"description": qs.description, "sections": list(qs.sections) or ["any"],
                         "queries": len(qs.queries),
                         "modes": evaluate_queries(app, qs.queries, sections=qs.sections, modes=modes, k=k)}
    return {"papers": len(papers), "sampled": len(chosen), "seed": seed, "k": k, "sets": sets}

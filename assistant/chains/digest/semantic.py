"""Semantic concept matching: sentence embeddings and the calibrated similarity cut (issue 16).

A concept not named in words may still be named in other words; a sentence of the paper whose cosine with one of the
concept's phrases reaches CONCEPT_SIMILARITY counts (`relevance.coverage` asks this for a few papers only). The
embeddings are cached in process so repeated digests embed only new text.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

# Sentence-level cosine (multilingual USE v3) at or above which a sentence counts as naming a concept: the 99.5th
# percentile of the best sentence's cosine over 6,184 random (concept, paper) pairs where the concept is not
# named (400 papers of 2026-06-01..10, 16 concepts not used by the benchmark topics; `python -m
# bench.digest_relevance --calibrate`). USE scores a short phrase low against a whole sentence (median 0.13 even
# for the sentence that names it), so this path admits few papers; the bilingual glossary does most of the work.
CONCEPT_SIMILARITY = 0.31
SEMANTIC_MIN_CHARS = {"en": 25, "zh": 8}  # shorter "sentences" ('i.', 'a.' from split abbreviations) score noise


# The embedder's cosine (multilingual USE) below which a term learned from the candidates (`_learn`) is no nearer its
# concept than a random term is: the median cosine between the learned concepts of the 149 judged topics and 400 words
# and word pairs of random titles of dw-dengwei 2026-05-1x (data/eval/results/session29-dev29a/randcos.py: median 0.211,
# 90th percentile 0.351). Of the 28 terms `_learn` taught those concepts at 6054703 the farthest right ones are 遗忘 for
# 'machine unlearning' (0.287) and 'sycophancy' for 谄媚 (0.29); 'account' for 区块链 was 0.153, a word the 3 candidates
# naming 区块链 happened to share (session 29). Recalibrate for another embedder.
LEARNED_MIN_SIMILARITY = 0.21


class VectorCache:
    """Sentence and phrase embeddings kept in process (LRU), so repeated digests embed only new text."""

    def __init__(self, embedder, size: int = 8192):
        self.embedder, self.size = embedder, size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: list[str]) -> np.ndarray:
        # the call's own texts are the newest before anything is evicted, and the rows are read before the cache is
        # trimmed: evicting while adding dropped a text of this very call that sat at the old end (a KeyError once a
        # long-lived process had embedded more than `size` sentences)
        wanted = list(dict.fromkeys(texts))
        for text in wanted:
            if text in self._cache:
                self._cache.move_to_end(text)
        missing = [t for t in wanted if t not in self._cache]
        if missing:
            for text, vector in zip(missing, self.embedder.embed(missing)):
                v = np.asarray(vector, dtype=np.float32)
                self._cache[text] = v / max(float(np.linalg.norm(v)), 1e-12)
        rows = np.vstack([self._cache[t] for t in texts]) if texts else np.zeros((0, 1), dtype=np.float32)
        while len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return rows


_CACHES: dict[int, tuple[object, VectorCache]] = {}


def vector_cache(embedder) -> VectorCache:
    """One cache per embedder object (the app keeps one embedder for its lifetime)."""
    key = id(embedder)
    held = _CACHES.get(key)
    if held is None or held[0] is not embedder:
        if len(_CACHES) > 4:
            _CACHES.clear()
        held = _CACHES[key] = (embedder, VectorCache(embedder))
    return held[1]

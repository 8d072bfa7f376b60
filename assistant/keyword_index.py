"""BM25 beside the vector store (Chroma's own hybrid search is not available for local Chroma).

The index is a local, derived cache: it keeps each node's tokens and metadata, persists them in the
store directory, and can always be re-synced from Chroma, which stays the system of record.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.lang import tokenize

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1


class KeywordIndex:
    """Node-level BM25 (bm25s) over jieba/stemmed tokens, with upsert/delete and a persisted state."""

    def __init__(self, path: Path | None):
        self.path = path
        self.generation: str = ""
        self._docs: dict[str, dict] = {}  # node_id -> {"hash", "tokens", "meta"}
        self._dirty = True
        self._view: _View | None = None  # the searchable index, replaced whole (never mutated) by a rebuild
        # `serve` answers on several threads while a re-sync may rewrite the docs: every read of `_docs` that
        # iterates, and every write, holds `_lock` (briefly). Rebuilding the index and writing the cache file
        # take seconds on a large store, so they run outside it: one rebuild at a time (`_build_lock`) while
        # other searches keep using the previous view; one save at a time, in order (`_save_lock`).
        self._lock = threading.RLock()
        self._build_lock = threading.Lock()
        self._save_lock = threading.Lock()
        if path is not None and path.exists():
            self._load()

    # ---------- persistence ----------
    def _load(self) -> None:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
            if state.get("format") != FORMAT_VERSION:
                raise ValueError("old format")
            self.generation = state.get("generation", "")
            self._docs = state["docs"]
        except (OSError, ValueError, KeyError) as exc:
            logger.warning("BM25 cache %s unreadable (%s); it will be rebuilt from the store", self.path, exc)
            self.generation, self._docs = "", {}
        self._dirty = True

    def save(self, generation: str) -> None:
        """Atomic write (temp file + rename): a crash leaves the previous state, never half a file."""
        with self._save_lock:
            with self._lock:
                self.generation = generation
                if self.path is None:
                    return
                docs = dict(self._docs)  # entries are replaced, never changed in place: a shallow copy is a snapshot
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".bm25-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"format": FORMAT_VERSION, "generation": generation, "docs": docs}, fh,
                          ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, self.path)

    # ---------- updates ----------
    def hashes(self) -> dict[str, str]:
        with self._lock:
            return {nid: doc["hash"] for nid, doc in self._docs.items()}

    def upsert(self, items: list[tuple[str, str, str, dict]]) -> None:
        """items: (node_id, content_hash, text, metadata)."""
        with self._lock:
            self._upsert(items)

    def _upsert(self, items: list[tuple[str, str, str, dict]]) -> None:
        for node_id, content_hash, text, meta in items:
            old = self._docs.get(node_id)
            if old is not None and old["hash"] == content_hash:
                continue
            tokens = old["tokens"] if old is not None and old.get("text_hash") == meta.get("embed_hash") \
                else tokenize(text)
            self._docs[node_id] = {"hash": content_hash, "text_hash": meta.get("embed_hash", ""),
                                   "tokens": tokens, "meta": _light_meta(meta)}
            self._dirty = True

    def delete(self, node_ids: list[str]) -> None:
        with self._lock:
            for node_id in node_ids:
                if self._docs.pop(node_id, None) is not None:
                    self._dirty = True

    def __len__(self) -> int:
        return len(self._docs)

    def meta(self, node_id: str) -> dict | None:
        doc = self._docs.get(node_id)
        return doc["meta"] if doc else None

    # ---------- search ----------
    def _build(self) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s forces DEBUG on import
        with self._lock:
            ids = list(self._docs)
            corpus = [self._docs[i]["tokens"] or ["\x00empty"] for i in ids]
            metas = [self._docs[i]["meta"] for i in ids]
            self._dirty = False  # a change from here on marks it dirty again
        try:
            bm25 = None
            if corpus:
                bm25 = bm25s.BM25()
                bm25.index(corpus, show_progress=False)
            self._view = _View(bm25, ids, metas,
                               np.array([m.get("date_first_int", 0) for m in metas], dtype=np.int64),
                               np.array([m.get("date_last_int", 0) for m in metas], dtype=np.int64))
        except BaseException:
            self._dirty = True
            raise

    def _current(self) -> _View | None:
        """The index to search, rebuilt first if the docs changed; waits only when there is no index yet."""
        if self._dirty and self._build_lock.acquire(blocking=self._view is None):
            try:
                if self._dirty:
                    self._build()
            finally:
                self._build_lock.release()
        return self._view

    def search(self, query: str, k: int, *, paper_filter=None, since: int = 0, until: int = 0
               ) -> list[tuple[str, float]]:
        """Top-k (node_id, bm25 score) with score > 0; filters applied before ranking, not after."""
        view = self._current()
        if view is None or view.bm25 is None:
            return []
        bm25, node_ids, metas, date_first, date_last = view
        vocab = bm25.vocab_dict
        ids = [vocab[t] for t in tokenize(query) if t in vocab]
        if not ids:
            return []
        scores = np.asarray(bm25.get_scores_from_ids(ids), dtype=np.float32)
        mask = np.ones(len(node_ids), dtype=bool)
        if since:
            mask &= date_last >= since
        if until:
            mask &= date_first <= until
        if paper_filter is not None:
            candidates = np.flatnonzero(mask & (scores > 0))
            for idx in candidates:
                if not paper_filter(metas[idx]):
                    mask[idx] = False
        scores = np.where(mask, scores, 0.0)
        k = min(k, int((scores > 0).sum()))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(node_ids[i], float(scores[i])) for i in top]


class _View(NamedTuple):
    bm25: object | None
    ids: list[str]
    metas: list[dict]
    date_first: np.ndarray
    date_last: np.ndarray


def _light_meta(meta: dict) -> dict:
    keep = ("arxiv_id", "title", "authors", "categories", "primary_category", "date", "date_last",
            "date_first_int", "date_last_int", "section", "language")
    return {k: meta[k] for k in keep if k in meta}

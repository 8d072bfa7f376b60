"""BM25 beside the vector store (Chroma's own hybrid search is not available for local Chroma).

The index is a local, derived cache: it keeps each node's tokens and metadata, persists them in the
store directory, and can always be re-synced from Chroma, which stays the system of record.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.lang import tokenize

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2
# The cache file is one JSON object, written as a header and the docs payload:
#   {"format":2,"generation":"…","count":N,"sha256":"<hex of the payload bytes>","docs":<payload>}
# so the checksum is verified on the bytes as read, without serializing the docs again.
_DOCS_KEY = b',"docs":'
_TMP_PREFIX = ".bm25-"
_TMP_SUFFIX = ".tmp"
# Our temp files: `.bm25-<host>-<pid>-<random>.tmp` (older versions wrote `.bm25-<random>.tmp`).
_TMP_NAME = re.compile(r"^\.bm25-(?:(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-)?[A-Za-z0-9_]+\.tmp$")
STALE_TMP_SECONDS = 3600.0  # a save takes seconds; a temp file this old belongs to no live writer
_HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


class CacheInvalid(ValueError):
    """The BM25 cache file is not one this code wrote whole (wrong shape, checksum, format)."""


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
        if path is not None:
            remove_stale_temp_files(path.parent)
            if path.exists() or path.is_symlink():
                self._load()

    # ---------- persistence ----------
    def _load(self) -> None:
        """Read the cache; on any doubt (unreadable, wrong shape or format, checksum mismatch) start empty, so the
        store re-syncs BM25 from Chroma. The file itself is left as it is until the next save replaces it."""
        self.generation, self._docs = "", {}
        self._dirty = True
        try:
            self.generation, self._docs = read_cache(self.path)
        except CacheInvalid as exc:
            logger.warning("BM25 cache %s is invalid (%s); it will be rebuilt from the store", self.path, exc)
        except (Exception, RecursionError, MemoryError) as exc:  # a disposable cache never fails the command
            logger.warning("BM25 cache %s unreadable (%s: %s); it will be rebuilt from the store", self.path,
                           exc.__class__.__name__, exc)

    def save(self, generation: str) -> None:
        """Atomic write (temp file + rename): a crash leaves the previous state, never half a file.

        The cache is disposable: a failed write (full disk, read-only directory, ...) is logged, leaves no temp
        file behind and does not fail the command; the next process re-syncs BM25 from Chroma."""
        with self._save_lock:
            with self._lock:
                self.generation = generation
                if self.path is None:
                    return
                docs = dict(self._docs)  # entries are replaced, never changed in place: a shallow copy is a snapshot
            try:
                self._write(generation, docs)
            except OSError as exc:
                logger.warning("BM25 cache %s not saved (%s); it will be rebuilt from the store next time",
                               self.path, exc)

    def _write(self, generation: str, docs: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.is_dir() and not self.path.is_symlink():
            # Not ours to delete: move it aside (an empty one is removed), then write the cache in its place.
            aside = self.path.with_name(f"{self.path.name}.not-a-cache-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                self.path.rmdir()
                logger.warning("BM25 cache path %s was an empty directory; removed it", self.path)
            except OSError:
                os.rename(self.path, aside)
                logger.warning("BM25 cache path %s was a directory; moved it to %s", self.path, aside)
        payload = json.dumps(docs, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"format": FORMAT_VERSION, "generation": generation, "count": len(docs),
                             "sha256": hashlib.sha256(payload).hexdigest()}, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f"{_TMP_PREFIX}{_HOST}-{os.getpid()}-",
                                   suffix=_TMP_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(header[:-1].encode("utf-8") + _DOCS_KEY)
                fh.write(payload)
                fh.write(b"}")
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

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


def read_cache(path: Path) -> tuple[str, dict[str, dict]]:
    """(generation, docs) of a cache file written by `KeywordIndex.save`; raises CacheInvalid or OSError."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):  # a directory, FIFO (reading would block), device, ...
        raise CacheInvalid("not a regular file")
    data = path.read_bytes()
    at = data.find(_DOCS_KEY)  # the first one ends the header: inside a JSON string its quote would be escaped
    if at < 0 or not data.endswith(b"}"):
        raise CacheInvalid("not a BM25 cache, or cut short")
    try:
        header = json.loads(data[:at] + b"}")
    except ValueError as exc:
        raise CacheInvalid(f"unreadable header ({exc})") from None
    if not isinstance(header, dict):
        raise CacheInvalid("unexpected header")
    if header.get("format") != FORMAT_VERSION:
        raise CacheInvalid(f"format {header.get('format')!r}, expected {FORMAT_VERSION}")
    if set(header) != {"format", "generation", "count", "sha256"}:
        raise CacheInvalid("unexpected header")
    payload = memoryview(data)[at + len(_DOCS_KEY):-1]  # no copy of a large file just to hash it
    if hashlib.sha256(payload).hexdigest() != header["sha256"]:
        raise CacheInvalid("checksum mismatch")
    generation, count = header["generation"], header["count"]
    if not isinstance(generation, str) or type(count) is not int:
        raise CacheInvalid("unexpected header")
    docs = json.loads(payload.tobytes())
    del data, payload
    _check_docs(docs)
    if len(docs) != count:
        raise CacheInvalid(f"holds {len(docs)} entries, header says {count}")
    return generation, docs


_SCALARS = (str, int, float, bool, type(None))


def _check_docs(docs) -> None:
    """Every entry has the shape `_upsert` writes; anything else would fail later, in a search or an ingest."""
    if not isinstance(docs, dict):
        raise CacheInvalid("docs is not an object")
    for node_id, doc in docs.items():
        if not (isinstance(doc, dict) and isinstance(doc.get("hash"), str)
                and isinstance(doc.get("text_hash", ""), str) and isinstance(doc.get("tokens"), list)
                and isinstance(doc.get("meta"), dict)):
            raise CacheInvalid(f"entry {node_id[:80]!r} has the wrong shape")
        if not all(type(t) is str for t in doc["tokens"]):
            raise CacheInvalid(f"entry {node_id[:80]!r} has a token that is not a string")
        meta = doc["meta"]
        if not isinstance(meta.get("arxiv_id"), str) or not all(isinstance(v, _SCALARS) for v in meta.values()) \
                or any(k in meta and type(meta[k]) is not int for k in ("date_first_int", "date_last_int")):
            raise CacheInvalid(f"entry {node_id[:80]!r} has unexpected metadata")


def remove_stale_temp_files(directory: Path, *, now: float | None = None) -> list[Path]:
    """Delete temp files of BM25 saves that no live writer owns (its process is gone) or that are old.

    Only names of our own pattern, only regular files, only in `directory`; errors are ignored (a concurrent
    cleaner, a read-only directory). A kill during a save (SIGKILL, power loss) is what leaves one behind."""
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        candidates = [p for p in directory.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}") if _TMP_NAME.match(p.name)]
    except OSError:
        return removed
    for tmp in candidates:
        try:
            info = tmp.lstat()
            if not stat.S_ISREG(info.st_mode):
                continue
            m = _TMP_NAME.match(tmp.name)
            owner_gone = m["host"] == _HOST and int(m["pid"]) != os.getpid() and not _alive(int(m["pid"]))
            if owner_gone or now - info.st_mtime > STALE_TMP_SECONDS:
                tmp.unlink()
                removed.append(tmp)
        except (OSError, ValueError):
            continue
    if removed:
        logger.info("removed %d stale BM25 temp file(s) in %s", len(removed), directory)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process (or a pid we cannot judge): keep its file until it is old
    return True


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

"""BM25 beside the vector store (Chroma's own hybrid search is not available for local Chroma).

The index is a local, derived cache: it keeps each node's tokens and metadata, persists them in the
store directory, and can always be re-synced from Chroma, which stays the system of record.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import math
import os
import re
import socket
import stat
import tempfile
import threading
import time
from array import array
from pathlib import Path

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


def tokenize_many(texts: list[str]) -> list[list[str]]:
    """BM25 tokens of each text (a module-level function: ingest runs it in the embedding worker processes)."""
    return [tokenize(t) for t in texts]


class CacheInvalid(ValueError):
    """The BM25 cache file is not one this code wrote whole (wrong shape, checksum, format)."""


class KeywordIndex:
    """Node-level BM25 over jieba/stemmed tokens, with upsert/delete and a persisted state.

    Searching uses an inverted index kept up to date in place (`_Inverted`): an upsert or delete touches only its
    own chunks' postings, so a day's update does not rebuild the index (the earlier bm25s index was rebuilt
    whole on the first search after any change: seconds at ~80k chunks, a minute at 600k)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.generation: str = ""
        self._docs: dict[str, dict] = {}  # node_id -> {"hash", "tokens", "meta"}
        self._inv: _Inverted | None = None  # built on the first search, then updated with every change
        # `serve` answers on several threads while a re-sync may rewrite the docs: every read of `_docs` that
        # iterates, every write and every scoring holds `_lock` (briefly: tokenizing happens before it is taken).
        # Writing the cache file takes seconds on a large store, so it runs outside it, one save at a time, in
        # order (`_save_lock`).
        self._lock = threading.RLock()
        self._save_lock = threading.Lock()
        if path is not None:
            remove_stale_temp_files(path.parent)
            if path.exists() or path.is_symlink():
                self._load()

    # ---------- persistence ----------
    def _load(self) -> None:
        """Read the cache; on any doubt (unreadable, wrong shape or format, checksum mismatch) start empty, so the
        store re-syncs BM25 from Chroma. The file itself is left as it is until the next save replaces it."""
        self.generation, self._docs, self._inv = "", {}, None
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
        """items: (node_id, content_hash, text, metadata). Texts are tokenized before the lock is taken."""
        with self._lock:
            known = {i: (d["hash"], d.get("text_hash"), d["tokens"]) for i, *_ in items if (d := self._docs.get(i))}
        prepared = []
        for node_id, content_hash, text, meta in items:
            old = known.get(node_id)
            if old is not None and old[0] == content_hash:
                continue
            tokens = old[2] if old is not None and old[1] == meta.get("embed_hash") else tokenize(text)
            prepared.append((node_id, content_hash, tokens, meta))
        self.upsert_tokens(prepared)

    def upsert_tokens(self, items: list[tuple[str, str, list[str], dict]]) -> None:
        """items: (node_id, content_hash, tokens, metadata): already tokenized (by `tokenize`)."""
        with self._lock:
            for node_id, content_hash, tokens, meta in items:
                old = self._docs.get(node_id)
                if old is not None and old["hash"] == content_hash:
                    continue
                doc = {"hash": content_hash, "text_hash": meta.get("embed_hash", ""), "tokens": tokens,
                       "meta": _light_meta(meta)}
                self._docs[node_id] = doc
                if self._inv is not None:
                    self._inv.add(node_id, doc)
            self._maybe_compact()

    def delete(self, node_ids: list[str]) -> None:
        with self._lock:
            for node_id in node_ids:
                if self._docs.pop(node_id, None) is not None and self._inv is not None:
                    self._inv.remove(node_id)
            self._maybe_compact()

    def _maybe_compact(self) -> None:
        if self._inv is not None and self._inv.needs_compaction():
            self._inv = _Inverted.build(self._docs)

    def rebuilt(self) -> _Inverted:
        """A fresh index from the current docs (what a restart would build); for tests and benchmarks."""
        with self._lock:
            return _Inverted.build(self._docs)

    def __len__(self) -> int:
        return len(self._docs)

    def meta(self, node_id: str) -> dict | None:
        doc = self._docs.get(node_id)
        return doc["meta"] if doc else None

    def share_matching(self, predicate, sample: int = 1000) -> float:
        """Estimated share of the chunks whose metadata passes `predicate` (an evenly spaced sample)."""
        with self._lock:
            n = len(self._docs)
            if not n:
                return 0.0
            step = max(1, n // sample)
            metas = [d["meta"] for d in itertools.islice(self._docs.values(), 0, None, step)]
        return sum(1 for m in metas if predicate(m)) / len(metas)

    # ---------- search ----------
    def _current(self) -> _Inverted:
        """The inverted index, built from the docs once (first search after a load); later upserts and deletes
        update it in place (no rebuild per change: a day's update costs only its own chunks)."""
        if self._inv is None:
            with self._lock:
                if self._inv is None:
                    self._inv = _Inverted.build(self._docs)
        return self._inv

    def search(self, query: str, k: int, *, paper_filter=None, since: int = 0, until: int = 0
               ) -> list[tuple[str, float]]:
        """Top-k (node_id, bm25 score) with score > 0; filters applied before ranking, not after.
        Equal scores are ordered by node id, so an index updated in place ranks exactly like a rebuilt one."""
        self._current()
        tokens = tokenize(query)
        with self._lock:  # scoring takes milliseconds; updates wait for it, never the other way round for long
            inv = self._inv
            scores = inv.scores(tokens)
            if scores is None:
                return []
            n = len(scores)
            mask = inv.alive[:n].copy()
            if since:
                mask &= inv.date_last[:n] >= since
            if until:
                mask &= inv.date_first[:n] <= until
            scores = np.where(mask, scores, 0.0).astype(np.float32)
            positive = np.flatnonzero(scores > 0)
            if not len(positive) or k <= 0:
                return []
            if paper_filter is None:
                k = min(k, len(positive))
                kth = np.partition(scores, n - k)[n - k]
                cand = np.flatnonzero(scores >= kth)
            else:
                # the other filters are checked lazily, best scores first, until k pass (and their ties): the same
                # result as filtering every scored chunk first, without calling the filter on tens of thousands
                order = positive[np.argsort(-scores[positive], kind="stable")]
                passed: list[int] = []
                for start in range(0, len(order), 256):
                    block = order[start:start + 256]
                    if len(passed) >= k and scores[block[0]] < scores[passed[k - 1]]:
                        break
                    passed += [int(i) for i in block if paper_filter(inv.metas[i])]
                cand = passed
            ranked = sorted(((float(scores[i]), inv.ids[i]) for i in cand), key=lambda t: (-t[0], t[1]))[:k]
        return [(nid, score) for score, nid in ranked]


# BM25 as bm25s computes it by default ("lucene": idf = ln(1 + (N - df + .5) / (df + .5)),
# tf part = tf / (tf + k1 * (1 - b + b * dl / avgdl))), so rankings match the index this replaces.
K1, B = 1.5, 0.75
_EMPTY = "\x00empty"


class _Inverted:
    """Postings per term (slot, tf) in growable arrays, document lengths, document frequency over live docs.

    A document occupies a slot; replacing or deleting it kills the slot (its postings stay, masked out, and the
    term statistics are decremented), so updates cost O(tokens changed). Dead slots are reclaimed by `compact`
    when they are over half of all slots. Scores are computed at query time from the live statistics: an index
    updated in place and one rebuilt from the same docs give the same scores."""

    def __init__(self):
        self.slot_of: dict[str, int] = {}
        self.ids: list[str] = []
        self.metas: list[dict] = []
        self.terms: list[list] = []  # slot -> its distinct term ids (to decrement df on delete)
        self.alive = np.zeros(0, dtype=bool)
        self.dl = np.zeros(0, dtype=np.float32)
        self.date_first = np.zeros(0, dtype=np.int64)
        self.date_last = np.zeros(0, dtype=np.int64)
        self.vocab: dict[str, int] = {}
        self.df = np.zeros(0, dtype=np.int64)
        self.post_slot: list[array] = []
        self.post_tf: list[array] = []
        self.n_live = 0
        self.total_len = 0
        self.dead = 0

    @classmethod
    def build(cls, docs: dict[str, dict]) -> _Inverted:
        inv = cls()
        for node_id in sorted(docs):
            inv.add(node_id, docs[node_id])
        return inv

    def _grow(self, n: int) -> None:
        if n <= len(self.alive):
            return
        size = max(n, int(len(self.alive) * 1.5) + 1024)
        for name in ("alive", "dl", "date_first", "date_last"):
            old = getattr(self, name)
            new = np.zeros(size, dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)

    def add(self, node_id: str, doc: dict) -> None:
        if node_id in self.slot_of:
            self.remove(node_id)
        tokens = doc["tokens"] or [_EMPTY]
        slot = len(self.ids)
        self._grow(slot + 1)
        counts: dict[int, int] = {}
        vocab = self.vocab
        for tok in tokens:
            tid = vocab.get(tok)
            if tid is None:
                tid = vocab[tok] = len(vocab)
                self.post_slot.append(array("i"))
                self.post_tf.append(array("f"))
            counts[tid] = counts.get(tid, 0) + 1
        if len(vocab) > len(self.df):
            df = np.zeros(max(len(vocab), int(len(self.df) * 1.5) + 1024), dtype=np.int64)
            df[: len(self.df)] = self.df
            self.df = df
        for tid, tf in counts.items():
            self.post_slot[tid].append(slot)
            self.post_tf[tid].append(tf)
        term_ids = list(counts)
        self.df[term_ids] += 1
        meta = doc["meta"]
        self.slot_of[node_id] = slot
        self.ids.append(node_id)
        self.metas.append(meta)
        self.terms.append(term_ids)
        self.alive[slot] = True
        self.dl[slot] = len(tokens)
        self.date_first[slot] = meta.get("date_first_int", 0) or 0
        self.date_last[slot] = meta.get("date_last_int", 0) or 0
        self.n_live += 1
        self.total_len += len(tokens)

    def remove(self, node_id: str) -> None:
        slot = self.slot_of.pop(node_id, None)
        if slot is None:
            return
        self.alive[slot] = False
        self.df[self.terms[slot]] -= 1
        self.terms[slot] = []
        self.n_live -= 1
        self.total_len -= int(self.dl[slot])
        self.dead += 1

    def needs_compaction(self) -> bool:
        return self.dead > 1024 and self.dead * 2 > len(self.ids)

    def scores(self, tokens: list[str]) -> np.ndarray | None:
        tids = [self.vocab[t] for t in tokens if t in self.vocab]
        if not tids or not self.n_live:
            return None
        n = len(self.ids)
        scores = np.zeros(n, dtype=np.float64)
        avgdl = self.total_len / self.n_live
        norm = K1 * ((1 - B) + B * self.dl[:n].astype(np.float64) / avgdl)
        for tid in tids:  # a repeated query word counts again, as in bm25s
            df = int(self.df[tid])
            if df <= 0:
                continue
            slots = np.frombuffer(self.post_slot[tid], dtype=np.int32)
            tf = np.frombuffer(self.post_tf[tid], dtype=np.float32).astype(np.float64)
            idf = math.log(1 + (self.n_live - df + 0.5) / (df + 0.5))
            scores[slots] += idf * tf / (tf + norm[slots])
        scores[~self.alive[:n]] = 0.0
        return scores


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


def _light_meta(meta: dict) -> dict:
    keep = ("arxiv_id", "title", "authors", "categories", "primary_category", "date", "date_last",
            "date_first_int", "date_last_int", "section", "language")
    return {k: meta[k] for k in keep if k in meta}

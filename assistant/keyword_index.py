"""BM25 beside the vector store (Chroma's own hybrid search is not available for local Chroma).

The index is a local, derived cache in one SQLite file beside the store (stdlib `sqlite3`), and can always be
re-synced from Chroma, which stays the system of record. Issue 15 replaced the earlier design (every chunk's tokens
and metadata as Python objects, persisted as one JSON file rewritten whole on each save: ~9 KB of memory per chunk,
a 9 s save and a 27 s load at 236k chunks) with:

- `docs`: one row per chunk (node id, content/text hash, slot, segment, length, date ints, a category-combination
  id, the light metadata as JSON);
- `postings`: per (term, segment) two blobs, the slots (int32) and term frequencies (uint16) of the segment's
  documents that contain the term. Every write (an ingest batch, a delete) is one transaction that adds one small
  segment; replaced or deleted documents leave their slot dead (no `docs` row: a tombstone) and their postings are
  dropped when segments are merged (tiered: four segments of a size class become one, up to `MAX_MERGE_DOCS`).
- in memory, per process, only columns per slot: alive, length, first/last date, category combination (~17 bytes
  per chunk). Scoring fetches the query terms' posting blobs, so memory does not grow with the postings.

A write is one SQLite transaction (rollback journal): a crash leaves the previous state. Between a write and the
`save(generation)` that names the Chroma generation it matches, the stored generation is empty, so a process that
dies mid-ingest leaves an index that the next open re-syncs from Chroma (by content hash: only what differs).
Several processes may share the file: each notices the others' commits (`PRAGMA data_version`) and reloads its
columns. BM25 scores are exactly the ones the earlier in-memory index computed (bm25s "lucene" variant).
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import math
import os
import re
import socket
import sqlite3
import stat
import threading
import time
from collections import Counter
from pathlib import Path

import numpy as np

from assistant.lang import tokenize

logger = logging.getLogger(__name__)

# The JSON cache file of earlier versions (read once to migrate an existing store; never written any more):
#   {"format":2,"generation":"…","count":N,"sha256":"<hex of the payload bytes>","docs":<payload>}
FORMAT_VERSION = 2
_DOCS_KEY = b',"docs":'
INDEX_FORMAT = 2  # the SQLite schema below
_TMP_PREFIX = ".bm25-"
_TMP_SUFFIX = ".tmp"
# Temp files of the JSON cache saves: `.bm25-<host>-<pid>-<random>.tmp` (older: `.bm25-<random>.tmp`).
_TMP_NAME = re.compile(r"^\.bm25-(?:(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-)?[A-Za-z0-9_]+\.tmp$")
STALE_TMP_SECONDS = 3600.0
_HOST = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]

# Segments are merged in size classes: four of a class become one (amortised O(log n) rewrites per posting);
# a merge never produces more than MAX_MERGE_DOCS documents, so no single update pays for rewriting the store.
MERGE_FACTOR = 4
MIN_CLASS_DOCS = 2048
MAX_MERGE_DOCS = 200_000
# Per-term BM25 weights of the live documents (slots + weight, 12 bytes a posting) of recent queries are kept, up to
# this many bytes: frequent words ("模型", "model") are read and weighed once, not on every query. Any change empties it.
TERM_CACHE_BYTES = 64 * 2**20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS combos (id INTEGER PRIMARY KEY, primary_category TEXT NOT NULL,
    categories TEXT NOT NULL, UNIQUE (primary_category, categories));
CREATE TABLE IF NOT EXISTS docs (slot INTEGER PRIMARY KEY AUTOINCREMENT, node_id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL, text_hash TEXT NOT NULL, seg INTEGER NOT NULL, len INTEGER NOT NULL,
    date_first INTEGER NOT NULL, date_last INTEGER NOT NULL, combo INTEGER NOT NULL, meta TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_seg ON docs (seg);
CREATE TABLE IF NOT EXISTS segments (seg INTEGER PRIMARY KEY, docs INTEGER NOT NULL, live INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS postings (seg INTEGER NOT NULL, term TEXT NOT NULL, slots BLOB NOT NULL,
    tfs BLOB NOT NULL, PRIMARY KEY (seg, term)) WITHOUT ROWID;
"""
# Postings are clustered by segment: a write appends its segment at the end of the B-tree and a merge reads and
# deletes whole ranges, so an update touches only its own pages (clustered by term, every day's few thousand terms
# would rewrite pages all over the file). A query looks its terms up in each segment (tens of segments).
_TABLES = {"info", "combos", "docs", "segments", "postings"}


def tokenize_many(texts: list[str]) -> list[list[str]]:
    """BM25 tokens of each text (a module-level function: ingest runs it in the embedding worker processes)."""
    return [tokenize(t) for t in texts]


class CacheInvalid(ValueError):
    """A BM25 cache or index file is not one this code wrote whole (wrong shape, checksum, format)."""


# BM25 as bm25s computes it by default ("lucene": idf = ln(1 + (N - df + .5) / (df + .5)),
# tf part = tf / (tf + k1 * (1 - b + b * dl / avgdl))), so rankings match the index this replaces.
K1, B = 1.5, 0.75


class _Columns:
    """Per-slot columns of the documents (a slot is never reused: a replaced document gets a new one)."""

    def __init__(self, size: int = 0):
        self.alive = np.zeros(size, dtype=bool)
        self.dl = np.zeros(size, dtype=np.float32)
        self.date_first = np.zeros(size, dtype=np.int32)
        self.date_last = np.zeros(size, dtype=np.int32)
        self.combo = np.zeros(size, dtype=np.int32)
        self.n_live = 0
        self.total_len = 0

    def grow(self, n: int) -> None:
        if n <= len(self.alive):
            return
        size = max(n, int(len(self.alive) * 1.25) + 4096)
        for name in ("alive", "dl", "date_first", "date_last", "combo"):
            old = getattr(self, name)
            new = np.zeros(size, dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)

    def set(self, slot: int, length: int, first: int, last: int, combo: int) -> None:
        self.grow(slot + 1)
        if not self.alive[slot]:
            self.n_live += 1
            self.total_len += length
        else:
            self.total_len += length - int(self.dl[slot])
        self.alive[slot] = True
        self.dl[slot] = length
        self.date_first[slot] = first
        self.date_last[slot] = last
        self.combo[slot] = combo

    def kill(self, slot: int) -> None:
        if slot < len(self.alive) and self.alive[slot]:
            self.alive[slot] = False
            self.n_live -= 1
            self.total_len -= int(self.dl[slot])


def _date(meta: dict, key: str) -> int:
    value = meta.get(key, 0) or 0
    return value if type(value) is int and 0 <= value < 2**31 else 0


class KeywordIndex:
    """Node-level BM25 over jieba/stemmed tokens, with upsert/delete, persisted in SQLite (see the module doc)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.legacy_path = path.with_suffix(".json") if path is not None and path.suffix != ".json" else None
        # One connection, used under `_lock` (serve answers on several threads). Writes take milliseconds per
        # ingest batch; a merge of large segments, seconds: searches wait for a running write, never for long.
        self._lock = threading.RLock()
        self._save_lock = threading.Lock()  # one `save` at a time (kept for callers that serialise on it)
        self._conn: sqlite3.Connection | None = None
        self._in_memory = path is None
        self._cols: _Columns | None = None  # loaded on first use, kept current by our writes
        self._combos: list[tuple[str, str]] = []
        self._combo_ids: dict[tuple[str, str], int] = {}
        self._generation = ""
        self._count = 0
        self._data_version = None
        self._version = 0  # moves with every change this process sees: keys the filter-mask cache
        self._masks: dict[tuple, np.ndarray] = {}
        self._mask_derived: dict[int, tuple[np.ndarray, dict]] = {}
        self._combo_ok: dict[tuple, np.ndarray] = {}
        self._terms: dict[str, tuple | None] = {}  # term -> (slots, weights) or None; LRU by insertion order
        self._segs: list[int] | None = None  # the segment ids, read when needed
        self._terms_bytes = 0
        if path is not None:
            remove_stale_temp_files(path.parent)
        self._open()

    # ---------- opening, damage, fallback ----------
    def _open(self) -> None:
        if self._in_memory:
            self._connect(":memory:")
            return
        try:
            self._prepare_path()
            if self.path.is_file() and self.path.stat().st_size == 0:
                logger.warning("BM25 index %s is an empty file; it will be rebuilt from the store", self.path)
            self._connect(str(self.path))
        except (sqlite3.Error, OSError, CacheInvalid) as exc:
            logger.warning("BM25 index %s is unusable (%s: %s); it will be rebuilt from the store", self.path,
                           exc.__class__.__name__, exc)
            self._discard()
            try:
                self._prepare_path()
                self._connect(str(self.path))
            except (sqlite3.Error, OSError, CacheInvalid) as exc2:
                logger.warning("BM25 index %s cannot be created (%s); keeping it in memory for this process",
                               self.path, exc2)
                self._in_memory = True
                self._connect(":memory:")
                return
        if self._count == 0 and not self._generation and self.legacy_path is not None:
            self._migrate_legacy()

    def _prepare_path(self) -> None:
        """Whatever is at the index path and is not a regular file goes: an empty directory is removed, a
        non-empty one (not ours to delete) moved aside, a FIFO, device or dangling symlink unlinked."""
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() and not path.exists():
            path.unlink()
            logger.warning("BM25 index path %s was a dangling symlink; removed it", path)
            return
        if not path.exists():
            return
        if path.is_dir():
            try:
                path.rmdir()
                logger.warning("BM25 index path %s was an empty directory; removed it", path)
            except OSError:
                aside = path.with_name(f"{path.name}.not-a-cache-{time.strftime('%Y%m%d-%H%M%S')}")
                os.rename(path, aside)
                logger.warning("BM25 index path %s was a directory; moved it to %s", path, aside)
            return
        if not stat.S_ISREG(path.stat().st_mode):
            path.unlink()
            logger.warning("BM25 index path %s was not a regular file; removed it", path)

    def _connect(self, where: str) -> None:
        conn = sqlite3.connect(where, check_same_thread=False, isolation_level=None, timeout=60)
        try:
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA cache_size=-16000")  # 16 MB of page cache; the OS page cache does the rest
            have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not _TABLES <= have:
                if have - {"sqlite_sequence"}:
                    raise CacheInvalid(f"unexpected tables {sorted(have)}")
                conn.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} INSERT OR REPLACE INTO info VALUES ('format', "
                                   f"'{INDEX_FORMAT}'); COMMIT;")
            info = dict(conn.execute("SELECT key, value FROM info"))
            if info.get("format") != str(INDEX_FORMAT):
                raise CacheInvalid(f"format {info.get('format')!r}, expected {INDEX_FORMAT}")
            self._generation = info.get("generation", "")
            self._count = conn.execute("SELECT count(*) FROM docs").fetchone()[0]
            self._data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._cols, self._masks, self._combo_ok = None, {}, {}
        self._combos, self._combo_ids = [], {}
        self._version += 1
        self._terms, self._terms_bytes, self._segs = {}, 0, None

    def _discard(self) -> None:
        """Close and delete the index file (with its journal): it is derived, Chroma re-fills it."""
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None
        if self.path is None or self._in_memory:
            return
        for p in (self.path, Path(f"{self.path}-journal"), Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            try:
                if p.is_symlink() or (p.exists() and not p.is_dir()):
                    p.unlink()
            except OSError:
                pass

    def _reset(self, reason: str) -> None:
        """A damaged file found after opening: start empty (the store re-syncs from Chroma)."""
        logger.warning("BM25 index %s is damaged (%s); it will be rebuilt from the store", self.path, reason)
        self._discard()
        self._generation, self._count = "", 0
        try:
            if self._in_memory:
                self._connect(":memory:")
            else:
                self._prepare_path()
                self._connect(str(self.path))
        except (sqlite3.Error, OSError, CacheInvalid):
            self._in_memory = True
            self._connect(":memory:")

    def _to_memory(self, exc: Exception) -> None:
        """A write to the file failed (full disk, read-only directory, ...): carry on in memory with the index as
        it was, and leave the file as it is: its generation is older, so the next process re-syncs from Chroma."""
        logger.warning("BM25 index %s not saved (%s); it will be rebuilt from the store next time", self.path, exc)
        mem = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        try:
            self._conn.backup(mem)
        except sqlite3.Error:
            mem.close()
            mem = None
        try:
            self._conn.close()
        except sqlite3.Error:
            pass
        self._in_memory = True
        if mem is None:
            self._connect(":memory:")
        else:
            self._conn = mem
            self._data_version = mem.execute("PRAGMA data_version").fetchone()[0]

    # ---------- legacy JSON cache ----------
    def _migrate_legacy(self) -> None:
        """An existing store's JSON cache (format 2): its docs, tokens and generation move into the index once,
        without re-tokenizing; the JSON file is then removed. An invalid one is only removed (Chroma re-syncs)."""
        legacy = self.legacy_path
        if not (legacy.exists() or legacy.is_symlink()):
            return
        try:
            generation, docs = read_cache(legacy)
        except CacheInvalid as exc:
            logger.warning("BM25 cache %s is invalid (%s); it will be rebuilt from the store", legacy, exc)
        except (Exception, RecursionError, MemoryError) as exc:
            logger.warning("BM25 cache %s unreadable (%s: %s); it will be rebuilt from the store", legacy,
                           exc.__class__.__name__, exc)
        else:
            ids = sorted(docs)
            for start in range(0, len(ids), 50_000):
                part = ids[start:start + 50_000]
                self.upsert_tokens([(i, docs[i]["hash"], docs[i]["tokens"],
                                     {**docs[i]["meta"], "embed_hash": docs[i].get("text_hash", "")}) for i in part])
                for i in part:
                    del docs[i]
            self.save(generation)
            logger.info("BM25 cache %s migrated into %s (%d chunks)", legacy, self.path, len(ids))
        try:
            if legacy.is_symlink() or stat.S_ISREG(legacy.stat().st_mode):
                legacy.unlink()
        except OSError:
            pass

    # ---------- state shared with other processes ----------
    def _refresh(self) -> None:
        """Notice commits of other connections (another process, another store object on the same file)."""
        try:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if version == self._data_version:
                return
            self._data_version = version
            row = self._conn.execute("SELECT value FROM info WHERE key='generation'").fetchone()
            self._generation = row[0] if row else ""
            self._count = self._conn.execute("SELECT count(*) FROM docs").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            self._reset(str(exc))
        self._cols, self._masks, self._combo_ok = None, {}, {}
        self._version += 1
        self._terms, self._terms_bytes, self._segs = {}, 0, None

    def _columns(self) -> _Columns:
        if self._cols is None:
            try:
                self._load_columns()
            except sqlite3.DatabaseError as exc:
                self._reset(str(exc))
                self._cols = _Columns()
        return self._cols

    def _load_columns(self) -> None:
        conn = self._conn
        rows = conn.execute("SELECT id, primary_category, categories FROM combos ORDER BY id").fetchall()
        combos: list[tuple[str, str]] = [("", "")] * ((rows[-1][0] + 1) if rows else 0)
        for cid, primary, cats in rows:
            combos[cid] = (primary, cats)
        self._combos = combos
        self._combo_ids = {(p, c): cid for cid, p, c in rows}
        # every slot ever given out: postings of dead slots above the highest live one wait for a merge
        top = max(conn.execute("SELECT coalesce(max(slot), 0) FROM docs").fetchone()[0],
                  (conn.execute("SELECT seq FROM sqlite_sequence WHERE name='docs'").fetchone() or (0,))[0])
        cols = _Columns(top + 1)
        data = np.array(conn.execute("SELECT slot, len, date_first, date_last, combo FROM docs").fetchall(),
                        dtype=np.int64).reshape(-1, 5)
        slots = data[:, 0]
        cols.alive[slots] = True
        cols.dl[slots] = data[:, 1]
        cols.date_first[slots] = data[:, 2]
        cols.date_last[slots] = data[:, 3]
        cols.combo[slots] = data[:, 4]
        cols.n_live = len(slots)
        cols.total_len = int(data[:, 1].sum())
        self._cols = cols
        self._count = cols.n_live

    @property
    def generation(self) -> str:
        with self._lock:
            self._refresh()
            return self._generation

    @generation.setter
    def generation(self, value: str) -> None:  # tests set it; `save` persists it
        self._generation = value

    def __len__(self) -> int:
        with self._lock:
            self._refresh()
            return self._count

    # ---------- updates ----------
    def save(self, generation: str) -> None:
        """Record which Chroma generation the index now matches (one small transaction). A failed write (full
        disk, read-only directory, ...) is logged, never raised: the next process re-syncs BM25 from Chroma."""
        with self._save_lock, self._lock:
            self._refresh()
            self._write(lambda conn: conn.execute("INSERT OR REPLACE INTO info VALUES ('generation', ?)",
                                                  (generation,)))
            self._generation = generation

    def hashes(self) -> dict[str, str]:
        with self._lock:
            self._refresh()
            return dict(self._query("SELECT node_id, hash FROM docs"))

    def upsert(self, items: list[tuple[str, str, str, dict]]) -> None:
        """items: (node_id, content_hash, text, metadata). Texts are tokenized before the lock is taken; a
        changed document whose text is unchanged (same `embed_hash`) only has its metadata rewritten."""
        known = self._known([i for i, *_ in items])
        prepared = []
        for node_id, content_hash, text, meta in items:
            old = known.get(node_id)
            if old is not None and old[0] == content_hash:
                continue
            same_text = old is not None and old[1] and old[1] == meta.get("embed_hash")
            prepared.append((node_id, content_hash, None if same_text else tokenize(text), meta, text))
        self._apply(prepared, [])

    def upsert_tokens(self, items: list[tuple[str, str, list[str], dict]]) -> None:
        """items: (node_id, content_hash, tokens, metadata): already tokenized (by `tokenize`)."""
        self._apply(items, [])

    def delete(self, node_ids: list[str]) -> None:
        self._apply([], node_ids)

    def _known(self, node_ids: list[str]) -> dict[str, tuple[str, str]]:
        out = {}
        with self._lock:
            for part in _chunks(list(dict.fromkeys(node_ids)), 900):
                q = f"SELECT node_id, hash, text_hash FROM docs WHERE node_id IN ({','.join('?' * len(part))})"
                out.update({nid: (h, th) for nid, h, th in self._query(q, part)})
        return out

    def _combo(self, conn, meta: dict) -> int:
        key = (str(meta.get("primary_category") or ""), str(meta.get("categories", "")))
        cid = self._combo_ids.get(key)
        if cid is None:
            row = conn.execute("SELECT id FROM combos WHERE primary_category=? AND categories=?", key).fetchone()
            cid = row[0] if row else conn.execute("INSERT INTO combos (primary_category, categories) VALUES (?, ?)",
                                                  key).lastrowid
            self._combo_ids[key] = cid
            if self._cols is not None:
                self._combos += [("", "")] * (cid + 1 - len(self._combos))
                self._combos[cid] = key
        return cid

    def _apply(self, items: list[tuple], deletes: list[str]) -> None:
        """One transaction: deletes, metadata-only updates (tokens None, same text) and new or re-tokenized
        documents (a new segment with their postings). The stored generation is cleared: until `save` names
        the Chroma generation this matches, a reader re-syncs."""
        if not items and not deletes:
            return
        with self._lock:
            self._refresh()
            done: list[tuple] = []  # what to apply to the in-memory columns once committed

            def write(conn):
                done.clear()
                if self._generation:
                    conn.execute("INSERT OR REPLACE INTO info VALUES ('generation', '')")
                lost: Counter[int] = Counter()
                for part in _chunks(list(dict.fromkeys(deletes)), 900):
                    q = f"SELECT slot, seg FROM docs WHERE node_id IN ({','.join('?' * len(part))})"
                    rows = conn.execute(q, part).fetchall()
                    conn.executemany("DELETE FROM docs WHERE slot=?", [(s,) for s, _ in rows])
                    for slot, seg in rows:
                        lost[seg] += 1
                        done.append(("kill", slot))
                latest = {}
                for item in items:  # the last one of an id wins, as with a dict
                    latest[item[0]] = item
                old = {}
                for part in _chunks(list(latest), 900):
                    q = f"SELECT node_id, slot, seg, hash FROM docs WHERE node_id IN ({','.join('?' * len(part))})"
                    old.update({r[0]: r[1:] for r in conn.execute(q, part)})
                new_docs = []
                for node_id, content_hash, tokens, meta, *text in latest.values():
                    prev = old.get(node_id)
                    if prev is not None and prev[2] == content_hash:
                        continue
                    light = _light_meta(meta)
                    first, last = _date(light, "date_first_int"), _date(light, "date_last_int")
                    combo = self._combo(conn, light)
                    text_hash = str(meta.get("embed_hash", "") or "")
                    if tokens is None and prev is not None:  # same text: metadata only, same slot and postings
                        conn.execute("UPDATE docs SET hash=?, date_first=?, date_last=?, combo=?, meta=? "
                                     "WHERE slot=?", (content_hash, first, last, combo,
                                                      json.dumps(light, ensure_ascii=False), prev[0]))
                        done.append(("meta", prev[0], first, last, combo))
                        continue
                    if tokens is None:  # another process removed it since `upsert` looked: tokenize after all
                        tokens = tokenize(text[0])
                    if prev is not None:
                        conn.execute("DELETE FROM docs WHERE slot=?", (prev[0],))
                        lost[prev[1]] += 1
                        done.append(("kill", prev[0]))
                    new_docs.append((node_id, content_hash, text_hash, tokens, light, first, last, combo))
                for seg, n in lost.items():
                    conn.execute("UPDATE segments SET live = live - ? WHERE seg=?", (n, seg))
                if new_docs:
                    seg = (conn.execute("SELECT max(seg) FROM segments").fetchone()[0] or 0) + 1
                    p_terms: list[str] = []
                    p_tfs: list[int] = []
                    p_slots: list[int] = []
                    for node_id, content_hash, text_hash, tokens, light, first, last, combo in new_docs:
                        length = len(tokens) or 1  # an empty text counts as one (placeholder) token, as before
                        slot = conn.execute(
                            "INSERT INTO docs (node_id, hash, text_hash, seg, len, date_first, date_last, combo, "
                            "meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (node_id, content_hash, text_hash, seg, length, first, last, combo,
                             json.dumps(light, ensure_ascii=False))).lastrowid
                        counts = Counter(tokens)
                        p_terms += counts.keys()
                        p_tfs += counts.values()
                        p_slots += [slot] * len(counts)
                        done.append(("add", slot, length, first, last, combo))
                    conn.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", _segment_rows(seg, p_terms, p_slots,
                                                                                              p_tfs))
                    conn.execute("INSERT INTO segments VALUES (?, ?, ?)", (seg, len(new_docs), len(new_docs)))

            if not self._write(write):
                return
            self._generation = ""
            cols = self._cols
            for op in done:
                if op[0] == "kill":
                    self._count -= 1
                    if cols is not None:
                        cols.kill(op[1])
                elif op[0] == "add":
                    self._count += 1
                    if cols is not None:
                        cols.set(*op[1:])
                elif cols is not None:  # meta
                    slot, first, last, combo = op[1:]
                    cols.date_first[slot], cols.date_last[slot], cols.combo[slot] = first, last, combo
            self._masks = {}
            self._version += 1
            self._terms, self._terms_bytes, self._segs = {}, 0, None
            self._maybe_merge()

    def _write(self, body) -> bool:
        """Run `body(conn)` in one write transaction; on a failure of the file, once more in memory."""
        for _ in range(2):
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    body(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                return True
            except sqlite3.DatabaseError as exc:
                if self._in_memory:
                    raise
                if isinstance(exc, sqlite3.OperationalError) or "readonly" in str(exc).lower():
                    self._to_memory(exc)
                else:  # malformed file: start over (empty); the store re-syncs from Chroma
                    self._reset(str(exc))
        return False

    # ---------- segments ----------
    def _maybe_merge(self) -> None:
        try:
            segs = self._query("SELECT seg, docs, live FROM segments ORDER BY seg")
        except sqlite3.DatabaseError:
            return
        for seg, docs, live in segs:  # mostly dead: rewrite alone
            if docs >= MIN_CLASS_DOCS and live * 2 < docs:
                self._merge([seg])
                return self._maybe_merge()
        classes: dict[int, list[tuple[int, int]]] = {}
        for seg, _, live in segs:
            classes.setdefault(_size_class(live), []).append((seg, live))
        for members in classes.values():
            while len(members) >= MERGE_FACTOR:
                group, members = members[:MERGE_FACTOR], members[MERGE_FACTOR:]
                if sum(n for _, n in group) <= MAX_MERGE_DOCS:
                    self._merge([s for s, _ in group])
                    return self._maybe_merge()

    def _merge(self, segs: list[int]) -> None:
        """Segments -> one: postings concatenated term by term, dead slots dropped (the tombstones go)."""
        def body(conn):
            marks = ",".join("?" * len(segs))
            live = np.array([r[0] for r in conn.execute(f"SELECT slot FROM docs WHERE seg IN ({marks})", segs)],
                            dtype=np.int64)
            new = (conn.execute("SELECT max(seg) FROM segments").fetchone()[0] or 0) + 1
            lookup = np.zeros(int(live.max()) + 1 if len(live) else 1, dtype=bool)
            lookup[live] = True
            # each segment's rows in term order (its part of the B-tree), merged term by term across segments
            streams = [conn.execute("SELECT term, ?, slots, tfs FROM postings WHERE seg=? ORDER BY term", (i, seg))
                       for i, seg in enumerate(segs)]
            terms, s_blobs, t_blobs = [], [], []
            for t, _, s, f in heapq.merge(*streams, key=lambda r: (r[0], r[1])):
                terms.append(t)
                s_blobs.append(s)
                t_blobs.append(f)
            out = _merged_rows(new, terms, s_blobs, t_blobs, lookup)
            del terms, s_blobs, t_blobs
            conn.execute(f"DELETE FROM postings WHERE seg IN ({marks})", segs)
            conn.execute(f"DELETE FROM segments WHERE seg IN ({marks})", segs)
            conn.executemany("INSERT INTO postings VALUES (?, ?, ?, ?)", out)
            conn.execute("INSERT INTO segments VALUES (?, ?, ?)", (new, len(live), len(live)))
            conn.execute(f"UPDATE docs SET seg=? WHERE seg IN ({marks})", [new, *segs])

        with self._lock:
            self._write(body)
            self._segs = None

    def compact(self) -> None:
        """Every segment merged into one (what a from-scratch rebuild would store); for benchmarks and tests."""
        with self._lock:
            rows = self._query("SELECT seg, docs - live FROM segments")
            if len(rows) > 1 or rows and rows[0][1]:
                self._merge([seg for seg, _ in rows])

    def segment_stats(self) -> dict:
        with self._lock:
            self._refresh()
            rows = self._query("SELECT count(*), coalesce(sum(docs), 0), coalesce(sum(live), 0) FROM segments")
            top = self._query("SELECT coalesce(max(slot), 0) FROM docs")[0][0]
            return {"segments": rows[0][0], "docs": rows[0][1], "live": rows[0][2], "slots": top}

    # ---------- reading documents ----------
    def _query(self, sql: str, params=()) -> list:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            self._reset(str(exc))
            return []

    def meta(self, node_id: str) -> dict | None:
        with self._lock:
            self._refresh()
            rows = self._query("SELECT meta FROM docs WHERE node_id=?", (node_id,))
        return json.loads(rows[0][0]) if rows else None

    def metas(self, node_ids: list[str]) -> dict[str, dict]:
        """node_id -> light metadata of the ids the index knows (one query per 900 ids)."""
        out = {}
        with self._lock:
            self._refresh()
            for part in _chunks(list(dict.fromkeys(node_ids)), 900):
                q = f"SELECT node_id, meta FROM docs WHERE node_id IN ({','.join('?' * len(part))})"
                out.update({nid: json.loads(m) for nid, m in self._query(q, part)})
        return out

    def slots(self, node_ids: list[str]) -> dict[str, int]:
        out = {}
        with self._lock:
            self._refresh()
            for part in _chunks(list(dict.fromkeys(node_ids)), 900):
                q = f"SELECT node_id, slot FROM docs WHERE node_id IN ({','.join('?' * len(part))})"
                out.update(dict(self._query(q, part)))
        return out

    def docs(self) -> list[tuple[str, str, str, dict]]:
        """(node_id, content_hash, text_hash, light metadata) of every document, in node id order."""
        with self._lock:
            self._refresh()
            rows = self._query("SELECT node_id, hash, text_hash, meta FROM docs ORDER BY node_id")
        return [(nid, h, th, json.loads(m)) for nid, h, th, m in rows]

    def iter_metas(self, batch: int = 5000):
        """(node_id, light metadata) of every document, read in batches: one pass over the store instead of a
        `meta` call per id (what `for nid in hashes(): meta(nid)` costs: a query each)."""
        last = -1
        while True:
            with self._lock:
                self._refresh()
                rows = self._query("SELECT slot, node_id, meta FROM docs WHERE slot > ? ORDER BY slot LIMIT ?",
                                   (last, batch))
            if not rows:
                return
            last = rows[-1][0]
            for _, nid, m in rows:
                yield nid, json.loads(m)

    def export_terms(self) -> dict[str, Counter]:
        """node_id -> its term counts (the tokens, order aside), read back from the postings (tests, benches)."""
        with self._lock:
            self._refresh()
            ids = dict(self._query("SELECT slot, node_id FROM docs"))
            out: dict[str, Counter] = {nid: Counter() for nid in ids.values()}
            for term, s, f in self._query("SELECT term, slots, tfs FROM postings"):
                for slot, tf in zip(np.frombuffer(s, dtype=np.int32).tolist(),
                                    np.frombuffer(f, dtype=np.uint16).tolist()):
                    nid = ids.get(slot)
                    if nid is not None:
                        out[nid][term] = tf
        return out

    def paper_ids_by_author(self, needle: str, limit: int) -> list[str]:
        """Paper ids whose authors contain `needle` (case-insensitive), sorted."""
        needle = needle.lower()
        with self._lock:
            self._refresh()
            if needle.isascii():  # SQLite's lower() folds ASCII only: a safe pre-filter for an ASCII needle
                rows = self._query("SELECT meta FROM docs WHERE instr(lower(meta), ?) > 0", (needle,))
            else:
                rows = self._query("SELECT meta FROM docs")
        ids = set()
        for (m,) in rows:
            meta = json.loads(m)
            if needle in str(meta.get("authors", "")).lower():
                ids.add(meta["arxiv_id"])
        return sorted(ids)[:limit]

    def share_matching(self, predicate, sample: int = 1000) -> float:
        """Estimated share of the chunks whose metadata passes `predicate` (an evenly spaced sample)."""
        with self._lock:
            self._refresh()
            cols = self._columns()
            live = np.flatnonzero(cols.alive)
            if not len(live):
                return 0.0
            picked = live[:: max(1, len(live) // sample)].tolist()
            metas = []
            for part in _chunks(picked, 900):
                metas += [json.loads(m) for (m,) in
                          self._query(f"SELECT meta FROM docs WHERE slot IN ({','.join('?' * len(part))})", part)]
        return sum(1 for m in metas if predicate(m)) / max(1, len(metas))

    # ---------- filters as columns ----------
    def mask(self, since: int = 0, until: int = 0, categories=None) -> np.ndarray:
        """Live slots passing the date range and a category predicate. `categories` is None or a pair
        (key, predicate): the predicate gets {"primary_category", "categories"} of each distinct combination of
        a document's categories (a few thousand), not each document; `key` names it for the cache."""
        with self._lock:
            cols = self._columns()
            key = (since, until, categories[0] if categories else None, self._version)
            got = self._masks.get(key)
            if got is not None:
                return got
            out = cols.alive.copy()
            if since:
                out &= cols.date_last >= since
            if until:
                out &= cols.date_first <= until
            if categories:
                ok = self._combo_ok.get(categories[0])
                if ok is None or len(ok) < len(self._combos):
                    ok = np.array([bool(categories[1]({"primary_category": p, "categories": c}))
                                   for p, c in self._combos] or [False], dtype=bool)
                    self._combo_ok[categories[0]] = ok
                out &= ok[np.minimum(cols.combo, len(ok) - 1)]
            if len(self._masks) > 8:
                self._masks.clear()
            self._masks[key] = out
            return out

    def derived(self, mask: np.ndarray) -> dict:
        """A place for what callers derive from a filter's mask (its node ids, their vectors), kept as long as
        `mask` returns this same array for the filter, i.e. until the index changes."""
        got = self._mask_derived.get(id(mask))
        if got is not None and got[0] is mask:
            return got[1]
        if len(self._mask_derived) >= 4:
            self._mask_derived.pop(next(iter(self._mask_derived)))
        self._mask_derived[id(mask)] = (mask, {})  # the mask is kept alive with it: its id is not reused meanwhile
        return self._mask_derived[id(mask)][1]

    def node_ids(self, mask: np.ndarray, limit: int) -> list[str] | None:
        """The node ids of the slots passing `mask`, or None when more than `limit` pass: a selective filter as
        an id list for Chroma. Mapping slots to ids reads SQLite (~30 ms for 10k at 150k papers): kept with the
        mask (`derived`)."""
        cache = self.derived(mask)
        if "ids" not in cache:
            slots = np.flatnonzero(mask)
            if len(slots) > limit:
                return None
            with self._lock:
                names = self._names(slots.tolist())
            cache["ids"] = [names[s] for s in slots.tolist() if s in names]
        return cache["ids"] if len(cache["ids"]) <= limit else None

    def share(self, mask: np.ndarray) -> float:
        with self._lock:
            cols = self._columns()
            return float(mask.sum()) / cols.n_live if cols.n_live else 0.0

    def passing(self, node_ids: list[str], mask: np.ndarray) -> set[str]:
        """The ids (known to the index) whose slot passes `mask`."""
        slots = self.slots(node_ids)
        return {nid for nid, s in slots.items() if s < len(mask) and mask[s]}

    # ---------- search ----------
    def _postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        if self._segs is None:
            self._segs = [r[0] for r in self._query("SELECT seg FROM segments ORDER BY seg")]
        if not self._segs:
            return None
        rows = self._query(f"SELECT slots, tfs FROM postings WHERE seg IN ({','.join(map(str, self._segs))}) "
                           "AND term=?", (term,))
        if not rows:
            return None
        if len(rows) == 1:
            return np.frombuffer(rows[0][0], dtype=np.int32), np.frombuffer(rows[0][1], dtype=np.uint16)
        return (np.concatenate([np.frombuffer(r[0], dtype=np.int32) for r in rows]),
                np.concatenate([np.frombuffer(r[1], dtype=np.uint16) for r in rows]))

    def search(self, query: str, k: int, *, paper_filter=None, since: int = 0, until: int = 0,
               categories=None) -> list[tuple[str, float]]:
        """Top-k (node_id, bm25 score) with score > 0; filters applied before ranking, not after.
        `since`/`until`/`categories` (see `mask`) are columns; `paper_filter`, a predicate on a document's light
        metadata, is checked lazily, best scores first. Equal scores are ordered by node id."""
        tokens = tokenize(query)
        with self._lock:  # scoring takes milliseconds; updates wait for it
            self._refresh()
            cols = self._columns()
            if not cols.n_live:
                return []
            n = len(cols.alive)
            scores = None
            for tok in tokens:  # a repeated query word counts again, as in bm25s
                got = self._term_weights(tok, cols)
                if got is None:
                    continue
                if scores is None:
                    scores = np.zeros(n, dtype=np.float64)
                scores[got[0]] += got[1]
            if scores is None or k <= 0:
                return []
            if since or until or categories:
                scores = np.where(self.mask(since, until, categories), scores, 0.0)
            scores = scores.astype(np.float32)
            positive = np.flatnonzero(scores > 0)
            if not len(positive):
                return []
            if paper_filter is None:
                k = min(k, len(positive))
                kth = np.partition(scores[positive], len(positive) - k)[len(positive) - k]
                cand = positive[scores[positive] >= kth].tolist()
                names = self._names(cand)
            else:
                order = positive[np.argsort(-scores[positive], kind="stable")]
                cand, names = [], {}
                for start in range(0, len(order), 256):
                    block = order[start:start + 256].tolist()
                    if len(cand) >= k and scores[block[0]] < scores[cand[k - 1]]:
                        break
                    metas = self._slot_metas(block)
                    for i in block:
                        if i in metas and paper_filter(metas[i][1]):
                            cand.append(i)
                            names[i] = metas[i][0]
            ranked = sorted(((float(scores[i]), names[i]) for i in cand if i in names),
                            key=lambda t: (-t[0], t[1]))[:k]
        return [(nid, score) for score, nid in ranked]

    def _term_weights(self, term: str, cols: _Columns) -> tuple[np.ndarray, np.ndarray] | None:
        """(live slots, BM25 weight of the term in each): idf * tf / (tf + k1 * (1 - b + b * dl / avgdl))."""
        if term in self._terms:
            got = self._terms.pop(term)
            self._terms[term] = got  # most recently used last
            return got
        got = self._postings(term)
        if got is not None:
            slots, tfs = got
            if len(slots) and int(slots.max()) >= len(cols.alive):  # given out after the columns were read
                cols.grow(int(slots.max()) + 1)
            live = cols.alive[slots]
            if not live.all():
                slots, tfs = slots[live], tfs[live]
            if len(slots):
                df = len(slots)
                avgdl = cols.total_len / cols.n_live
                tf = tfs.astype(np.float64)
                norm = K1 * ((1 - B) + B * cols.dl[slots].astype(np.float64) / avgdl)
                idf = math.log(1 + (cols.n_live - df + 0.5) / (df + 0.5))
                got = (slots, idf * tf / (tf + norm))
            else:
                got = None
        size = 64 + (12 * len(got[0]) if got is not None else 0)
        if size <= TERM_CACHE_BYTES // 4:
            while self._terms and self._terms_bytes + size > TERM_CACHE_BYTES:
                old = self._terms.pop(next(iter(self._terms)))
                self._terms_bytes -= 64 + (12 * len(old[0]) if old is not None else 0)
            self._terms[term] = got
            self._terms_bytes += size
        return got

    def _names(self, slots: list[int]) -> dict[int, str]:
        out = {}
        for part in _chunks(slots, 900):
            out.update(dict(self._query(f"SELECT slot, node_id FROM docs WHERE slot IN ({','.join('?' * len(part))})",
                                        part)))
        return out

    def _slot_metas(self, slots: list[int]) -> dict[int, tuple[str, dict]]:
        out = {}
        for part in _chunks(slots, 900):
            q = f"SELECT slot, node_id, meta FROM docs WHERE slot IN ({','.join('?' * len(part))})"
            out.update({s: (nid, json.loads(m)) for s, nid, m in self._query(q, part)})
        return out

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _segment_rows(seg: int, terms: list[str], slots: list[int], tfs: list[int]):
    """Postings rows (seg, term, slots blob, tfs blob) of a new segment, in term order (appended to the B-tree)."""
    if not terms:  # chunks without a single token (a title of punctuation): nothing to post
        return []
    ids: dict[str, int] = {}
    tid = np.fromiter((ids.setdefault(t, len(ids)) for t in terms), dtype=np.int64, count=len(terms))
    names = list(ids)
    rank = np.empty(len(names), dtype=np.int64)
    rank[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
    order = np.argsort(rank[tid], kind="stable")  # by term, then as added (slot order)
    slot_arr = np.asarray(slots, dtype=np.int32)[order]
    tf_arr = np.minimum(np.asarray(tfs, dtype=np.int64), 65535).astype(np.uint16)[order]
    sorted_rank = rank[tid][order]
    bounds = np.flatnonzero(np.diff(sorted_rank)) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [len(order)])).tolist()
    by_rank = sorted(names)
    return [(seg, by_rank[i], slot_arr[a:b].tobytes(), tf_arr[a:b].tobytes())
            for i, (a, b) in enumerate(zip(starts, ends))]


def _merged_rows(seg: int, terms: list[str], s_blobs: list[bytes], t_blobs: list[bytes], lookup: np.ndarray):
    """Rows of a merged segment: each term's postings of the old segments concatenated (rows come in term, then
    segment order), the slots `lookup` marks dead dropped."""
    if not terms:
        return []
    lengths = np.fromiter((len(b) // 4 for b in s_blobs), dtype=np.int64, count=len(s_blobs))
    slots = np.frombuffer(b"".join(s_blobs), dtype=np.int32)
    tfs = np.frombuffer(b"".join(t_blobs), dtype=np.uint16)
    keep = (slots < len(lookup)) & lookup[np.minimum(slots, len(lookup) - 1)]
    # one group per distinct term (consecutive rows), its kept postings
    first = [0] + [i for i in range(1, len(terms)) if terms[i] != terms[i - 1]]
    row_end = np.cumsum(lengths)
    group_start_post = np.concatenate(([0], row_end))[first]
    group_end_post = np.concatenate((row_end[np.asarray(first[1:], dtype=np.int64) - 1], [row_end[-1]])) \
        if len(first) > 1 else np.array([row_end[-1]])
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    a = kept_before[group_start_post].tolist()
    b = kept_before[group_end_post].tolist()
    kslots, ktfs = slots[keep], tfs[keep]
    return [(seg, terms[f], kslots[x:y].tobytes(), ktfs[x:y].tobytes())
            for f, x, y in zip(first, a, b) if y > x]


def _size_class(n: int) -> int:
    level, size = 0, MIN_CLASS_DOCS
    while n >= size:
        level, size = level + 1, size * MERGE_FACTOR
    return level


def _chunks(seq: list, n: int):
    for start in range(0, len(seq), n):
        yield seq[start:start + n]


# ---------------------------------------------------------------- the legacy JSON cache (read for migration)
def read_cache(path: Path) -> tuple[str, dict[str, dict]]:
    """(generation, docs) of a JSON cache file written by earlier versions; raises CacheInvalid or OSError."""
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
    """Every entry has the shape the JSON cache had; anything else would fail later, in a search or an ingest."""
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
    """Delete temp files of JSON cache saves (earlier versions) that no live writer owns or that are old.

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

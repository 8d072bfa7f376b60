"""The paper store: Chroma (embedded or server) holds section vectors and the paper catalogue; BM25 sits beside it.

Write order makes an interrupted ingest safe to re-run: chunks first (idempotent upserts keyed by
stable ids), then the catalogue entry (which marks the paper complete), then the generation marker
and the local BM25 cache. A re-run finds the already-embedded chunks by hash and embeds nothing twice.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from llama_index.core.schema import TextNode
from llama_index.core.vector_stores.utils import node_to_metadata_dict

from assistant.chunking import SECTIONS, node_id, paper_to_nodes
from assistant.embeddings import Embedder
from assistant.errors import AssistantError, StoreError
from assistant.keyword_index import KeywordIndex
from assistant.settings import Settings
from assistant.sources.base import merge_two
from assistant.types import IngestReport, Paper

logger = logging.getLogger(__name__)

GENERATION_ID = "__generation__"
STORE_FILE = "chroma.sqlite3"  # the embedded Chroma store's database, in `store_dir`
SQLITE_MAGIC = b"SQLite format 3\x00"
BATCH_PAPERS = 128
_GET_CHUNK = 2000


@dataclass
class _Plan:
    """One batch of papers between planning (what changed, vectors requested) and commit (writes)."""

    size: int
    papers: list[Paper]
    nodes: list[TextNode] = field(default_factory=list)
    to_embed: list[TextNode] = field(default_factory=list)
    to_touch: list[TextNode] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    vectors: Future | None = None


def open_chroma_client(settings: Settings):
    """Embedded PersistentClient by default; HttpClient when `ASSISTANT_CHROMA_URL` is set. Telemetry off.

    An existing embedded store file is checked first (`check_store_file`): Chroma would take an empty or
    damaged file for a new store and write an empty one over it."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    where = settings.chroma_url or settings.store_dir
    try:
        if settings.chroma_url:
            from urllib.parse import urlparse

            url = urlparse(settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}")
            return chromadb.HttpClient(host=url.hostname or "localhost", port=url.port or 8000,
                                       ssl=url.scheme == "https", settings=chroma_settings)
        settings.store_dir.mkdir(parents=True, exist_ok=True)
        check_store_file(settings.store_dir / STORE_FILE)
        return chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings)
    except AssistantError:
        raise
    except Exception as exc:  # chromadb raises ValueError/ConnectionError/... depending on the backend
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


def check_store_file(db: Path) -> None:
    """Raise StoreError if `db` exists but is not a whole SQLite database (0 bytes, foreign bytes, cut short).

    Reads only the 100-byte header; a missing file is a new store. A file cut short is recognised by the
    database size its header records, when that field is valid and no journal (a writer at work, or a crash
    SQLite will roll back on open) is beside it."""
    hint = "nothing was changed; restore it from a backup, or move it away to start an empty store"
    try:
        info = db.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot read the store file {db}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"the store file {db} is not a regular file; {hint}")
    if info.st_size == 0:
        raise StoreError(f"the store file {db} is empty (0 bytes), not a Chroma database; {hint}")
    try:
        with open(db, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read the store file {db}: {exc.strerror or exc}") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise StoreError(f"the store file {db} is not an SQLite database ({info.st_size} bytes); {hint}")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreError(f"the store file {db} has a damaged header (page size {page_size}); {hint}")
    pages = int.from_bytes(head[28:32], "big")
    size_field_valid = head[24:28] == head[92:96]  # "version-valid-for" == change counter
    if size_field_valid and pages and info.st_size < pages * page_size and not _journal_beside(db):
        after = db.stat()
        if after.st_size == info.st_size and after.st_mtime_ns == info.st_mtime_ns and not _journal_beside(db):
            raise StoreError(f"the store file {db} is cut short ({info.st_size} bytes; its header says "
                             f"{pages * page_size}); {hint}")


def peek_record_counts(db: Path, collections: list[str]) -> dict[str, int] | None:
    """Records (stored or still in Chroma's write-ahead queue) per collection, 0 for a missing collection, read
    through a read-only SQLite connection that changes nothing. None when that cannot tell (a hot journal to roll
    back, a locked file, another Chroma schema): the caller then lets Chroma open the store."""
    import sqlite3

    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        out: dict[str, int] = {}
        for name in collections:
            row = con.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
            if row is None:
                out[name] = 0
                continue
            stored = con.execute("SELECT COUNT(*) FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                                 "WHERE s.collection = ?", (row[0],)).fetchone()[0]
            queued = con.execute("SELECT COUNT(*) FROM embeddings_queue WHERE topic LIKE ?",
                                 (f"%/{row[0]}",)).fetchone()[0]
            out[name] = stored + queued
        return out
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _journal_beside(db: Path) -> bool:
    for suffix in ("-journal", "-wal"):
        try:
            if os.stat(f"{db}{suffix}").st_size > 0:
                return True
        except OSError:
            continue
    return False


class PaperStore:
    """Section vectors + paper catalogue in Chroma, BM25 beside them, kept in sync."""

    def __init__(self, settings: Settings, embedder: Embedder, client=None):
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.settings = settings
        self.embedder = embedder
        name = settings.collection_name()
        # With a Chroma server several app instances share one store; each keeps its own BM25 cache,
        # named after the server, and re-syncs it when the shared generation marker moves.
        # (a stable digest: the built-in hash() of a str changes with every process, which made each restart
        # miss its cache and rebuild BM25 from scratch, leaving one stale file behind per run)
        cache_name = f"bm25-{name}.json" if not settings.chroma_url else \
            f"bm25-{name}-{hashlib.sha256(settings.chroma_url.encode()).hexdigest()[:8]}.json"
        # The cache is read first: it knows how many chunks the store had ("had papers, now none" below).
        self.keywords = KeywordIndex(settings.store_dir / cache_name)
        if client is None and not settings.chroma_url and len(self.keywords):
            self._check_not_lost_before_open(name)
        self.client = client or open_chroma_client(settings)
        try:
            if len(self.keywords) and not self._has_collection(name):
                raise StoreError(self._lost_message())  # before creating an empty collection in it
            self.chunks = self.client.get_or_create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
            self.catalog = self.client.get_or_create_collection(f"{name}_papers", embedding_function=None)
        except AssistantError:
            raise
        except Exception as exc:
            raise StoreError(f"cannot open collection {name}: {exc}") from exc
        self.vector_store = ChromaVectorStore(chroma_collection=self.chunks)
        self._checked_at = 0.0
        self._sync_lock = threading.Lock()  # one re-sync at a time; request threads of `serve` share the store
        try:
            self.ensure_keyword_sync(force=True)
        except AssistantError:
            raise
        except Exception as exc:  # e.g. sqlite3.DatabaseError from a damaged file the header check let through
            raise StoreError(f"cannot read the store at {self._where()}: {exc}") from exc

    def _check_not_lost_before_open(self, name: str) -> None:
        """The embedded store, when the BM25 cache knows chunks: refuse a store file that is missing or holds none
        of our records before Chroma opens it (opening writes to the file; a missing one would be created)."""
        db = self.settings.store_dir / STORE_FILE
        if not (db.exists() or db.is_symlink()):
            raise StoreError(self._lost_message())
        check_store_file(db)
        counts = peek_record_counts(db, [name, f"{name}_papers"])
        if counts is not None and not any(counts.values()):
            raise StoreError(self._lost_message())

    def _has_collection(self, name: str) -> bool:
        from chromadb.errors import NotFoundError

        try:
            self.client.get_collection(name, embedding_function=None)
        except NotFoundError:
            return False
        return True

    def _where(self) -> str:
        return self.settings.chroma_url or str(self.settings.store_dir / STORE_FILE)

    def _lost_message(self) -> str:
        cache = self.keywords.path
        return (f"the store {self._where()} holds no papers, but the BM25 cache {cache} lists "
                f"{len(self.keywords)} chunks from it (a replaced, emptied or reset store?); nothing was changed: "
                f"restore the store, or delete {cache} to start with an empty one")

    # ---------- generation marker / BM25 sync ----------
    def _generation(self) -> str:
        got = self.catalog.get(ids=[GENERATION_ID], include=["documents"])
        return (got["documents"][0] or "") if got["ids"] else ""

    def _bump_generation(self) -> str:
        gen = uuid.uuid4().hex
        self.catalog.upsert(ids=[GENERATION_ID], documents=[gen], embeddings=[[0.0]],
                            metadatas=[{"kind": "generation"}])
        return gen

    def ensure_keyword_sync(self, force: bool = False, max_age: float = 5.0) -> None:
        """Bring BM25 in line with Chroma when the shared generation differs (another process wrote)."""
        if not force and time.monotonic() - self._checked_at < max_age:
            return
        # One re-sync at a time. A search does not queue behind a running one: it uses the index as it is.
        if not self._sync_lock.acquire(blocking=force):
            return
        try:
            gen = self._generation()
            count = self.chunks.count()
            if not (gen == self.keywords.generation and len(self.keywords) == count):
                # "Had papers, now none": BM25 (from the cache or this process) knows chunks, and Chroma has no
                # chunk and not even the generation marker, which every ingest writes first and `remove` keeps
                # (a store emptied by `remove` is fine). Re-syncing would overwrite the cache with an empty one.
                if count == 0 and not gen and len(self.keywords):
                    raise StoreError(self._lost_message())
                self._resync_keywords(gen)
            self._checked_at = time.monotonic()
        finally:
            self._sync_lock.release()

    def _resync_keywords(self, gen: str) -> None:
        logger.info("syncing the BM25 index with the vector store")
        have = self.keywords.hashes()
        seen: set[str] = set()
        total = self.chunks.count()
        for offset in range(0, total, _GET_CHUNK):
            got = self.chunks.get(include=["metadatas"], limit=_GET_CHUNK, offset=offset)
            stale = [i for i, m in zip(got["ids"], got["metadatas"]) if have.get(i) != m.get("content_hash")]
            seen.update(got["ids"])
            if stale:
                docs = self.chunks.get(ids=stale, include=["documents", "metadatas"])
                self.keywords.upsert([(i, m.get("content_hash", ""), d or "", m)
                                      for i, d, m in zip(docs["ids"], docs["documents"], docs["metadatas"])])
        self.keywords.delete([i for i in have if i not in seen])
        self.keywords.save(gen)

    # ---------- catalogue ----------
    def get_papers(self, ids: Iterable[str]) -> dict[str, Paper]:
        ids = [i for i in dict.fromkeys(ids) if i != GENERATION_ID]
        out: dict[str, Paper] = {}
        for start in range(0, len(ids), _GET_CHUNK):
            got = self.catalog.get(ids=ids[start:start + _GET_CHUNK], include=["documents"])
            for pid, doc in zip(got["ids"], got["documents"]):
                try:
                    out[pid] = Paper.model_validate_json(doc)
                except ValueError:
                    logger.warning("catalogue entry %s is unreadable; it will be rewritten on the next ingest", pid)
        return out

    def get_paper(self, arxiv_id: str) -> Paper | None:
        return self.get_papers([arxiv_id]).get(arxiv_id)

    def iter_papers(self, batch: int = _GET_CHUNK) -> Iterable[Paper]:
        total = self.catalog.count()
        for offset in range(0, total, batch):
            got = self.catalog.get(include=["documents"], limit=batch, offset=offset)
            for pid, doc in zip(got["ids"], got["documents"]):
                if pid == GENERATION_ID:
                    continue
                try:
                    paper = Paper.model_validate_json(doc or "")
                except ValueError:  # as in get_papers: one damaged entry must not fail `stats` or the browser
                    logger.warning("catalogue entry %s is unreadable; it will be rewritten on the next ingest", pid)
                    continue
                yield paper

    def paper_count(self) -> int:
        return self.catalog.count() - (1 if self._generation() else 0)

    # ---------- writes ----------
    def ingest(self, papers: list[Paper], report: IngestReport | None = None,
               progress: Callable[[int], None] | None = None) -> IngestReport:
        """Upsert papers (merged with what the store already has). Unchanged papers cost no embedding.

        Two-stage pipeline: while batch N's vectors are computed (worker processes), batch N-1 is written.
        Ids are unique within one call (parsing merged duplicates), so planning ahead is safe.
        """
        report = report or IngestReport()
        # Catch up with other writers first: the generation saved with our BM25 cache below must describe
        # everything in Chroma, not only this call's papers.
        self.ensure_keyword_sync(force=True)
        # Move the generation marker before the first write: if this process dies before the final bump and
        # BM25 save, the marker matches no saved BM25 cache, so whoever opens the store next re-syncs BM25 from
        # Chroma. (Without it a crash after a metadata-only update, e.g. papers re-listed on a new day, kept
        # the chunk count equal and the old marker, and the stale BM25 entries were never repaired.)
        self._bump_generation()
        pending: _Plan | None = None
        try:
            for start in range(0, len(papers), BATCH_PAPERS):
                plan = self._plan(papers[start:start + BATCH_PAPERS], report)
                if pending is not None:
                    self._commit(pending, report)
                    if progress:
                        progress(pending.size)
                pending = plan
            if pending is not None:
                self._commit(pending, report)
                if progress:
                    progress(pending.size)
        finally:
            self.keywords.save(self._bump_generation())
        return report

    def _plan(self, incoming: list[Paper], report: IngestReport) -> _Plan:
        stored = self.get_papers(p.arxiv_id for p in incoming)
        merged: list[Paper] = []
        for paper in incoming:
            old = stored.get(paper.arxiv_id)
            new = merge_two(old, paper) if old else paper
            if old is None:
                report.papers_added += 1
            elif new == old:
                report.papers_unchanged += 1
                continue
            else:
                report.papers_updated += 1
            merged.append(new)
        plan = _Plan(size=len(incoming), papers=merged)
        if not merged:
            return plan
        plan.nodes = [n for p in merged for n in paper_to_nodes(p)]
        all_ids = [node_id(p.arxiv_id, s) for p in merged for s in SECTIONS]
        existing = self.chunks.get(ids=all_ids, include=["metadatas"])
        have = {i: m for i, m in zip(existing["ids"], existing["metadatas"])}
        wanted = {n.node_id for n in plan.nodes}
        plan.to_embed = [n for n in plan.nodes
                         if have.get(n.node_id, {}).get("embed_hash") != n.metadata["embed_hash"]]
        embed_ids = {n.node_id for n in plan.to_embed}
        plan.to_touch = [n for n in plan.nodes if n.node_id not in embed_ids
                         and have[n.node_id].get("content_hash") != n.metadata["content_hash"]]
        plan.gone = [i for i in have if i not in wanted]
        if plan.to_embed:
            plan.vectors = self.embedder.embed_async([n.get_content() for n in plan.to_embed])
        return plan

    def _commit(self, plan: _Plan, report: IngestReport) -> None:
        if not plan.papers:
            return
        if plan.to_embed:
            vectors = plan.vectors.result()
            report.chunks_embedded += len(plan.to_embed)
            self._write_nodes(plan.to_embed, vectors)
        if plan.to_touch:
            # same text (same embed_hash): rewrite metadata only; passing documents would make Chroma re-embed
            self.chunks.update(ids=[n.node_id for n in plan.to_touch],
                               metadatas=[self._meta(n) for n in plan.to_touch])
        if plan.gone:
            self.chunks.delete(ids=plan.gone)
            self.keywords.delete(plan.gone)
        # The catalogue entry is written last: it marks the paper complete (see the module docstring).
        self.catalog.upsert(ids=[p.arxiv_id for p in plan.papers],
                            documents=[p.model_dump_json() for p in plan.papers],
                            embeddings=[[0.0]] * len(plan.papers),
                            metadatas=[{"kind": "paper", "hash": p.content_hash()} for p in plan.papers])
        self.keywords.upsert([(n.node_id, n.metadata["content_hash"], n.get_content(), n.metadata)
                              for n in plan.nodes])

    @staticmethod
    def _meta(node: TextNode) -> dict:
        meta = node_to_metadata_dict(node, remove_text=True, flat_metadata=True)
        return {k: ("" if v is None else v) for k, v in meta.items()}

    def _write_nodes(self, nodes: list[TextNode], vectors) -> None:
        self.chunks.upsert(ids=[n.node_id for n in nodes], embeddings=vectors,
                           metadatas=[self._meta(n) for n in nodes], documents=[n.get_content() for n in nodes])

    def remove(self, arxiv_ids: list[str]) -> list[str]:
        """Delete papers (all sections + catalogue entry); returns the ids that existed."""
        found = list(self.get_papers(arxiv_ids))
        if found:
            self.ensure_keyword_sync(force=True)
            node_ids = [node_id(a, s) for a in found for s in SECTIONS]
            self.chunks.delete(ids=node_ids)
            self.catalog.delete(ids=found)
            self.keywords.delete(node_ids)
            self.keywords.save(self._bump_generation())
        return found

    def status(self) -> tuple[bool, str]:
        """(reachable?, text) for the status panel: a heartbeat of the Chroma server, or the embedded store."""
        try:
            self.client.heartbeat()
        except Exception as exc:  # a server that went away: say so, do not raise
            return False, f"not reachable ({exc.__class__.__name__})"
        return True, "reachable" if self.settings.chroma_url else "embedded"

    # ---------- stats ----------
    def stats(self) -> dict:
        from collections import Counter

        cats: Counter[str] = Counter()
        first, last, n = "", "", 0
        usable = 0
        for paper in self.iter_papers():
            n += 1
            usable += paper.summary_usable
            if paper.primary_category:
                cats[paper.primary_category] += 1
            if paper.dates:
                first = min(first or paper.dates[0], paper.dates[0])
                last = max(last, paper.dates[-1])
        return {
            "papers": n,
            "chunks": self.chunks.count(),
            "papers_with_chinese_summary": usable,
            "date_first": first,
            "date_last": last,
            "categories": dict(cats.most_common()),
            "collection": self.settings.collection_name(),
            "embedder": self.settings.embedder_id(),
            "store": self.settings.chroma_url or str(self.settings.store_dir),
        }

"""The paper store: Chroma (embedded or server) holds section vectors and the paper catalogue; BM25 sits beside it.

Write order makes an interrupted ingest safe to re-run: chunks first (idempotent upserts keyed by
stable ids), then the catalogue entry (which marks the paper complete), then the generation marker
and the local BM25 cache. A re-run finds the already-embedded chunks by hash and embeds nothing twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field

from llama_index.core.schema import TextNode

from assistant.chunking import SECTIONS, node_id, paper_to_nodes
from assistant.embeddings import Embedder
from assistant.errors import AssistantError, StoreError
from assistant.keyword_index import KeywordIndex, tokenize_many
from assistant.settings import Settings
from assistant.sources.base import merge_two
from assistant.store_files import STORE_FILE, check_store_file, open_chroma_client, peek_record_counts
from assistant.types import IngestReport, Paper

logger = logging.getLogger(__name__)

GENERATION_ID = "__generation__"
# A chunk's text is this metadata entry, not Chroma's document: Chroma also writes every document into a SQLite
# full-text index that nothing here queries, a quarter of its write cost per chunk (issue 15). Stores written
# before keep their texts as documents; readers take either (`chunk_text`).
TEXT_KEY = "_text"
# Likewise a catalogue entry's paper JSON is this metadata entry, not a document: the full-text index of 4 KB of
# JSON per paper made the catalogue write cost ~3 ms per paper (~1.9 ms as metadata). Readers take either
# (`catalog_json`).
PAPER_KEY = "_paper"
BATCH_PAPERS = 128
# Catalogue entries are written for this many papers at once (a Chroma call costs ~0.1 s of CPU whatever its size:
# 1.9 ms per paper in calls of 100, 0.9 in calls of 400). Chunks first, the catalogue after, as before: a paper whose
# entry a crash left unwritten is re-added by the next ingest without re-embedding (its chunks' hashes match).
CATALOG_BATCH = 512
# HNSW graph of the chunk collection: Chroma's defaults (ef_construction 100, 16 neighbours). ef_construction 64
# cost 17-20 % less insert CPU (50k chunks) but lost retrieval: on the whole corpus, 300 sampled papers, dense R@5
# en->paper 0.873 -> 0.853 and hybrid en->zh 0.496 -> 0.482 (bench/RESULTS.md, "ingest-speed", session 13).
HNSW_CONFIG = {"space": "cosine"}
# The change log (collection `<name>_changes`): one record per write, under the generation it ended with, naming the
# generation it started from and the chunk ids it upserted and deleted. An instance whose BM25 index matches an
# earlier generation replays the records instead of paging through every chunk's metadata (minutes at 150k
# papers): instances of one Chroma server keep an index each, and each caught up in full after any other's daily
# sync. A write that starts logs a pending record, so others wait for it rather than re-sync against half of it.
LOGGED_IDS_MAX = 5000  # a larger write logs no ids: a reader re-syncs in full, as it would have anyway
CHANGE_LOG_KEEP = 64  # records kept: an instance more writes behind than this re-syncs in full
WRITE_PENDING_FOR = 30 * 60.0  # s: a pending record older than this is a writer that died
PLANS_AHEAD = 3
_GET_CHUNK = 2000


@dataclass
class _Change:
    """What one write did to the chunks, for the change log (`complete` once it finished without an error)."""

    upserted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    complete: bool = False


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
    tokens: Future | None = None  # BM25 tokens of `to_embed` (their text changed), computed beside the vectors


class PaperStore:
    """Section vectors + paper catalogue in Chroma, BM25 beside them, kept in sync."""

    def __init__(self, settings: Settings, embedder: Embedder, client=None):
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.settings = settings
        self.embedder = embedder
        name = settings.collection_name()
        # With a Chroma server several app instances share one store; each keeps its own BM25 index,
        # named after the server, and re-syncs it when the shared generation marker moves. (An embedded store's
        # processes share one index file: each notices the others' commits.) The index is a SQLite file since
        # issue 15; a JSON cache of an earlier version beside it (same name, `.json`) is migrated on first open.
        # (a stable digest: the built-in hash() of a str changes with every process, which made each restart
        # miss its cache and rebuild BM25 from scratch, leaving one stale file behind per run)
        cache_name = f"bm25-{name}.sqlite3" if not settings.chroma_url else \
            f"bm25-{name}-{hashlib.sha256(settings.chroma_url.encode()).hexdigest()[:8]}.sqlite3"
        # The cache is read first: it knows how many chunks the store had ("had papers, now none" below).
        self.keywords = KeywordIndex(settings.store_dir / cache_name)
        if client is None and not settings.chroma_url and len(self.keywords):
            self._check_not_lost_before_open(name)
        self.client = client or open_chroma_client(settings)
        try:
            if len(self.keywords) and not self._has_collection(name):
                raise StoreError(self._lost_message())  # before creating an empty collection in it
            self.chunks = self.client.get_or_create_collection(
                name, embedding_function=None, configuration={"hnsw": dict(HNSW_CONFIG)})
            self.catalog = self.client.get_or_create_collection(f"{name}_papers", embedding_function=None)
            self.changes = self.client.get_or_create_collection(f"{name}_changes", embedding_function=None)
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

    def generation_moved(self) -> bool:
        """Another process wrote since the BM25 index was last synced (one Chroma read by id)."""
        return self._generation() != self.keywords.generation

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
                if self._writer_active():
                    return  # its writes reach this index file as they commit; checked again at the next call
                caught_up = self._replay_changes(gen)
                if caught_up is None:
                    return  # another instance is writing: its record will say what changed
                if not caught_up:
                    self._resync_keywords(gen)
            self._checked_at = time.monotonic()
        finally:
            self._sync_lock.release()

    @contextlib.contextmanager
    def _writing(self):
        """Marks a write of this store, from the generation bump to the matching BM25 save, with a shared flock
        beside the BM25 index file. The processes sharing that file see the writer's BM25 updates as they
        commit, so while any writer is active a moved generation or chunk count is no reason to re-sync: a
        re-sync pages through every chunk's metadata in Chroma (minutes at 150k papers), and a `serve` process
        did one each time the daily sync wrote. A writer that dies releases the lock; the next check re-syncs."""
        try:
            handle = open(self._writer_lock_path(), "a+")  # noqa: SIM115 (held for the whole write)
        except OSError:  # a read-only directory: no marker, readers fall back to re-syncing
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_SH)
            yield
        finally:
            handle.close()

    def _writer_active(self) -> bool:
        """Some process (this one included) is inside `_writing` for this store's BM25 index file."""
        try:
            handle = open(self._writer_lock_path(), "a+")  # noqa: SIM115
        except OSError:
            return False
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
            return False

    def _writer_lock_path(self):
        path = self.keywords.path
        if path is None:  # an in-memory index (tests): nothing is shared
            raise OSError("no index file")
        return path.with_name(f".{path.name}.writer")

    # ---------- change log ----------
    def _log_start(self, prev: str, gen: str) -> None:
        """A pending record: a write from `prev` is under way (its generation `gen` is the marker meanwhile)."""
        self.changes.upsert(ids=[gen], embeddings=[[0.0]],
                            metadatas=[{"prev": prev, "at": time.time(), "pending": 1, "writer": self._writer_id()}])

    def _writer_id(self) -> str:
        """Who shares this instance's BM25 index file (host and path): a pending record of such a writer whose
        writer lock is free belongs to a process that died mid-write, not to another instance still writing."""
        path = self.keywords.path
        return f"{socket.gethostname()}:{os.path.realpath(path)}" if path is not None else ""

    def _log_end(self, start: str, prev: str, gen: str, change: _Change) -> None:
        """The finished write's record (from `prev` to `gen`); its pending record and the oldest records go. A
        write that failed, or changed more than LOGGED_IDS_MAX chunks, logs no ids: readers re-sync in full."""
        upserted, deleted = sorted(set(change.upserted)), sorted(set(change.deleted))
        meta = {"prev": prev, "at": time.time(), "pending": 0}
        if change.complete and len(upserted) + len(deleted) <= LOGGED_IDS_MAX:
            meta.update(upserted=json.dumps(upserted), deleted=json.dumps(deleted))
        self.changes.upsert(ids=[gen], embeddings=[[0.0]], metadatas=[meta])
        old = self.changes.get(include=["metadatas"])
        records = sorted(((i, m) for i, m in zip(old["ids"], old["metadatas"]) if i != start),
                         key=lambda r: r[1].get("at", 0.0))
        self.changes.delete(ids=[start] + [i for i, _ in records[:-CHANGE_LOG_KEEP]])

    @staticmethod
    def _try_log(write: Callable, *args) -> None:
        """The log only saves readers work: a failed record write costs them a full re-sync, not the write."""
        try:
            write(*args)
        except Exception as exc:  # noqa: BLE001
            logger.warning("could not write the change log (other instances will re-sync BM25 in full): %s", exc)

    def _replay_changes(self, gen: str) -> bool | None:
        """Catch BM25 up from its generation to `gen` with the change log: True when done, False when the log
        cannot say (no record, a gap, a write too large to log: re-sync in full), None while a write is pending."""
        have = self.keywords.generation
        if not have or not gen:
            return False
        chain, at = [], gen
        while at != have:
            got = self.changes.get(ids=[at], include=["metadatas"])
            if not got["ids"] or len(chain) > CHANGE_LOG_KEEP:
                return False
            meta = got["metadatas"][0]
            if meta.get("pending"):
                # A writer's marker: wait for its record, unless it has been pending so long that it died, or it
                # shared our index file and no longer holds the writer lock (killed mid-write on this machine).
                if chain or time.time() - meta.get("at", 0.0) >= WRITE_PENDING_FOR:
                    return False
                mine = bool(meta.get("writer")) and meta.get("writer") == self._writer_id()
                return False if mine and not self._writer_active() else None
            if "upserted" not in meta:
                return False
            chain.append(meta)
            at = meta.get("prev", "")
        upserted: set[str] = set()
        deleted: set[str] = set()
        for meta in reversed(chain):  # oldest first
            for i in json.loads(meta["deleted"]):
                upserted.discard(i)
                deleted.add(i)
            for i in json.loads(meta["upserted"]):
                deleted.discard(i)
                upserted.add(i)
        got = self.chunks.get(ids=sorted(upserted), include=["documents", "metadatas"]) if upserted else None
        if got:
            self.keywords.upsert([(i, m.get("content_hash", ""), chunk_text(d, m), m)
                                  for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])])
            deleted |= upserted - set(got["ids"])  # upserted, then removed by a write the log no longer holds
        self.keywords.delete(sorted(deleted))
        if len(self.keywords) != self.chunks.count():
            return False  # the log missed something: re-sync in full
        self.keywords.save(gen)
        logger.info("BM25 caught up with %d write(s) of other instances: %d chunks upserted, %d deleted",
                    len(chain), len(upserted), len(deleted))
        return True

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
                self.keywords.upsert([(i, m.get("content_hash", ""), chunk_text(d, m), m)
                                      for i, d, m in zip(docs["ids"], docs["documents"], docs["metadatas"])])
        self.keywords.delete([i for i in have if i not in seen])
        self.keywords.save(gen)

    # ---------- catalogue ----------
    def get_papers(self, ids: Iterable[str]) -> dict[str, Paper]:
        ids = [i for i in dict.fromkeys(ids) if i != GENERATION_ID]
        out: dict[str, Paper] = {}
        for start in range(0, len(ids), _GET_CHUNK):
            got = self.catalog.get(ids=ids[start:start + _GET_CHUNK], include=["documents", "metadatas"])
            for pid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                try:
                    out[pid] = Paper.model_validate_json(catalog_json(doc, meta))
                except ValueError:
                    logger.warning("catalogue entry %s is unreadable; it will be rewritten on the next ingest", pid)
        return out

    def get_paper(self, arxiv_id: str) -> Paper | None:
        return self.get_papers([arxiv_id]).get(arxiv_id)

    def iter_papers(self, batch: int = _GET_CHUNK) -> Iterable[Paper]:
        total = self.catalog.count()
        for offset in range(0, total, batch):
            got = self.catalog.get(include=["documents", "metadatas"], limit=batch, offset=offset)
            for pid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                if pid == GENERATION_ID:
                    continue
                try:
                    paper = Paper.model_validate_json(catalog_json(doc, meta))
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

        Pipeline: while the next batches' vectors are computed (worker processes), the oldest batch is written.
        Ids are unique within one call (parsing merged duplicates), so planning ahead is safe.
        """
        report = report or IngestReport()
        # Catch up with other writers first: the generation saved with our BM25 cache below must describe
        # everything in Chroma, not only this call's papers.
        self.ensure_keyword_sync(force=True)
        with self._writing():
            return self._ingest(papers, report, progress)

    def _ingest(self, papers: list[Paper], report: IngestReport,
                progress: Callable[[int], None] | None) -> IngestReport:
        # Up to PLANS_AHEAD batches are planned (their vectors requested) before the oldest is written, so the
        # embedding workers have queued work while this process writes. (On a 1,661-paper ingest 1, 3 and 6 ahead
        # took the same time, within noise; the depth matters once the workers run behind this process in
        # priority, see embeddings.WORKER_NICENESS, which was not measured apart.)
        pending: deque[_Plan] = deque()
        unlisted: list[Paper] = []  # written chunks whose catalogue entries are not yet written
        with self._logged_write() as change:
            try:
                for start in range(0, len(papers), BATCH_PAPERS):
                    pending.append(self._plan(papers[start:start + BATCH_PAPERS], report))
                    if len(pending) > PLANS_AHEAD:
                        self._commit_next(pending, unlisted, change, report, progress)
                while pending:
                    self._commit_next(pending, unlisted, change, report, progress)
                self._write_catalog(unlisted)
            except BaseException:
                # The batches committed before the failure are complete: list them (unless the store itself fails).
                with contextlib.suppress(Exception):
                    self._write_catalog(unlisted)
                raise
        return report

    @contextlib.contextmanager
    def _logged_write(self):
        """One write: the generation marker moves before the first change and after the last, and the change log
        gets its records. Moving the marker first matters: if this process dies before the final bump and BM25
        save, the marker matches no saved BM25 index, so whoever opens the store next re-syncs BM25 from Chroma.
        (Without it a crash after a metadata-only update, e.g. papers re-listed on a new day, kept the chunk count
        equal and the old marker, and the stale BM25 entries were never repaired.)"""
        prev = self._generation()
        start = self._bump_generation()
        self._try_log(self._log_start, prev, start)
        change = _Change()
        try:
            yield change
            change.complete = True
        finally:
            gen = self._bump_generation()
            self.keywords.save(gen)
            self._try_log(self._log_end, start, prev, gen, change)

    def _commit_next(self, pending: deque[_Plan], unlisted: list[Paper], change: _Change, report: IngestReport,
                     progress: Callable[[int], None] | None) -> None:
        plan = pending.popleft()
        self._commit(plan, report)
        change.upserted += [n.node_id for n in (*plan.to_embed, *plan.to_touch)]
        change.deleted += plan.gone
        unlisted += plan.papers
        if len(unlisted) >= CATALOG_BATCH:
            self._write_catalog(unlisted)
        if progress:
            progress(plan.size)

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
            texts = [n.get_content() for n in plan.to_embed]
            plan.vectors = self.embedder.embed_documents_async(texts)
            if len(texts) >= 64:  # a batch worth shipping to a worker process
                plan.tokens = self.embedder.submit(tokenize_many, texts)
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
        tokenized = {}
        if plan.tokens is not None:
            tokenized = {n.node_id: toks for n, toks in zip(plan.to_embed, plan.tokens.result())}
            self.keywords.upsert_tokens([(n.node_id, n.metadata["content_hash"], tokenized[n.node_id], n.metadata)
                                         for n in plan.to_embed])
        self.keywords.upsert([(n.node_id, n.metadata["content_hash"], n.get_content(), n.metadata)
                              for n in plan.nodes if n.node_id not in tokenized])

    def _write_catalog(self, papers: list[Paper]) -> None:
        """Catalogue entries of papers whose chunks are written: an entry marks its paper complete (see the module
        docstring). Empties `papers`."""
        for start in range(0, len(papers), CATALOG_BATCH):
            part = papers[start:start + CATALOG_BATCH]
            self.catalog.upsert(ids=[p.arxiv_id for p in part], embeddings=[[0.0]] * len(part),
                                metadatas=[catalog_entry(p) for p in part])
        papers.clear()

    @staticmethod
    def _meta(node: TextNode) -> dict:
        """The chunk's Chroma metadata: its flat metadata and its text. Not llama-index's `_node_content` (a
        JSON copy of the node that nothing reads: 7 % of the write cost)."""
        meta = {}
        for key, value in node.metadata.items():
            if value is not None and not isinstance(value, (str, int, float, bool)):
                raise ValueError(f"metadata {key!r} of {node.node_id} is not flat: {type(value).__name__}")
            meta[key] = "" if value is None else value
        meta[TEXT_KEY] = node.get_content()
        return meta

    def _write_nodes(self, nodes: list[TextNode], vectors) -> None:
        self.chunks.upsert(ids=[n.node_id for n in nodes], embeddings=vectors,
                           metadatas=[self._meta(n) for n in nodes])

    def remove(self, arxiv_ids: list[str]) -> list[str]:
        """Delete papers (all sections + catalogue entry); returns the ids that existed."""
        found = list(self.get_papers(arxiv_ids))
        if found:
            self.ensure_keyword_sync(force=True)
            node_ids = [node_id(a, s) for a in found for s in SECTIONS]
            with self._writing(), self._logged_write() as change:
                self.chunks.delete(ids=node_ids)
                self.catalog.delete(ids=found)
                self._forget_replies(found)
                self.keywords.delete(node_ids)
                change.deleted += node_ids
        return found

    def _forget_replies(self, arxiv_ids: list[str]) -> None:
        """A removed paper's cached translations go with it (they would only be ignored, never deleted)."""
        from assistant.llm_reply_cache import LLMReplyCache

        try:
            cache = LLMReplyCache(self)
            for arxiv_id in arxiv_ids:
                cache.invalidate(arxiv_id)
        except AssistantError as exc:  # the papers are gone either way; a stale cache entry is harmless
            logger.warning("could not drop cached translations of removed papers: %s", exc)

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


def catalog_entry(paper: Paper) -> dict:
    """A paper's catalogue metadata: its kind, content hash and JSON (`PAPER_KEY`)."""
    return {"kind": "paper", "hash": paper.content_hash(), PAPER_KEY: paper.model_dump_json()}


def catalog_json(document: str | None, meta: dict | None) -> str:
    """A catalogue entry's paper JSON: the metadata entry (since issue 15) or, in an older store, the document.
    Chroma's upsert merges metadata and keeps a document it is not given, so an entry can hold both: this code
    rewriting an old entry leaves the old document behind, an older version rewriting a new one leaves the old
    metadata entry. The one matching the entry's content hash is current."""
    meta = meta or {}
    stored = meta.get(PAPER_KEY)
    if stored and document and stored != document:
        try:
            if Paper.model_validate_json(stored).content_hash() != meta.get("hash"):
                return document
        except ValueError:
            return document
    return stored or document or ""


def chunk_text(document: str | None, meta: dict | None) -> str:
    """A stored chunk's text: the metadata entry (since issue 15) or, in an older store, the document."""
    return document or (meta or {}).get(TEXT_KEY) or ""

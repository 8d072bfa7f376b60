"""Hybrid retrieval: dense (Chroma) + BM25 (jieba/stemmed), fused by reciprocal rank, grouped to papers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from llama_index.core.vector_stores.types import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
)
from llama_index.vector_stores.chroma.base import _to_chroma_filter  # what ChromaVectorStore.query uses (pinned)

from assistant.errors import StoreError
from assistant.index import PaperStore, chunk_text
from assistant.types import SearchHit

logger = logging.getLogger(__name__)

MAX_AUTHOR_IDS = 2000
# A filter keeping at least this share of the chunks is applied after an unfiltered dense query (see
# `HybridRetriever._dense_post_filtered`); a narrower one goes to Chroma's `where`.
MIN_POST_FILTER_SHARE = 0.05
# ... asking Chroma for at most this many unfiltered neighbours (HNSW's cost grows with the number asked for)
MAX_POST_FETCH = 8000
# A narrower filter matching at most this many chunks goes to Chroma as the list of their ids (from the keyword
# index's columns): 30-60 ms at 150k papers from 3k to 30k ids, where the same filter as a `where` took 2-6 s
# (bench/RESULTS.md, scale).
MAX_ID_FILTER = 30_000
# Up to this many chunks a filter's vectors are read once per filter (~0.5 s for 10k) and searched exactly
# (a few ms), whatever share of the store it keeps: Chroma's HNSW search restricted to a few ids explores most of
# the graph to find them (640 ms for 10 ids, 130 ms for 800 at 150k papers), and its unfiltered search is
# approximate in a way that differs between processes: on 10k chunks of the 2026-06-01..10 slice its top 100 for a
# query missed up to 11 of the exact top 100 and changed from one process to the next (bench/RESULTS.md, session
# 31), so a digest or an answer over a few days' papers moved from run to run. A whole store of this size is searched
# exactly too (`HybridRetriever.dense`).
MAX_EXACT_FILTER = 16_000


@dataclass(frozen=True)
class SearchFilters:
    """Metadata filters shared by dense and BM25 retrieval. Dates are ISO strings (inclusive)."""

    since: str | None = None
    until: str | None = None
    categories: tuple[str, ...] = ()
    primary_only: bool = False
    author: str | None = None
    ids: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return not (self.since or self.until or self.categories or self.author or self.ids)

    @staticmethod
    def _int(iso: str | None) -> int:
        return int(iso.replace("-", "")[:8].ljust(8, "0")) if iso else 0

    def since_int(self) -> int:
        return self._int(self.since)

    def until_int(self) -> int:
        if not self.until:
            return 0
        digits = self.until.replace("-", "")
        return int(digits[:8].ljust(8, "9")) if len(digits) < 8 else int(digits[:8])

    def matches(self, meta: dict) -> bool:
        """Python-side check of a node's metadata (used for BM25 and as a safety net after Chroma)."""
        if self.since and int(meta.get("date_last_int", 0) or 0) < self.since_int():
            return False
        if self.until and int(meta.get("date_first_int", 0) or 0) > self.until_int():
            return False
        if self.categories and not self._categories_match(meta):
            return False
        if self.author and self.author.lower() not in str(meta.get("authors", "")).lower():
            return False
        if self.ids and meta.get("arxiv_id") not in self.ids:
            return False
        return True

    def _categories_match(self, meta: dict) -> bool:
        if self.primary_only:
            return meta.get("primary_category") in self.categories
        return bool(set(str(meta.get("categories", "")).split(",")) & set(self.categories))

    def category_filter(self):
        """The category part for the keyword index's columns: (cache key, predicate on a document's
        primary_category and categories), or None."""
        if not self.categories:
            return None
        return ("categories", self.categories, self.primary_only), self._categories_match

    def columnar(self) -> bool:
        """Dates and categories only: the keyword index's columns decide the filter without reading metadata."""
        return not (self.author or self.ids)

    def to_metadata_filters(self, author_ids: list[str] | None) -> MetadataFilters | None:
        parts: list[MetadataFilter | MetadataFilters] = []
        if self.since:
            parts.append(MetadataFilter(key="date_last_int", value=self.since_int(), operator=FilterOperator.GTE))
        if self.until:
            parts.append(MetadataFilter(key="date_first_int", value=self.until_int(), operator=FilterOperator.LTE))
        if self.categories:
            if self.primary_only:
                parts.append(MetadataFilter(key="primary_category", value=list(self.categories),
                                            operator=FilterOperator.IN))
            else:
                cat_filters = [MetadataFilter(key=f"cat:{c}", value=1, operator=FilterOperator.EQ)
                               for c in self.categories]
                parts.append(cat_filters[0] if len(cat_filters) == 1 else
                             MetadataFilters(filters=cat_filters, condition=FilterCondition.OR))
        ids = list(self.ids)
        if author_ids is not None:
            ids = [i for i in author_ids if not ids or i in ids] if ids else author_ids
        if ids or author_ids is not None:
            parts.append(MetadataFilter(key="arxiv_id", value=ids or ["\x00none"], operator=FilterOperator.IN))
        if not parts:
            return None
        return MetadataFilters(filters=parts, condition=FilterCondition.AND)


@dataclass
class PaperResult:
    """A paper with its fused score and best-matching sections (nodes, best first)."""

    arxiv_id: str
    score: float
    nodes: list[NodeWithScore] = field(default_factory=list)
    dense_similarity: float = 0.0

    @property
    def meta(self) -> dict:
        return self.nodes[0].node.metadata if self.nodes else {}

    def to_hit(self) -> SearchHit:
        meta = self.meta
        node = self.nodes[0].node if self.nodes else None
        return SearchHit(
            id=self.arxiv_id,
            title=str(meta.get("title", "")),
            score=round(self.score, 6),
            date=str(meta.get("date", "")),
            categories=[c for c in str(meta.get("categories", "")).split(",") if c],
            url=str(meta.get("url", f"https://arxiv.org/abs/{self.arxiv_id}")),
            authors=[a.strip() for a in str(meta.get("authors", "")).split(",") if a.strip()],
            sections=[n.node.metadata.get("section", "") for n in self.nodes],
            snippet=(node.get_content()[:300] if isinstance(node, TextNode) else ""),
        )


class HybridRetriever(BaseRetriever):
    """Dense + BM25 over section nodes with reciprocal rank fusion (rank-based: the scores are not comparable)."""

    def __init__(self, store: PaperStore, *, candidates: int = 60, rrf_k: int = 5, bm25_weight: float = 0.7,
                 filters: SearchFilters | None = None, mode: str = "hybrid", top_k: int = 20):
        super().__init__()
        self.store = store
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.bm25_weight = bm25_weight
        self.filters = filters or SearchFilters()
        self.mode = mode
        self.top_k = top_k
        self.last_dense: dict[str, float] = {}
        self._share: float | None = None

    # ---- the two retrievers ----
    def _author_ids(self) -> list[str] | None:
        if not self.filters.author:
            return None
        return self.store.keywords.paper_ids_by_author(self.filters.author, MAX_AUTHOR_IDS)

    def dense(self, query: str, k: int) -> list[NodeWithScore]:
        embedding = self.store.embedder.get_query_embedding(query)
        # Chroma returns fewer neighbours when it holds fewer: no `count()` first (62 ms at 150k papers, more
        # than the query itself). The keyword index's count only bounds the over-fetch of `_dense_post_filtered`.
        k = max(1, k)
        total = max(1, len(self.store.keywords))
        # A store of at most MAX_EXACT_FILTER chunks is searched exactly even without a filter: the answer eval's
        # store (541 papers) retrieved differently each time it was built afresh (8 of 506 questions between two
        # runs of the same code, session 31), and so would a user's small store after re-ingesting.
        if self.filters.columnar() and (not self.filters.is_empty() or total <= MAX_EXACT_FILTER):
            hits = self._dense_columnar(embedding, k, total)
            if hits is not None:
                return hits
        filters = self.filters.to_metadata_filters(self._author_ids()) if not self.filters.is_empty() else None
        # ids and distances only: Chroma's metadata/document fetch is ~80 % of a query's cost, and only the few
        # nodes that make the final results need it (`_hydrate`).
        got = self.store.chunks.query(query_embeddings=[embedding], n_results=k, include=["distances"],
                                      **({"where": _to_chroma_filter(filters)} if filters else {}))
        ids, distances = got["ids"][0], got["distances"][0]
        nodes = self._nodes(ids)
        # Chroma's where clause already applied the filters to the current metadata; the in-memory copy may
        # lag behind another instance's writes, so it must not filter again.
        return [NodeWithScore(node=nodes[nid], score=1.0 - float(distance))  # cosine distance = 1 - cos
                for nid, distance in zip(ids, distances) if nid in nodes]

    def _dense_columnar(self, embedding, k: int, total: int) -> list[NodeWithScore] | None:
        """Dates and categories without Chroma's `where`, which evaluates the filter over the metadata of every
        chunk (SQLite) before searching: ~100 ms at 20k chunks and linear in the store, 2-6 s at 150k papers
        (bench/RESULTS.md, scale). The keyword index holds the same fields as columns, so a filter keeping at most
        MAX_EXACT_FILTER chunks is searched exactly on their vectors, a larger one keeping a fair share of the
        store is applied to an unfiltered query's neighbours, and the rest are handed to Chroma as the list of
        their chunk ids (up to MAX_ID_FILTER). None (use Chroma's filter) when none fits."""
        kw = self.store.keywords
        flt = self.filters
        mask = kw.mask(flt.since_int(), flt.until_int(), flt.category_filter())
        share = kw.share(mask)
        if share >= MIN_POST_FILTER_SHARE and int(mask.sum()) > MAX_EXACT_FILTER:
            return self._dense_post_filtered(embedding, k, total, mask, share)
        # The id list must be current: another instance may have written (or re-dated) chunks since this one's
        # columns were read. Reading the shared generation costs ~1 ms (the full check also counts Chroma's
        # chunks: 55 ms at 150k papers, so it keeps its period); a moved generation re-syncs first.
        self.store.ensure_keyword_sync(max_age=0.0 if self.store.generation_moved() else 5.0)
        mask = kw.mask(flt.since_int(), flt.until_int(), flt.category_filter())
        ids = kw.node_ids(mask, MAX_ID_FILTER)
        if ids is None:
            return None
        if not ids:
            return []
        if len(ids) <= MAX_EXACT_FILTER:
            found, scores = self._exact(embedding, k, kw.derived(mask), ids)
        else:
            got = self.store.chunks.query(query_embeddings=[embedding], ids=ids, n_results=min(k, len(ids)),
                                          include=["distances"])
            found, scores = got["ids"][0], [1.0 - float(d) for d in got["distances"][0]]  # cosine distance
        nodes = self._nodes(found)
        return [NodeWithScore(node=nodes[nid], score=score) for nid, score in zip(found, scores) if nid in nodes]

    def _exact(self, embedding, k: int, cache: dict, ids: list[str]) -> tuple[list[str], list[float]]:
        """Cosine similarity against every vector of a small selection, read from Chroma once per filter."""
        if "vectors" not in cache:
            got = self.store.chunks.get(ids=ids, include=["embeddings"])
            vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            cache["vectors"] = (list(got["ids"]), vectors / np.maximum(norms, 1e-12))
        found, vectors = cache["vectors"]
        if not found:
            return [], []
        query = np.asarray(embedding, dtype=np.float32)
        scores = vectors @ (query / max(float(np.linalg.norm(query)), 1e-12))
        best = np.argsort(-scores, kind="stable")[:k]
        return [found[i] for i in best], [float(scores[i]) for i in best]

    def _dense_post_filtered(self, embedding, k: int, total: int, mask, share: float) -> list[NodeWithScore] | None:
        """A filter that keeps a fair share of the store: ask Chroma for more neighbours without a `where` and
        filter them here on the keyword index's columns (dates, category combinations per slot). When too few
        neighbours pass, ask for more (up to MAX_POST_FETCH). None (use Chroma's filter) when even that many
        neighbours hold too few matches."""
        kw = self.store.keywords
        flt = self.filters
        n = min(total, int(k / share * 2) + 50)
        while True:
            got = self.store.chunks.query(query_embeddings=[embedding], n_results=n, include=["distances"])
            ids, distances = got["ids"][0], got["distances"][0]
            slots = kw.slots(ids)
            unknown = [nid for nid in ids if nid not in slots]  # written by another instance since the re-sync
            extra = {nid: node for nid, node in self._nodes(unknown).items() if flt.matches(node.metadata)} \
                if unknown else {}
            kept = [(nid, d) for nid, d in zip(ids, distances)
                    if nid in extra or (nid in slots and slots[nid] < len(mask) and mask[slots[nid]])][:k]
            if len(kept) >= k or n >= total:
                break
            if n >= MAX_POST_FETCH:
                return None
            n = min(total, n * 4, MAX_POST_FETCH)
        nodes = {**self._nodes([nid for nid, _ in kept if nid not in extra]), **extra}
        return [NodeWithScore(node=nodes[nid], score=1.0 - float(distance))
                for nid, distance in kept if nid in nodes]

    def keyword(self, query: str, k: int) -> list[NodeWithScore]:
        self.store.ensure_keyword_sync()
        flt = self.filters
        # dates and categories are columns of the index; an author or id filter reads metadata, best hits first
        hits = self.store.keywords.search(query, k, paper_filter=None if flt.columnar() else flt.matches,
                                          since=flt.since_int(), until=flt.until_int(),
                                          categories=flt.category_filter())
        nodes = self._nodes([nid for nid, _ in hits])
        return [NodeWithScore(node=nodes[nid], score=score) for nid, score in hits if nid in nodes]

    # ---- nodes: light metadata to rank, the stored text and metadata for the results ----
    def _nodes(self, ids: list[str]) -> dict[str, TextNode]:
        """Nodes to rank and filter, with the light metadata the BM25 index keeps in memory; a node it does not
        know yet (another instance just wrote it) gets its metadata from Chroma. Text comes later (`_hydrate`)."""
        metas = self.store.keywords.metas(ids) if ids else {}
        nodes = {nid: TextNode(id_=nid, text="", metadata=metas[nid]) for nid in ids if nid in metas}
        missing = [nid for nid in ids if nid not in metas]
        if missing:
            got = self.store.chunks.get(ids=missing, include=["metadatas"])
            for nid, meta in zip(got["ids"], got["metadatas"]):
                nodes[nid] = TextNode(id_=nid, text="", metadata=_public(meta))
        return nodes

    def _hydrate(self, scored: list[NodeWithScore]) -> list[NodeWithScore]:
        """Fill in the stored text and full metadata of the nodes that are returned (one Chroma read); a node
        removed from the store meanwhile is dropped."""
        ids = list(dict.fromkeys(n.node.node_id for n in scored))
        if not ids:
            return scored
        got = self.store.chunks.get(ids=ids, include=["documents", "metadatas"])
        stored = {nid: (doc, meta) for nid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])}
        out = []
        for nws in scored:
            if nws.node.node_id not in stored:
                continue
            doc, meta = stored[nws.node.node_id]
            nws.node.set_content(chunk_text(doc, meta))
            nws.node.metadata = _public(meta)
            out.append(nws)
        return out

    # ---- fusion ----
    def _lists(self, query: str) -> tuple[list[NodeWithScore], list[NodeWithScore]]:
        import httpx
        from chromadb.errors import ChromaError

        try:
            dense = self.dense(query, self.candidates) if self.mode in ("hybrid", "dense") else []
            keyword = self.keyword(query, self.candidates) if self.mode in ("hybrid", "bm25") else []
        except (httpx.HTTPError, ChromaError, ConnectionError) as exc:  # a Chroma server that went away
            where = self.store.settings.chroma_url or self.store.settings.store_dir
            raise StoreError(f"the paper store at {where} is not reachable ({exc.__class__.__name__}); "
                             "retry when it is back") from exc
        self.last_dense = {n.node.node_id: float(n.score or 0.0) for n in dense}
        return dense, keyword

    def _weighted(self, dense: list, keyword: list) -> list[tuple[list, float]]:
        if self.mode == "dense":
            return [(dense, 1.0)]
        if self.mode == "bm25":
            return [(keyword, 1.0)]
        return [(dense, 1.0), (keyword, self.bm25_weight)]

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        """Node-level weighted reciprocal rank fusion (the llama-index retriever interface)."""
        dense, keyword = self._lists(query_bundle.query_str)
        fused: dict[str, float] = {}
        nodes: dict[str, NodeWithScore] = {}
        for ranked, weight in self._weighted(dense, keyword):
            for rank, nws in enumerate(ranked):
                fused[nws.node.node_id] = fused.get(nws.node.node_id, 0.0) + weight / (self.rrf_k + rank + 1)
                nodes.setdefault(nws.node.node_id, nws)
        order = sorted(fused, key=lambda i: -fused[i])[: self.top_k * 3]
        return self._hydrate([NodeWithScore(node=nodes[i].node, score=fused[i]) for i in order])

    # ---- papers ----
    def _keep_decisive(self, ranked: list[PaperResult], keyword: list[NodeWithScore], k: int) -> list[PaperResult]:
        """Fused papers, with a decisive keyword match moved into the first k (it may not reach them by rank
        fusion alone when the dense list does not know it: 0.7/(k+1) against papers ranked in both lists)."""
        pid = _decisive(keyword) if self.mode == "hybrid" else None
        index = next((i for i, p in enumerate(ranked) if p.arxiv_id == pid), None)
        if index is None or index < k:
            return ranked
        return ranked[:k - 1] + [ranked[index]] + ranked[k - 1:index] + ranked[index + 1:]

    def search_papers(self, query: str, k: int) -> list[PaperResult]:
        """Paper-level fusion: each retriever ranks papers by their best section, then weighted RRF.

        Fusing papers rather than sections keeps a paper with two middling sections from outranking
        the paper whose one section is the best match (measured: it matters with a small RRF k).
        """
        dense, keyword = self._lists(query)
        papers: dict[str, PaperResult] = {}
        for ranked, weight in self._weighted(dense, keyword):
            rank = 0
            seen: set[str] = set()
            for nws in ranked:
                pid = nws.node.metadata.get("arxiv_id") or nws.node.node_id.split("#")[0]
                result = papers.setdefault(pid, PaperResult(arxiv_id=pid, score=0.0))
                if nws.node.node_id not in {n.node.node_id for n in result.nodes}:
                    result.nodes.append(nws)
                if pid in seen:
                    continue
                seen.add(pid)
                result.score += weight / (self.rrf_k + rank + 1)
                rank += 1
        ranked = self._keep_decisive(sorted(papers.values(), key=lambda p: -p.score), keyword, k)
        top: list[PaperResult] = []
        while ranked and len(top) < k:  # a paper removed from Chroma meanwhile gives its place to the next
            batch, ranked = ranked[: k - len(top)], ranked[k - len(top):]
            kept = {id(n) for n in self._hydrate([n for result in batch for n in result.nodes])}
            for result in batch:
                result.nodes = [n for n in result.nodes if id(n) in kept]
                if result.nodes:
                    top.append(result)
        for result in top:
            result.dense_similarity = max((self.last_dense.get(n.node.node_id, 0.0) for n in result.nodes),
                                          default=0.0)
            # best section first: by dense similarity when known, else BM25 order
            result.nodes.sort(key=lambda n: -self.last_dense.get(n.node.node_id, -1.0))
        return top


DECISIVE_BM25 = 2.0  # the keyword list's best paper outscores the next by this factor: an exact-name match


def _decisive(keyword: list[NodeWithScore]) -> str | None:
    """The paper BM25 ranks first by a wide margin ("Dynamics 365 … no-user-model": 11.8 against 5.0): the
    question names something only it contains, whatever the dense list thinks."""
    best: dict[str, float] = {}
    for nws in keyword:
        pid = nws.node.metadata.get("arxiv_id") or nws.node.node_id.split("#")[0]
        best[pid] = max(best.get(pid, 0.0), float(nws.score or 0.0))
    scores = sorted(best.items(), key=lambda item: -item[1])
    if len(scores) >= 2 and scores[0][1] > 0 and scores[0][1] >= DECISIVE_BM25 * scores[1][1]:
        return scores[0][0]
    return None


def _public(meta: dict | None) -> dict:
    """Chroma metadata without the private entries: the chunk's text (`TEXT_KEY`), and llama-index's
    `_node_content`/`_node_type` of stores written before issue 15."""
    return {k: v for k, v in (meta or {}).items() if not k.startswith("_")}


def recent_papers(store: PaperStore, filters: SearchFilters | None = None, limit: int | None = 500) -> list:
    """The newest papers matching the filters, newest first (the paper browser, a digest with no topic).

    Scans the whole catalogue (no query to rank by), so the order is right however large the store is;
    `limit=None` returns every match."""
    import heapq

    from assistant.chunking import paper_metadata

    filters = filters or SearchFilters()
    keyed = ((int(meta["date_last_int"] or 0), paper.arxiv_id, paper) for paper in store.iter_papers()
             if filters.matches(meta := paper_metadata(paper)))
    ranked = sorted(keyed, key=lambda item: item[:2], reverse=True) if limit is None else \
        heapq.nlargest(limit, keyed, key=lambda item: item[:2])
    return [paper for *_, paper in ranked]

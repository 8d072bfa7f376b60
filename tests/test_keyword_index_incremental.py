"""Issue 15: the BM25 index is updated in place (no rebuild per change), in SQLite segments. An index updated
incrementally ranks and scores exactly like one rebuilt from the same docs, matches bm25s's scores, a process killed
in the middle of an update (or of a segment merge) leaves a store that reopens to the same state as a clean ingest,
and the JSON cache of earlier versions is migrated without re-tokenizing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from assistant.keyword_index import KeywordIndex
from assistant.lang import tokenize
from assistant.types import ChineseSummary, Paper

WORDS = ("retrieval augmented generation graph neural network diffusion transformer reinforcement learning agent "
         "benchmark recommendation ranking vision language model token pruning quantization speech robot").split()
ZH = "检索 增强 生成 图神经网络 扩散 模型 强化 学习 智能体 推荐 排序 视觉 语言 剪枝 量化 机器人".split()


def paper(i: int, day: str, rng: random.Random, version: int = 0) -> Paper:
    en = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
    zh = "".join(rng.choice(ZH) for _ in range(rng.randint(3, 15)))
    return Paper(arxiv_id=f"2606.{i:05d}", title=f"Paper {i} v{version} " + " ".join(rng.sample(WORDS, 3)),
                 authors=[f"Author {i % 7}"], categories=[rng.choice(["cs.CL", "cs.CV", "cs.IR"]), "cs.AI"],
                 dates=[day], abstract=en, summary=ChineseSummary(tldr=zh, motivation=zh[::-1], method=zh + "方法"),
                 summary_usable=True)


def items(papers: list[Paper]):
    from assistant.chunking import paper_to_nodes

    return [(n.node_id, n.metadata["content_hash"], n.get_content(), n.metadata)
            for p in papers for n in paper_to_nodes(p)]


QUERIES = ["retrieval augmented generation", "diffusion transformer quantization", "检索增强生成", "强化学习智能体",
           "robot speech benchmark", "图神经网络 推荐", "token pruning vision language model"]


def results(kw: KeywordIndex, **filters):
    return [kw.search(q, 20, **filters) for q in QUERIES]


def rebuild(kw: KeywordIndex, path=None) -> KeywordIndex:
    """A new index holding the same documents, written in one go (what a from-scratch build stores)."""
    terms = kw.export_terms()
    fresh = KeywordIndex(path)
    fresh.upsert_tokens([(nid, h, list(terms[nid].elements()), {**meta, "embed_hash": th})
                         for nid, h, th, meta in kw.docs()])
    return fresh


IR = (("categories", ("cs.IR",), False), lambda m: "cs.IR" in m["categories"].split(","))


def test_an_index_updated_in_place_equals_a_rebuild():
    rng = random.Random(1)
    kw = KeywordIndex(None)
    kw.upsert(items([paper(i, "2026-06-01", rng) for i in range(300)]))
    assert results(kw)[0]  # the index is built here; everything below updates it in place
    for day in range(2, 6):  # four "days": new papers, changed papers, removed papers
        date = f"2026-06-0{day}"
        new = [paper(1000 * day + i, date, rng) for i in range(60)]
        changed = [paper(i, date, rng, version=day) for i in rng.sample(range(300), 30)]
        kw.upsert(items(new + changed))
        gone = rng.sample(sorted(kw.hashes()), 25)
        kw.delete(gone)
    rebuilt = rebuild(kw)
    assert len(rebuilt) == len(kw) and rebuilt.hashes() == kw.hashes()
    for flt in ({}, {"since": 20260603}, {"until": 20260602}, {"categories": IR},
                {"since": 20260602, "until": 20260604, "categories": IR},
                {"paper_filter": lambda m: "cs.IR" in m.get("categories", "")}):
        assert results(kw, **flt) == results(rebuilt, **flt)
    stats = kw.segment_stats()
    assert stats["slots"] > stats["live"]  # the comparison really was against in-place updates (dead slots)
    # the columnar filters select what the metadata predicate selects
    def pred(m):
        return "cs.IR" in m.get("categories", "").split(",") and m.get("date_last_int", 0) >= 20260603

    assert results(kw, since=20260603, categories=IR) == results(kw, paper_filter=pred)


def test_scores_match_bm25s():
    import bm25s

    rng = random.Random(2)
    kw = KeywordIndex(None)
    kw.upsert(items([paper(i, "2026-06-01", rng) for i in range(200)]))
    terms = kw.export_terms()
    ids = sorted(terms)
    ref = bm25s.BM25()
    ref.index([list(terms[i].elements()) or ["\x00empty"] for i in ids], show_progress=False)
    for query in QUERIES:
        token_ids = [ref.vocab_dict[t] for t in tokenize(query) if t in ref.vocab_dict]
        scores = np.asarray(ref.get_scores_from_ids(token_ids))
        expected = {ids[i]: float(scores[i]) for i in np.flatnonzero(scores > 0)}
        got = dict(kw.search(query, len(ids)))
        assert got.keys() == expected.keys()
        assert max(abs(got[k] - expected[k]) for k in got) < 1e-4


def test_merges_keep_results_and_drop_dead_postings(monkeypatch):
    from assistant import keyword_index

    monkeypatch.setattr(keyword_index, "MIN_CLASS_DOCS", 64)  # merge at this test's size
    rng = random.Random(3)
    kw = KeywordIndex(None)
    for start in range(0, 400, 20):  # twenty small writes: segments merged in size classes
        kw.upsert(items([paper(i, "2026-06-01", rng) for i in range(start, start + 20)]))
    assert kw.segment_stats()["segments"] < 8
    for version in range(1, 4):  # every chunk replaced three times: mostly dead segments are rewritten
        kw.upsert(items([paper(i, "2026-06-02", rng, version) for i in range(400)]))
    stats = kw.segment_stats()
    assert stats["live"] == len(kw) == 1600 and stats["docs"] <= 2 * stats["live"]
    assert results(kw) == results(rebuild(kw))
    kw.compact()
    assert kw.segment_stats() == {**stats, "segments": 1, "docs": 1600}
    assert results(kw) == results(rebuild(kw))


KILLED_UPDATE = textwrap.dedent("""
    import os, pickle, signal, sys
    from assistant import keyword_index
    from assistant.index import PaperStore
    from assistant.embeddings import HashEmbedder
    from tests.conftest import make_settings

    point, nth, seen = sys.argv[3], int(sys.argv[4]), {"write": 0, "merge": 0}
    keyword_index.MIN_CLASS_DOCS = 64  # merges happen at this size
    import assistant.index
    assistant.index.BATCH_PAPERS = 32  # more, smaller writes
    original_merge = keyword_index.KeywordIndex._merge

    def write_then_die(self, body):
        # an incremental update of the BM25 index: its transaction fully written, the process killed before
        # COMMIT (power loss, OOM kill, kill -9)
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        body(conn)
        seen[self._in_merge and "merge" or "write"] += 1
        if seen[point] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        conn.execute("COMMIT")
        return True

    def merge(self, segs):
        self._in_merge = True
        try:
            return original_merge(self, segs)
        finally:
            self._in_merge = False

    keyword_index.KeywordIndex._in_merge = False
    keyword_index.KeywordIndex._write = write_then_die
    keyword_index.KeywordIndex._merge = merge
    settings = make_settings(sys.argv[1])
    store = PaperStore(settings, HashEmbedder(embed_batch_size=64))
    store.ingest(pickle.load(open(sys.argv[2], "rb")))
""")


def _store(path: Path):
    from assistant.embeddings import HashEmbedder
    from assistant.index import PaperStore
    from tests.conftest import make_settings

    return PaperStore(make_settings(path), HashEmbedder(embed_batch_size=64))


@pytest.mark.parametrize("point,nth", [("write", 1), ("write", 2), ("merge", 1)])
def test_a_process_killed_during_an_incremental_update_recovers(tmp_path, monkeypatch, point, nth):
    """SIGKILL inside the index's write transaction: of the day's first batch, of a later one (an earlier batch
    committed, the generation cleared), or of a segment merge. The store reopens to what a clean ingest holds."""
    import pickle

    from assistant import keyword_index

    monkeypatch.setattr(keyword_index, "MIN_CLASS_DOCS", 64)
    rng = random.Random(4)
    day1 = [paper(i, "2026-06-01", rng) for i in range(120)]
    day2 = [paper(500 + i, "2026-06-02", rng) for i in range(200)] + \
        [paper(i, "2026-06-02", rng, version=2) for i in range(0, 120, 6)]
    crashed = _store(tmp_path / "crashed")
    crashed.ingest(day1)
    crashed.keywords.search("warm", 1)
    saved_generation = crashed.keywords.generation
    crashed.keywords.close()
    del crashed
    batch = tmp_path / "day2.pkl"
    batch.write_bytes(pickle.dumps(day2))
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", KILLED_UPDATE, str(tmp_path / "crashed"), str(batch), point,
                           str(nth)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]

    reopened = _store(tmp_path / "crashed")  # re-syncs BM25 from Chroma: the index is of an older generation
    assert reopened.keywords.generation != saved_generation
    assert reopened.keywords.generation == reopened._generation()
    in_chroma = reopened.chunks.get(include=["metadatas"])
    assert reopened.keywords.hashes() == {i: m["content_hash"] for i, m in zip(in_chroma["ids"],
                                                                               in_chroma["metadatas"])}
    reopened.ingest(day2)  # the interrupted day, again (as `sync` does)
    clean = _store(tmp_path / "clean")
    clean.ingest(day1)
    clean.ingest(day2)
    assert reopened.keywords.hashes() == clean.keywords.hashes()
    assert results(reopened.keywords) == results(clean.keywords)
    since = {"since": 20260602}
    assert results(reopened.keywords, **since) == results(clean.keywords, **since)
    assert results(reopened.keywords) == results(rebuild(reopened.keywords))


@pytest.mark.parametrize("n_updates", [1, 3])
def test_saved_and_reloaded_index_equals_the_live_one(tmp_path, n_updates):
    rng = random.Random(5)
    kw = KeywordIndex(tmp_path / "bm25.sqlite3")
    kw.upsert(items([paper(i, "2026-06-01", rng) for i in range(150)]))
    kw.search("x", 1)
    for u in range(n_updates):
        kw.upsert(items([paper(i, "2026-06-03", rng, version=u + 1) for i in range(0, 150, 5)]))
        kw.save(f"g{u}")
    again = KeywordIndex(tmp_path / "bm25.sqlite3")
    assert again.generation == f"g{n_updates - 1}"
    assert results(again) == results(kw)


def test_tokens_computed_beside_the_vectors_are_the_main_process_ones(tmp_path):
    """Ingest ships BM25 tokenizing to the embedder's worker processes (`Embedder.submit`): same tokens."""
    from concurrent.futures import ProcessPoolExecutor

    from assistant.embeddings import HashEmbedder
    from assistant.index import PaperStore
    from tests.conftest import make_settings

    class PooledHashEmbedder(HashEmbedder):
        def submit(self, fn, *args):
            return pool.submit(fn, *args)

    rng = random.Random(6)
    papers = [paper(i, "2026-06-01", rng) for i in range(40)]
    with ProcessPoolExecutor(1) as pool:
        store = PaperStore(make_settings(tmp_path / "s"), PooledHashEmbedder(embed_batch_size=64))
        store.ingest(papers)
    assert len(store.keywords) == 160
    texts = dict(items(papers)[i][::2] for i in range(160))
    terms = store.keywords.export_terms()
    assert all(terms[nid] == Counter(tokenize(text)) for nid, text in texts.items())


def test_a_broad_filter_is_applied_after_an_unfiltered_dense_query_with_the_same_hits(tmp_path, monkeypatch):
    """Dense search with a filter that keeps a fair share of a store too large to search exactly skips Chroma's
    `where` (its cost grows with the store) and filters over-fetched neighbours in memory: the same hits as
    Chroma's filtered query."""
    from assistant import retrieval
    from assistant.embeddings import HashEmbedder
    from assistant.index import PaperStore
    from assistant.retrieval import HybridRetriever, SearchFilters
    from tests.conftest import make_settings

    rng = random.Random(7)
    papers = [paper(i, f"2026-06-{1 + i % 9:02d}", rng) for i in range(200)]
    store = PaperStore(make_settings(tmp_path / "s"), HashEmbedder(embed_batch_size=64))
    store.ingest(papers)
    monkeypatch.setattr(retrieval, "MAX_EXACT_FILTER", 100)  # the filters below keep 300-600 of the 800 chunks
    calls = []
    query = store.chunks.query
    store.chunks.query = lambda *a, **kw: calls.append("where" in kw) or query(*a, **kw)
    for flt in (SearchFilters(since="2026-06-04", categories=("cs.CL", "cs.CV")), SearchFilters(until="2026-06-05")):
        post = HybridRetriever(store, filters=flt, mode="dense").dense("retrieval augmented generation 检索", 20)
        assert calls[-1] is False  # no `where`: filtered here
        assert all(flt.matches(n.node.metadata) for n in post)
        chroma = store.chunks.query(query_embeddings=[store.embedder.get_query_embedding(
            "retrieval augmented generation 检索")], n_results=20, include=["distances"],
            where=__import__("llama_index.vector_stores.chroma.base", fromlist=["x"])._to_chroma_filter(
                flt.to_metadata_filters(None)))
        # the same neighbours, up to HNSW being approximate (filtered and unfiltered searches walk the graph
        # differently, and insertion is multi-threaded): the best five agree, and at least 18 of the 20
        assert [round(n.score, 4) for n in post][:5] == [round(1 - d, 4) for d in chroma["distances"][0]][:5]
        assert len({n.node.node_id for n in post} & set(chroma["ids"][0])) >= 18


def test_a_selective_filter_is_searched_exactly_or_as_an_id_list_with_the_same_hits(tmp_path, monkeypatch):
    """A filter keeping few chunks: their ids come from the keyword index's columns (Chroma's `where` reads every
    chunk's metadata: seconds at 150k papers). Up to MAX_EXACT_FILTER chunks their vectors are read once and
    searched exactly, up to MAX_ID_FILTER the ids go to Chroma's query; beyond, and for an author filter, the
    `where`. All give the hits of Chroma's filtered query."""
    from llama_index.vector_stores.chroma.base import _to_chroma_filter

    from assistant import retrieval
    from assistant.embeddings import HashEmbedder
    from assistant.index import PaperStore
    from assistant.retrieval import HybridRetriever, SearchFilters
    from tests.conftest import make_settings

    rng = random.Random(7)
    papers = [paper(i, f"2026-06-{1 + i % 9:02d}", rng) for i in range(200)]
    store = PaperStore(make_settings(tmp_path / "s"), HashEmbedder(embed_batch_size=64))
    store.ingest(papers)
    calls = []
    query, get = store.chunks.query, store.chunks.get
    store.chunks.query = lambda *a, **kw: calls.append(("where" in kw, "ids" in kw)) or query(*a, **kw)
    store.chunks.get = lambda *a, **kw: calls.append("get") or get(*a, **kw)
    text = "retrieval augmented generation 检索"
    embedding = store.embedder.get_query_embedding(text)
    narrow = [SearchFilters(since="2026-06-09", until="2026-06-09", categories=("cs.IR",)),
              SearchFilters(since="2026-06-03", until="2026-06-03", categories=("cs.CL",))]

    def same_as_chroma(flt, got):
        chroma = query(query_embeddings=[embedding], n_results=5, include=["distances"],
                       where=_to_chroma_filter(flt.to_metadata_filters(None)))
        assert got and all(flt.matches(n.node.metadata) for n in got)
        # the same neighbours and similarities (chunks of equal similarity may come in another order)
        assert [round(n.score, 4) for n in got] == [round(1 - d, 4) for d in chroma["distances"][0]]
        score = {n.node.node_id: round(n.score, 4) for n in got}
        assert all(nid in score or round(1 - d, 4) in score.values()
                   for nid, d in zip(chroma["ids"][0], chroma["distances"][0]))

    # a filter keeping most of a small store is searched exactly too: the true neighbours, the same in every
    # process (Chroma's unfiltered HNSW search is approximate and its graph differs between processes)
    broad = SearchFilters(since="2026-06-02")
    calls.clear()
    got = HybridRetriever(store, filters=broad, mode="dense").dense(text, 20)
    assert not any(isinstance(c, tuple) for c in calls)
    vectors = store.chunks.get(include=["embeddings", "metadatas"])
    kept = [(nid, np.asarray(v) / np.linalg.norm(v)) for nid, v, m in
            zip(vectors["ids"], vectors["embeddings"], vectors["metadatas"]) if broad.matches(m)]
    q = np.asarray(embedding) / np.linalg.norm(embedding)
    truth = sorted(((float(v @ q), nid) for nid, v in kept), reverse=True)[:20]
    assert [round(n.score, 4) for n in got] == [round(s, 4) for s, _ in truth]
    for flt in narrow:
        calls.clear()
        same_as_chroma(flt, HybridRetriever(store, filters=flt, mode="dense").dense(text, 5))
        assert not any(isinstance(c, tuple) for c in calls)  # exact: no Chroma query
        calls.clear()
        HybridRetriever(store, filters=flt, mode="dense").dense("another query", 5)
        assert "get" not in calls  # the selection's vectors are kept with the filter
    assert HybridRetriever(store, filters=SearchFilters(since="2027-01-01"), mode="dense").dense(text, 5) == []
    # no filter at all: a small store is searched exactly as well (a store built afresh answered differently from
    # run to run), a store above MAX_EXACT_FILTER chunks by Chroma's unfiltered query
    calls.clear()
    got = HybridRetriever(store, mode="dense").dense(text, 20)
    assert not any(isinstance(c, tuple) for c in calls)
    everything = [(float(np.asarray(v) @ q / np.linalg.norm(v)), nid)
                  for nid, v in zip(vectors["ids"], vectors["embeddings"])]
    assert [round(n.score, 4) for n in got] == [round(s, 4) for s, _ in sorted(everything, reverse=True)[:20]]
    monkeypatch.setattr(retrieval, "MAX_EXACT_FILTER", 100)  # the store holds 800 chunks
    HybridRetriever(store, mode="dense").dense(text, 20)
    assert calls[-1] == (False, False)
    monkeypatch.setattr(retrieval, "MAX_EXACT_FILTER", 0)
    for flt in narrow:
        same_as_chroma(flt, HybridRetriever(store, filters=flt, mode="dense").dense(text, 5))
        assert calls[-1] == (False, True)
    monkeypatch.setattr(retrieval, "MAX_ID_FILTER", 3)
    got = HybridRetriever(store, filters=narrow[0], mode="dense").dense(text, 5)
    assert calls[-1] == (True, False) and got and all(narrow[0].matches(n.node.metadata) for n in got)


def _legacy_cache(path: Path, kw: KeywordIndex, generation: str) -> None:
    """The JSON cache file of the version before issue 15 (format 2), holding `kw`'s documents."""
    import hashlib
    import json

    terms = kw.export_terms()
    docs = {nid: {"hash": h, "text_hash": th, "tokens": sorted(terms[nid].elements()), "meta": meta}
            for nid, h, th, meta in kw.docs()}
    payload = json.dumps(docs, ensure_ascii=False, separators=(",", ":")).encode()
    header = json.dumps({"format": 2, "generation": generation, "count": len(docs),
                         "sha256": hashlib.sha256(payload).hexdigest()}, separators=(",", ":"))
    path.write_bytes(header[:-1].encode() + b',"docs":' + payload + b"}")


def test_an_old_json_cache_is_migrated_without_retokenizing(tmp_path, monkeypatch):
    from assistant import keyword_index

    rng = random.Random(8)
    live = KeywordIndex(None)
    live.upsert(items([paper(i, f"2026-06-0{1 + i % 4}", rng) for i in range(150)]))
    _legacy_cache(tmp_path / "bm25-x.json", live, "gen-7")
    monkeypatch.setattr(keyword_index, "tokenize", lambda text: pytest.fail("re-tokenized"))
    migrated = KeywordIndex(tmp_path / "bm25-x.sqlite3")
    monkeypatch.undo()
    assert migrated.generation == "gen-7" and migrated.hashes() == live.hashes()
    assert not (tmp_path / "bm25-x.json").exists()  # read once, then gone
    for flt in ({}, {"since": 20260603}, {"categories": IR}):
        assert results(migrated, **flt) == results(live, **flt)
    again = KeywordIndex(tmp_path / "bm25-x.sqlite3")
    assert again.generation == "gen-7" and results(again) == results(live)


def test_a_store_with_an_old_json_cache_opens_without_a_resync(tmp_path):
    """An existing store of the previous version: its JSON cache becomes the index, Chroma is not re-read."""
    rng = random.Random(9)
    store = _store(tmp_path / "s")
    store.ingest([paper(i, "2026-06-01", rng) for i in range(30)])
    expected = results(store.keywords)
    path = store.keywords.path
    _legacy_cache(path.with_suffix(".json"), store.keywords, store._generation())
    store.keywords.close()
    path.unlink()
    from chromadb.api.models.Collection import Collection

    original, calls = Collection.get, []
    Collection.get = lambda self, *a, **kw: calls.append((self.name, kw.get("include"))) or original(self, *a, **kw)
    try:
        reopened = _store(tmp_path / "s")
    finally:
        Collection.get = original
    # no chunk text read back from Chroma: nothing re-tokenized
    assert not [c for name, c in calls if not name.endswith("_papers") and c and "documents" in c]
    assert len(reopened.keywords) == 120 and results(reopened.keywords) == expected
    # and a stale one (another generation) is migrated, then brought up to date from Chroma by hash
    store2 = _store(tmp_path / "s2")
    store2.ingest([paper(i, "2026-06-01", rng) for i in range(30)])
    _legacy_cache(store2.keywords.path.with_suffix(".json"), store2.keywords, "older")
    store2.ingest([paper(100 + i, "2026-06-02", rng) for i in range(5)])
    store2.keywords.close()
    store2.keywords.path.unlink()
    reopened2 = _store(tmp_path / "s2")
    assert len(reopened2.keywords) == 140 and reopened2.keywords.generation == reopened2._generation()


def test_columnar_filters_select_what_the_metadata_predicate_selects():
    """Dates and categories are answered from per-slot columns (BM25 and the dense post-filter): the same hits as
    `SearchFilters.matches` on each document's metadata, for any and primary categories."""
    from assistant.retrieval import SearchFilters

    rng = random.Random(10)
    kw = KeywordIndex(None)
    kw.upsert(items([paper(i, f"2026-06-{1 + i % 9:02d}", rng) for i in range(200)]))
    kw.upsert(items([paper(i, "2026-06-12", rng, version=1) for i in range(0, 200, 7)]))  # re-dated, re-slotted
    for flt in (SearchFilters(since="2026-06-04"), SearchFilters(until="2026-06-03"),
                SearchFilters(categories=("cs.IR",)), SearchFilters(categories=("cs.IR", "cs.CV"), primary_only=True),
                SearchFilters(since="2026-06-02", until="2026-06-08", categories=("cs.CL", "cs.AI"))):
        columns = results(kw, since=flt.since_int(), until=flt.until_int(), categories=flt.category_filter())
        assert columns == results(kw, paper_filter=flt.matches)
        mask = kw.mask(flt.since_int(), flt.until_int(), flt.category_filter())
        expected = {nid for nid, _, _, meta in kw.docs() if flt.matches(meta)}
        assert kw.passing([nid for nid, *_ in kw.docs()], mask) == expected
        assert abs(kw.share(mask) - len(expected) / len(kw)) < 1e-9


def test_two_handles_on_one_file_see_each_others_writes(tmp_path):
    """Processes of one embedded store share the index file: a write by one is seen by the other (its columns
    reloaded), with the generation it saved, without a re-sync."""
    rng = random.Random(11)
    a = KeywordIndex(tmp_path / "bm25.sqlite3")
    b = KeywordIndex(tmp_path / "bm25.sqlite3")
    a.upsert(items([paper(i, "2026-06-01", rng) for i in range(30)]))
    a.save("g1")
    assert b.generation == "g1" and len(b) == len(a) == 120 and results(b) == results(a)
    b.delete([f"2606.{i:05d}#title" for i in range(10)])
    b.upsert(items([paper(100 + i, "2026-06-02", rng) for i in range(5)]))
    b.save("g2")
    assert a.generation == "g2" and len(a) == 130 and results(a) == results(b)
    assert results(a, since=20260602) == results(b, since=20260602) and results(a, since=20260602)[0]


def test_metadata_in_one_pass_and_by_author():
    rng = random.Random(12)
    kw = KeywordIndex(None)
    papers = [paper(i, "2026-06-01", rng) for i in range(40)]
    papers[3] = papers[3].model_copy(update={"authors": ["Zoë Ÿang"]})
    kw.upsert(items(papers))
    assert dict(kw.iter_metas(batch=7)) == {nid: meta for nid, _, _, meta in kw.docs()}
    assert kw.paper_ids_by_author("zoë", 10) == ["2606.00003"]  # non-ASCII: no SQLite pre-filter
    assert kw.paper_ids_by_author("AUTHOR 5", 10) == sorted(p.arxiv_id for p in papers if "Author 5" in p.authors)


def test_the_newest_chunks_removed_then_the_index_reopened(tmp_path):
    """Dead slots above the highest live one still have postings until a merge: a reopened index must size its
    columns by every slot given out, not by the live ones."""
    kw = KeywordIndex(tmp_path / "bm25.sqlite3")
    kw.upsert([("p1#title", "h1", "ranking ensemble", {"arxiv_id": "p1"}),
               ("p2#title", "h2", "Zyxquorf ranking", {"arxiv_id": "p2"})])
    kw.delete(["p2#title"])
    kw.save("g")
    again = KeywordIndex(tmp_path / "bm25.sqlite3")
    assert again.search("Zyxquorf", 3) == [] and [i for i, _ in again.search("ranking", 3)] == ["p1#title"]
    other = KeywordIndex(tmp_path / "bm25.sqlite3")  # and one whose columns were read before the write
    other.search("ranking", 1)
    again.upsert([("p3#title", "h3", "Zyxquorf quokka", {"arxiv_id": "p3"})])
    assert [i for i, _ in other.search("Zyxquorf", 3)] == ["p3#title"]


def test_a_write_of_chunks_without_any_token_is_not_an_error(tmp_path):
    """A chunk of punctuation only (a fuzzed title) has no postings: the write must still commit (it raised an
    IndexError and left the shared fuzz store unusable for the next test)."""
    kw = KeywordIndex(tmp_path / "bm25.sqlite3")
    kw.upsert([("a", "h1", "!!! ???", {"paper_id": "2601.00001"})])
    kw.upsert([("b", "h2", "graph neural ranking", {"paper_id": "2601.00002"})])
    assert len(kw) == 2 and [nid for nid, _ in kw.search("ranking", 5)] == ["b"]

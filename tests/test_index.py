"""Store behaviour: idempotent re-ingest, in-place updates, date merging, removal, BM25 kept in sync."""

from assistant.embeddings import HashEmbedder
from assistant.index import PaperStore, catalog_entry, chunk_text
from assistant.ingest import ingest_paths
from assistant.sources import parse_file


class CountingEmbedder(HashEmbedder):
    calls: int = 0
    texts: int = 0

    def embed_batch(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return super().embed_batch(texts)


def make_store(settings):
    return PaperStore(settings, CountingEmbedder())


def test_reingest_is_idempotent(settings, data_dir):
    store = make_store(settings)
    first = ingest_paths(store, [data_dir / "seed_digest.md"])
    assert first.papers_added == 20 and first.chunks_embedded == 80
    embedded = store.embedder.texts
    chunks = store.chunks.count()
    second = ingest_paths(store, [data_dir / "seed_digest.md"])
    assert second.papers_added == 0 and second.papers_updated == 0 and second.papers_unchanged == 20
    assert second.chunks_embedded == 0 and store.embedder.texts == embedded
    assert store.chunks.count() == chunks == 80
    assert store.paper_count() == 20 and len(store.keywords) == 80


def test_new_day_merges_dates_without_reembedding(settings, data_dir, tmp_path):
    store = make_store(settings)
    ingest_paths(store, [data_dir / "2026-06-01.md"])
    embedded = store.embedder.texts
    later = tmp_path / "2026-06-02.md"
    later.write_text((data_dir / "2026-06-01.md").read_text(encoding="utf-8"), encoding="utf-8")
    report = ingest_paths(store, [later])
    assert report.papers_updated == 3 and report.chunks_embedded == 0 and store.embedder.texts == embedded
    paper = store.get_paper("2605.30380")
    assert paper.dates == ["2026-06-01", "2026-06-02"]
    meta = store.chunks.get(ids=["2605.30380#abstract"], include=["metadatas"])["metadatas"][0]
    assert meta["date_last_int"] == 20260602 and meta["date_first_int"] == 20260601


def test_changed_paper_is_updated_in_place(settings, data_dir, tmp_path):
    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    paper = parse_file(data_dir / "seed_digest.md").papers[0]
    changed = paper.model_copy(update={"abstract": paper.abstract + " We also release code."})
    report = store.ingest([changed])
    assert report.papers_updated == 1 and report.chunks_embedded == 1
    assert store.chunks.count() == 80
    got = store.chunks.get(ids=[f"{paper.arxiv_id}#abstract"], include=["documents", "metadatas"])
    assert chunk_text(got["documents"][0], got["metadatas"][0]).endswith("We also release code.")
    # the summary becoming unusable removes its chunk instead of leaving a stale one
    broken = changed.model_copy(update={"summary_usable": False})
    store.ingest([broken])
    merged = store.get_paper(paper.arxiv_id)
    assert merged.summary_usable  # a usable summary seen before is never replaced by a failed one


def test_remove_and_bm25_resync(settings, data_dir):
    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    assert store.remove(["2601.02361", "9999.99999"]) == ["2601.02361"]
    assert store.paper_count() == 19 and store.chunks.count() == 76
    assert store.keywords.search("GCRank", 5) == []
    # the BM25 cache is derived: delete it and a new store rebuilds it from Chroma
    store.keywords.path.unlink()
    reopened = PaperStore(settings, CountingEmbedder(), client=store.client)
    assert len(reopened.keywords) == 76
    assert reopened.keywords.search("HarmonRank", 3)[0][0].startswith("2601.02955")


def test_stale_bm25_cache_is_resynced(settings, data_dir):
    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    other = PaperStore(settings, CountingEmbedder(), client=store.client)  # a second app instance
    ingest_paths(other, [data_dir / "2026-06-01.md"])
    store.ensure_keyword_sync(force=True)
    assert len(store.keywords) == store.chunks.count() == 92


def test_remove_drops_the_papers_cached_translations(mock_app, data_dir):
    """A removed paper's translations are deleted from the reply cache, not left to be ignored forever."""
    from assistant.ingest import ingest_paths
    from assistant.llm_reply_cache import LLMReplyCache

    ingest_paths(mock_app.store, [data_dir / "seed_digest.md"])
    cache = LLMReplyCache(mock_app.store)
    for arxiv_id in ("2601.02361", "2601.02955"):
        cache.put(cache.paper_key(arxiv_id, "abstract", "en->zh", "m", "v"), "fp", {"translation": "译文"},
                  arxiv_id=arxiv_id, field="abstract", direction="en->zh")
    assert mock_app.store.remove(["2601.02361"]) == ["2601.02361"]
    assert cache.find("2601.02361", "abstract", "en->zh", "fp") is None
    assert cache.find("2601.02955", "abstract", "en->zh", "fp") == {"translation": "译文"}


def test_chunk_text_is_metadata_and_a_store_written_before_reads_the_same(settings, data_dir):
    """Chunks are written without a Chroma document (Chroma full-text indexes every document, a quarter of its
    write cost, and nothing queries it): the text is a metadata entry. A store written before, with the texts as
    documents and llama-index's node copy in the metadata, returns the same results and re-syncs BM25 the same."""
    from assistant.index import TEXT_KEY
    from assistant.retrieval import HybridRetriever

    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
    assert all(doc is None for doc in got["documents"]) and all(m[TEXT_KEY] for m in got["metadatas"])
    assert not any("_node_content" in m for m in got["metadatas"])

    def results():
        hits = HybridRetriever(store).search_papers("HarmonRank live-streaming e-commerce", 3)
        return [(h.arxiv_id, [(n.node.node_id, n.node.get_content(), n.node.metadata) for n in h.nodes])
                for h in hits]

    now = results()
    assert now and all(text and TEXT_KEY not in meta for _, nodes in now for _, text, meta in nodes)
    old = [{**{k: v for k, v in m.items() if k != TEXT_KEY}, "_node_content": "{}", "_node_type": "TextNode"}
           for m in got["metadatas"]]
    store.chunks.delete(ids=got["ids"])
    store.chunks.add(ids=got["ids"], embeddings=got["embeddings"], metadatas=old,
                     documents=[m[TEXT_KEY] for m in got["metadatas"]])
    assert results() == now
    terms = store.keywords.export_terms()
    store.keywords.delete(got["ids"])
    store.ensure_keyword_sync(force=True)  # re-reads every chunk's text from Chroma
    assert store.keywords.export_terms() == terms


def test_catalogue_json_is_metadata_and_older_entries_read_the_same(settings, data_dir):
    """The catalogue's paper JSON is a metadata entry (a document is full-text indexed: ~3 ms per paper written
    vs ~1.9). Entries of an older store (JSON as the document) read the same, and an entry holding both (one
    version rewrote the other's entry: Chroma keeps what an upsert does not set) reads the one its hash names."""
    from assistant.index import PAPER_KEY

    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    papers = {p.arxiv_id: p for p in store.iter_papers()}
    got = store.catalog.get(ids=list(papers), include=["documents", "metadatas"])
    assert all(doc is None for doc in got["documents"]) and all(m[PAPER_KEY] for m in got["metadatas"])

    first, second = list(papers)[:2]
    old = [{k: v for k, v in m.items() if k != PAPER_KEY} for m in got["metadatas"]]
    store.catalog.delete(ids=got["ids"])
    store.catalog.add(ids=got["ids"], embeddings=[[0.0]] * len(got["ids"]), metadatas=old,
                      documents=[m[PAPER_KEY] for m in got["metadatas"]])
    assert {p.arxiv_id: p for p in store.iter_papers()} == papers
    assert store.get_papers([first, second]) == {first: papers[first], second: papers[second]}

    # this version rewrites an old entry: the stale document stays beside the new JSON
    changed = papers[first].model_copy(update={"title": papers[first].title + " (v2)"})
    store.catalog.upsert(ids=[first], embeddings=[[0.0]], metadatas=[catalog_entry(changed)])
    assert store.get_paper(first) == changed
    # an older version rewrites a new entry: the stale JSON stays beside the new document
    store.catalog.upsert(ids=[first], embeddings=[[0.0]], documents=[papers[first].model_dump_json()],
                         metadatas=[{"kind": "paper", "hash": papers[first].content_hash()}])
    assert store.get_paper(first) == papers[first]


def test_no_bm25_resync_while_another_process_writes_the_shared_index(settings, data_dir):
    """Processes of one embedded store share the BM25 index file and see a writer's updates as they commit. While
    a write is under way (generation moved, chunks half written) another process must not page through every
    chunk in Chroma to re-sync (minutes at 150k papers); once no writer holds the lock, a stale index re-syncs."""
    import fcntl
    import multiprocessing

    store = make_store(settings)
    ingest_paths(store, [data_dir / "seed_digest.md"])
    reader = PaperStore(settings, CountingEmbedder(), client=store.client)
    resyncs = []
    resync = reader._resync_keywords
    reader._resync_keywords = lambda gen: resyncs.append(gen) or resync(gen)
    lock = store._writer_lock_path()
    ready, done = multiprocessing.Event(), multiprocessing.Event()
    writer = multiprocessing.get_context("fork").Process(target=_hold_shared_lock, args=(lock, ready, done))
    writer.start()
    try:
        assert ready.wait(30)
        store._bump_generation()  # what a writer does first
        reader.ensure_keyword_sync(force=True)
        assert resyncs == [] and reader._writer_active()
    finally:
        done.set()
        writer.join(30)
    assert not reader._writer_active()
    reader.ensure_keyword_sync(force=True)  # the "writer" died without saving: now it re-syncs
    assert len(resyncs) == 1 and reader.keywords.generation == store._generation()
    with open(lock, "a+") as handle:  # the lock is shared among writers, exclusive only for the check
        fcntl.flock(handle, fcntl.LOCK_SH)
        with store._writing():
            assert store._writer_active()


def _hold_shared_lock(path, ready, done) -> None:
    import fcntl

    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        ready.set()
        done.wait(30)

"""Hybrid retrieval on the real multilingual embedder: cross-language lookups and metadata filters."""

import pytest

from assistant.index import chunk_text
from assistant.ingest import ingest_paths
from assistant.retrieval import SearchFilters
from assistant.sources import parse_file
from assistant.types import ChineseSummary
from assistant.wiring import build_app
from tests.conftest import make_settings


@pytest.fixture(scope="module")
def split_apps(tmp_path_factory, data_dir):
    """Two stores over the seed: English-only papers, and Chinese-summary-only papers."""
    papers = parse_file(data_dir / "seed_digest.md").papers
    en_app = build_app(make_settings(tmp_path_factory.mktemp("en"), embedding_mode="use", llm_mode="auto"))
    en_app.store.ingest([p.model_copy(update={"summary": ChineseSummary(), "summary_usable": False})
                         for p in papers])
    zh_app = build_app(make_settings(tmp_path_factory.mktemp("zh"), embedding_mode="use", llm_mode="auto"))
    zh_app.store.ingest([p.model_copy(update={"abstract": "", "title": p.arxiv_id}) for p in papers])
    return papers, en_app, zh_app


def test_chinese_query_finds_english_only_paper(split_apps):
    _, en_app, _ = split_apps
    hits = en_app.retriever().search_papers("食品配送广告中的生成式排序模型", 3)
    assert hits[0].arxiv_id == "2601.02361"
    assert all(n.node.metadata["language"] == "en" for n in hits[0].nodes)


def test_english_query_finds_chinese_only_paper(split_apps):
    _, _, zh_app = split_apps
    hits = zh_app.retriever().search_papers(
        "fine-tuning small language models as relevance labelers for enterprise search", 3)
    assert hits[0].arxiv_id == "2601.03211"
    assert hits[0].nodes[0].node.metadata["section"] == "summary_zh"


def test_cross_language_recall_on_seed(split_apps):
    papers, en_app, zh_app = split_apps
    zh_to_en = sum(en_app.retriever().search_papers(p.summary.tldr, 5)[0].arxiv_id == p.arxiv_id for p in papers)
    en_to_zh = sum(p.arxiv_id in [h.arxiv_id for h in zh_app.retriever().search_papers(p.abstract.split(". ")[0], 3)]
                   for p in papers)
    assert zh_to_en >= 17  # R@1 >= 0.85 with the Chinese TL;DR as query
    assert en_to_zh >= 14  # R@3 >= 0.7 with the abstract's (often generic) first sentence as query


def test_modes_and_hit_fields(seed_app):
    for mode in ("dense", "bm25", "hybrid"):
        hits = seed_app.retriever(mode=mode).search_papers("HarmonRank live-streaming e-commerce", 3)
        assert hits[0].arxiv_id == "2601.02955", mode
    hit = seed_app.retriever().search_papers("HarmonRank", 1)[0].to_hit()
    assert hit.url == "https://arxiv.org/abs/2601.02955" and hit.categories == ["cs.IR"] and hit.date == "2026-01"


def test_results_carry_stored_text_and_metadata(seed_app):
    """Ranking uses the BM25 index's light metadata; what is returned is read back from Chroma in full."""
    for mode in ("dense", "bm25", "hybrid"):
        best = seed_app.retriever(mode=mode).search_papers("HarmonRank live-streaming e-commerce", 2)[0]
        got = seed_app.store.chunks.get(ids=[best.nodes[0].node.node_id], include=["documents", "metadatas"])
        stored = chunk_text(got["documents"][0], got["metadatas"][0])
        assert best.nodes[0].node.get_content() == stored and stored, mode
        assert "embed_hash" in best.meta and not any(k.startswith("_") for k in best.meta), mode
    nodes = seed_app.retriever().retrieve("HarmonRank")  # the llama-index retriever interface
    assert nodes and all(n.node.get_content() and n.node.metadata.get("arxiv_id") for n in nodes)


def test_nodes_the_keyword_index_lacks_or_chroma_lost(settings, data_dir):
    """Another instance may have written chunks this BM25 index has not seen yet (metadata from Chroma), or
    removed chunks it still lists (dropped from the results, not returned empty)."""
    app = build_app(settings)
    ingest_paths(app.store, [data_dir / "seed_digest.md"])
    paper_id = "2601.02955"
    ids = [i for i in app.store.keywords.hashes() if i.startswith(paper_id)]
    app.store.keywords.delete(ids)  # as if written by another instance since the last re-sync
    hits = app.retriever(mode="dense").search_papers("HarmonRank live-streaming e-commerce", 3)
    assert hits[0].arxiv_id == paper_id and hits[0].meta["title"].startswith("HarmonRank")
    app.store.chunks.delete(ids=ids)  # now gone from Chroma too, but still in a stale BM25 index
    for node_id in ids:
        app.store.keywords.upsert([(node_id, "stale", "HarmonRank live-streaming e-commerce", {"arxiv_id": paper_id})])
    for mode in ("bm25", "hybrid"):
        hits = app.retriever(mode=mode).search_papers("HarmonRank live-streaming e-commerce", 3)
        assert paper_id not in [h.arxiv_id for h in hits] and all(h.nodes for h in hits), mode


def test_dense_filters_on_chromas_current_metadata(settings, data_dir, tmp_path):
    """Another instance re-lists the papers under a later date: Chroma's metadata is current at once, this
    instance's in-memory BM25 copy is not (it re-syncs later), and must not veto Chroma's filtered hits."""
    import shutil

    a = build_app(settings)
    ingest_paths(a.store, [data_dir / "seed_digest.md"])
    later = tmp_path / "2026-03-02.md"
    shutil.copy(data_dir / "seed_digest.md", later)
    ingest_paths(build_app(settings).store, [later])
    hits = a.retriever(SearchFilters(since="2026-03-01"), mode="dense").search_papers("HarmonRank ranking", 5)
    assert len(hits) == 5 and all(h.meta["date_last"] == "2026-03-02" for h in hits)


def test_filters(seed_app, data_dir):
    ingest_paths(seed_app.store, [data_dir / "2026-06-01.md"])
    query = "detection and ranking models"
    june = seed_app.retriever(SearchFilters(since="2026-06-01")).search_papers(query, 10)
    assert june and all(h.meta["date_last_int"] >= 20260601 for h in june)
    january = seed_app.retriever(SearchFilters(until="2026-01-31")).search_papers(query, 10)
    assert january and all(h.arxiv_id.startswith("2601.") for h in january)
    cv = seed_app.retriever(SearchFilters(categories=("cs.CV",))).search_papers("ranking", 10)
    assert cv and all("cs.CV" in h.meta["categories"] for h in cv)
    by_author = seed_app.retriever(SearchFilters(author="ziheng ni")).search_papers("ranking", 10)
    assert [h.arxiv_id for h in by_author] == ["2601.02361"]
    nothing = seed_app.retriever(SearchFilters(author="Nobody Atall")).search_papers("ranking", 10)
    assert nothing == []
    for mode in ("dense", "bm25"):
        hits = seed_app.retriever(SearchFilters(categories=("cs.IR",), until="2026-01"), mode=mode) \
            .search_papers("detection", 10)
        assert all(h.arxiv_id.startswith("2601.") for h in hits)


def test_recent_papers_sorts_the_whole_catalogue_newest_first(mock_app, data_dir):
    from assistant.retrieval import recent_papers

    ingest_paths(mock_app.store, [data_dir / "2025-06-10_AI_enhanced_Chinese.jsonl",
                                  data_dir / "2025-03-19_AI_enhanced_Chinese.jsonl"])
    everything = recent_papers(mock_app.store, limit=1000)
    assert len(everything) == mock_app.store.paper_count() > 2
    dates = [p.dates[-1] for p in everything]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2025-06-10"
    assert [p.arxiv_id for p in recent_papers(mock_app.store, limit=2)] == [p.arxiv_id for p in everything[:2]]
    older = recent_papers(mock_app.store, SearchFilters(until="2025-03-31"), limit=1000)
    assert older and all(p.dates[-1] <= "2025-03-31" for p in older)


def test_a_decisive_keyword_match_is_kept_among_the_papers():
    """A paper BM25 ranks first by a wide margin (an exact name only it contains) stays in the top k even when
    the dense list does not know it; a close keyword race changes nothing."""
    from llama_index.core.schema import NodeWithScore, TextNode

    from assistant.retrieval import HybridRetriever, PaperResult, _decisive

    def hit(pid, score):
        return NodeWithScore(node=TextNode(id_=f"{pid}#abstract", text="x", metadata={"arxiv_id": pid}), score=score)

    assert _decisive([hit("a", 11.8), hit("a", 9.9), hit("b", 5.0)]) == "a"
    assert _decisive([hit("a", 3.5), hit("b", 2.6)]) is None
    retriever = HybridRetriever.__new__(HybridRetriever)
    retriever.mode = "hybrid"
    ranked = [PaperResult(arxiv_id=p, score=1.0 - i / 10) for i, p in enumerate("bcdefa")]
    kept = retriever._keep_decisive(ranked, [hit("a", 11.8), hit("b", 5.0)], 4)
    assert [p.arxiv_id for p in kept] == ["b", "c", "d", "a", "e", "f"]
    assert retriever._keep_decisive(ranked, [hit("a", 3.0), hit("b", 2.9)], 4) == ranked

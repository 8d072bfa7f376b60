"""Running parts: section-restricted retrieval, the bench wrapper, translation there and back (fake LLM)."""

from assistant.chains.translate import Translation
from assistant.eval.retrieval import CHINESE_SECTIONS, SectionFilters, evaluate_queries
from assistant.eval.translation import evaluate_text, source_texts
from assistant.types import ChineseSummary, Paper


def test_section_filters_restrict_both_retrievers(mock_seed_app):
    filters = SectionFilters(sections=CHINESE_SECTIONS)
    for mode in ("dense", "bm25", "hybrid"):
        hits = mock_seed_app.retriever(filters, mode=mode).search_papers("HarmonRank 排序 直播电商", 5)
        assert hits, mode
        assert {n.node.metadata["section"] for h in hits for n in h.nodes} <= set(CHINESE_SECTIONS)
    hits = mock_seed_app.retriever(SectionFilters(sections=("title",)), mode="bm25").search_papers("HarmonRank", 5)
    assert hits[0].arxiv_id == "2601.02955" and [n.node.metadata["section"] for n in hits[0].nodes] == ["title"]


def test_bench_retrieval_uses_the_eval_metrics(mock_seed_app):
    from bench.retrieval import evaluate

    queries = [("HarmonRank", "2601.02955"), ("GCRank", "2601.02361")]
    out = evaluate(mock_seed_app, queries)
    assert set(out) == {"dense", "bm25", "hybrid"}
    assert out["bm25"]["R@1"] == 1.0 and out["bm25"]["MRR"] == 1.0 and out["bm25"]["nDCG@10"] == 1.0
    assert evaluate_queries(mock_seed_app, queries, modes=("bm25",))["bm25"]["recall_at_1"] == 1.0


def _fake_translate(text: str, target: str) -> Translation:
    table = {"GCRank 提升点击率 3.1%": "GCRank improves CTR by 3.1%",
             "GCRank improves CTR by 3.1%": "GCRank 将点击率提升 3.1%"}
    out = table.get(text, "")
    return Translation(source_language="zh" if target == "en" else "en", target_language=target, original=text,
                       translation=out, error=None if out else "no translation", timings={"total_ms": 10.0})


def test_round_trip_translation_scores(mock_seed_app):
    item = evaluate_text("GCRank 提升点击率 3.1%", "zh->en", _fake_translate, mock_seed_app.embedder.embed)
    assert item["numbers_total"] == item["numbers_kept"] == 1 and item["terms_kept"] == item["terms_total"] == 1
    assert item["back_translation"] == "GCRank 将点击率提升 3.1%" and 0 < item["round_trip_cosine"] <= 1
    assert item["error"] is None and item["forward_ms"] == item["back_ms"] == 10.0
    failed = evaluate_text("没有译文 42", "zh->en", _fake_translate, mock_seed_app.embedder.embed)
    assert failed["round_trip_cosine"] is None and failed["error"] and failed["numbers_kept"] == 0


def test_source_texts_per_direction():
    paper = Paper(arxiv_id="2601.1", title="T", abstract="One. Two. Three.",
                  summary=ChineseSummary(tldr="摘要", result="结果 5%"), summary_usable=True)
    assert source_texts(paper) == {"zh->en": "摘要\n结果 5%", "en->zh": "One. Two."}
    assert source_texts(paper.model_copy(update={"summary_usable": False, "abstract": ""})) == {}

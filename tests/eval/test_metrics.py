"""Ranking, answer and translation metrics on hand-made inputs (pure functions, no store, no model)."""

import math

import pytest

from assistant.chains.answer import Answer, Citation
from assistant.chains.sources import SourceCard
from assistant.eval.answers import EvalQuestion, score_answer, summarize
from assistant.eval.retrieval import (
    build_query_sets,
    first_sentence,
    mrr,
    ndcg_at,
    percentile,
    rank_of,
    ranking_metrics,
    recall_at,
    sample_papers,
)
from assistant.eval.translation import cosine, preservation
from assistant.eval.translation import summarize as summarize_translation
from assistant.types import ChineseSummary, Paper


def test_rank_of_and_recall():
    ranking = ["a", "b", "c", "d"]
    assert rank_of(ranking, "a") == 1 and rank_of(ranking, "d") == 4
    assert rank_of(ranking, "d", k=3) is None and rank_of(ranking, "z") is None
    ranks = [1, 3, None, 7, 12]
    assert recall_at(ranks, 1) == pytest.approx(0.2)
    assert recall_at(ranks, 5) == pytest.approx(0.4)
    assert recall_at(ranks, 10) == pytest.approx(0.6)
    assert recall_at([], 5) == 0.0


def test_mrr_and_ndcg_single_relevant():
    ranks = [1, 2, None, 4]
    assert mrr(ranks) == pytest.approx((1 + 0.5 + 0.25) / 4)
    assert mrr([1, 20], k=10) == pytest.approx(0.5)
    assert ndcg_at([1], 10) == 1.0
    assert ndcg_at([3], 10) == pytest.approx(1 / math.log2(4))
    assert ndcg_at([11, None], 10) == 0.0
    assert ndcg_at(ranks, 10) == pytest.approx((1 + 1 / math.log2(3) + 1 / math.log2(5)) / 4)


def test_ranking_metrics_fields_and_percentiles():
    m = ranking_metrics([1, None], [10.0, 30.0])
    assert set(m) == {"recall_at_1", "recall_at_5", "recall_at_10", "mrr", "ndcg_at_10", "p50_ms", "p95_ms"}
    assert m["recall_at_1"] == 0.5 and m["p50_ms"] == 20.0 and m["p95_ms"] == 29.0
    assert percentile([], 50) == 0.0 and percentile([5.0], 95) == 5.0


def _paper(i: int, usable: bool = True) -> Paper:
    return Paper(arxiv_id=f"2601.0000{i}", title=f"Paper {i}", abstract=f"Sentence one of {i}. Sentence two.",
                 summary=ChineseSummary(tldr=f"摘要{i}", method=f"方法{i}") if usable else ChineseSummary(),
                 summary_usable=usable)


def test_query_sets_from_papers():
    sets = {qs.name: qs for qs in build_query_sets([_paper(1), _paper(2, usable=False)])}
    assert set(sets) == {"zh->en", "zh->paper", "en->paper", "en->zh"}
    assert sets["zh->en"].queries == [("摘要1", "2601.00001")] and sets["zh->en"].sections == ("title", "abstract")
    assert sets["zh->paper"].queries == [("方法1", "2601.00001")] and sets["zh->paper"].sections == ()
    assert [t for _, t in sets["en->paper"].queries] == ["2601.00001", "2601.00002"]
    assert sets["en->zh"].queries == [("Sentence one of 1.", "2601.00001")]
    assert sets["en->zh"].sections == ("summary_zh", "details_zh")
    assert first_sentence("A b. C d.") == "A b."


def test_sample_is_seeded_and_order_independent():
    papers = [_paper(i) for i in range(1, 8)]
    a = [p.arxiv_id for p in sample_papers(papers, 3, seed=1)]
    b = [p.arxiv_id for p in sample_papers(list(reversed(papers)), 3, seed=1)]
    assert a == b and len(set(a)) == 3
    assert len(sample_papers(papers, 50)) == 7


# ---------------------------------------------------------------- answers
def _answer(text, cited=(), sources=(1, 2), refused=False, raw="", error=None, timings=None):
    cards = [SourceCard(n=n, id=f"2601.0000{n}", title=f"P{n}", url="u") for n in sources]
    return Answer(question="q", answer=text, language="en", refused=refused, raw_answer=raw or text,
                  citations=[Citation(n=n, id=i, title="t", url="u") for n, i in cited], sources=cards,
                  error=error, timings=timings or {"total_ms": 1000.0, "first_token_ms": 200.0})


def test_fabricated_citations_are_counted():
    q = EvalQuestion(question="q", expected_ids=["2601.00001"])
    answer = _answer("X is true [1]. Y [7]. See arXiv 2601.99999.", cited=[(1, "2601.00001"), (7, "2601.99999")],
                     raw="X is true [1]. Y [7]. Z [9].")
    score = score_answer(q, answer, known_ids={"2601.00001"})
    assert score["fabricated_citations"] == ["2601.99999", "[7]"]
    assert score["raw_fabricated_citations"] == ["[7]", "[9]"]
    assert score["citation_precision"] == 0.5 and score["citation_recall"] == 1.0
    clean = score_answer(q, _answer("X [1].", cited=[(1, "2601.00001")]), known_ids={"2601.00001"})
    assert clean["fabricated_citations"] == [] and clean["correct"]


def test_facts_refusals_and_correctness():
    q = EvalQuestion(question="q", expected_ids=["2601.00001"], expected_facts=[r"788", "compress|压缩"])
    s = score_answer(q, _answer("It used 788 queries [1].", cited=[(1, "2601.00001")]), {"2601.00001"})
    assert s["facts_hit"] == 1 and s["facts_total"] == 2 and s["correct"]
    wrong_paper = score_answer(q, _answer("788 queries [2].", cited=[(2, "2601.00002")]), {"2601.00002"})
    assert not wrong_paper["correct"] and wrong_paper["citation_precision"] == 0.0
    refused = score_answer(q, _answer("These papers do not say.", refused=True), set())
    assert not refused["answered"] and refused["citation_recall"] == 0.0 and refused["facts_hit"] == 0
    u = EvalQuestion(question="q", unanswerable=True)
    assert score_answer(u, _answer("These papers do not say.", refused=True), set())["correct"]
    assert not score_answer(u, _answer("It is 3 [1].", cited=[(1, "2601.00001")]), {"2601.00001"})["correct"]
    assert not score_answer(u, _answer("unavailable", error="down"), set())["correct"]


def test_summary_litqa2_precision_and_accuracy():
    answerable = EvalQuestion(question="a", expected_ids=["2601.00001"], expected_facts=["yes"])
    unanswerable = EvalQuestion(question="u", unanswerable=True)
    items = [
        score_answer(answerable, _answer("yes [1].", cited=[(1, "2601.00001")]), {"2601.00001"}),   # correct
        score_answer(answerable, _answer("no [2].", cited=[(2, "2601.00002")]), {"2601.00002"}),    # wrong
        score_answer(answerable, _answer("refused", refused=True), set()),                           # refused
        score_answer(unanswerable, _answer("refused", refused=True), set()),                         # correct
        score_answer(unanswerable, _answer("made up [1].", cited=[(1, "2601.00001")]), {"2601.00001"}),
    ]
    s = summarize(items)
    assert (s["questions"], s["answered"], s["refused"], s["correct"]) == (5, 3, 2, 2)
    assert s["precision"] == pytest.approx(1 / 3, abs=1e-4) and s["accuracy"] == pytest.approx(2 / 5, abs=1e-4)
    assert s["refusal_precision"] == 0.5 and s["refusal_recall"] == 0.5
    assert s["citation_precision"] == 0.5 and s["citation_recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["fact_hit_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["fabricated_citations"] == 0 and s["latency"]["p50_ms"] == 1000.0
    assert summarize([])["precision"] is None


def test_question_validation():
    with pytest.raises(ValueError):
        EvalQuestion(question="q")  # answerable without ids
    with pytest.raises(ValueError):
        EvalQuestion(question="q", expected_ids=["x"], expected_facts=["("])


# ---------------------------------------------------------------- translation
def test_preservation_counts_numbers_and_terms():
    src = "GCRank 在 MSLR-WEB30K 上提升 3.1%，服务 4亿 用户。"
    good = "GCRank improves 3.1% on MSLR-WEB30K and serves 400 million users."
    bad = "It improves results and serves many users."
    assert preservation(src, good, "en") == {"numbers_total": 2, "numbers_kept": 2, "terms_total": 2,
                                             "terms_kept": 2}
    assert preservation(src, bad, "en") == {"numbers_total": 2, "numbers_kept": 0, "terms_total": 2,
                                            "terms_kept": 0}


def test_cosine_and_translation_summary():
    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0) and cosine([1, 0], [0, 1]) == 0.0
    assert cosine([0, 0], [1, 0]) == 0.0
    rows = [{"direction": "zh->en", "numbers_total": 2, "numbers_kept": 1, "terms_total": 4, "terms_kept": 4,
             "round_trip_cosine": 0.8, "error": None, "forward_ms": 100.0, "back_ms": 100.0},
            {"direction": "zh->en", "numbers_total": 0, "numbers_kept": 0, "terms_total": 0, "terms_kept": 0,
             "round_trip_cosine": 0.6, "error": None, "forward_ms": 300.0, "back_ms": 100.0}]
    d = summarize_translation(rows)["zh->en"]
    assert d["number_preservation"] == 0.5 and d["term_preservation"] == 1.0
    assert d["round_trip_cosine"] == pytest.approx(0.7) and d["round_trip_cosine_min"] == 0.6
    assert d["mean_ms"] == 300.0 and "en->zh" not in summarize_translation(rows)

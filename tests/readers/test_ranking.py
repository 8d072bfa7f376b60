"""Ranking a subscription's papers: interest (hybrid retrieval), likes (zotero-arxiv-daily's weighting), dislikes,
keyword filters, dates, the optional LLM score, and the reasons every paper carries."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import InputError
from assistant.readers.ranking import (
    INTEREST_BM25_WEIGHT,
    Ranker,
    Weights,
    keyword_pattern,
    like_score,
    like_weights,
    paper_text,
    paper_vectors,
)
from assistant.retrieval import SearchFilters
from tests.readers.conftest import DAY, OTHER_DAY


def rank(app, reader, name, **kwargs):
    report = app.readers.for_you(reader, name, **kwargs)
    assert len(report.results) == 1
    return report.results[0]


def test_keyword_patterns():
    rag = keyword_pattern("RAG")
    assert rag.search("Multi-Turn RAG Conversations") and rag.search("two RAGs") and rag.search("rag-based")
    assert not rag.search("storage") and not rag.search("leverage")
    assert keyword_pattern("game").search("Impartial Combinatorial Games")
    assert keyword_pattern("channel estimation").search("Joint Channel-Estimation and detection")
    assert keyword_pattern("C++").search("written in C++ code") and not keyword_pattern("C++").search("C")
    assert keyword_pattern("纳什均衡").search("证明了纳什均衡总是存在")


def test_like_weights_are_zotero_arxiv_daily():
    w = like_weights(5)
    expected = 1 / (1 + np.log10(np.arange(5) + 1))
    assert np.allclose(w, expected / expected.sum()) and abs(w.sum() - 1) < 1e-9
    assert all(a > b for a, b in zip(w, w[1:]))  # the newest like weighs most
    liked = np.eye(3, dtype=np.float32)
    score, best, cos = like_score(np.array([0, 1, 0], dtype=np.float32), liked)
    assert best == 1 and cos == pytest.approx(1.0) and score == pytest.approx(like_weights(3)[1])
    score, best, _ = like_score(np.array([0, 1, 0], dtype=np.float32), liked, skip=1)  # its own like: left out
    assert score == pytest.approx(0.0) and best in (0, 2)


def test_vectors_are_read_from_the_store(app):
    """A paper's vector is the mean of its stored abstract and summary chunk embeddings (never re-embedded)."""
    pid = "2606.25420"
    got = app.store.chunks.get(ids=[f"{pid}#abstract", f"{pid}#summary_zh"], include=["embeddings"])
    mean = np.mean(np.asarray(got["embeddings"], dtype=np.float32), axis=0)
    vector = paper_vectors(app.store, [pid, "9999.99999"])
    assert set(vector) == {pid}
    assert np.allclose(vector[pid], mean / np.linalg.norm(mean), atol=1e-6)


def test_interest_ranks_the_day_with_reasons(app, reader):
    app.readers.subscribe({"name": "channels", "interest": "channel estimation for wireless communication",
                           "language": "en", "daily": 4}, reader)
    result = rank(app, reader, "channels")
    assert result.since == result.until == DAY  # the newest day by default
    assert result.candidates == 26 and len(result.papers) == 4
    assert [p.rank for p in result.papers] == [1, 2, 3, 4]
    scores = [p.score for p in result.papers]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 10 for s in scores)
    top = result.papers[0]
    # the interest's words lead (BM25 weighs INTEREST_BM25_WEIGHT times the dense list): the first paper is a
    # wireless (cs.IT) one, and a channel-estimation paper is among the first four (the dense list's first)
    assert "cs.IT" in top.categories and any("channel" in p.title.lower() for p in result.papers)
    assert top.url == f"https://arxiv.org/abs/{top.id}" and top.date == DAY and top.line
    for paper in result.papers:
        interest = [r for r in paper.reasons if r.kind == "interest"]
        assert interest and interest[0].text.startswith("interest: #") and interest[0].points > 0
        assert 0 < paper.parts.interest <= 1 and paper.parts.likes is None and paper.parts.llm is None
        assert paper.why.endswith(f"score {paper.score:.1f}/10")
    # the interest is the only part: the score is its share of the best possible fused rank, times 10
    assert all(p.score == pytest.approx(10 * p.parts.interest, abs=0.01) for p in result.papers)


def test_keywords_are_hard_filters(app, reader):
    app.readers.subscribe({"name": "games", "interest": "博弈论 纳什均衡", "include": "equilibrium, game",
                           "exclude": "energy", "daily": 20}, reader)
    result = rank(app, reader, "games")
    assert result.papers and result.left_out["include"] > 0 and result.left_out["exclude"] >= 1
    assert len(result.papers) + sum(result.left_out.values()) == result.candidates
    energy, include = keyword_pattern("energy"), [keyword_pattern("equilibrium"), keyword_pattern("game")]
    papers = app.store.get_papers([p.id for p in result.papers])
    for paper in result.papers:
        text = paper_text(papers[paper.id])
        assert not energy.search(text) and any(p.search(text) for p in include)
        keywords = [r for r in paper.reasons if r.kind == "keywords"]
        assert keywords and keywords[0].keywords and keywords[0].text.startswith("关键词：")
    assert "得分" in result.papers[0].why  # the subscription's language


def test_categories_and_dates(app, reader):
    readers = app.readers
    readers.subscribe({"name": "gt", "categories": ["cs.GT"], "daily": 50, "language": "en"}, reader)
    result = rank(app, reader, "gt")
    assert result.papers and all("cs.GT" in p.categories for p in result.papers)
    assert result.candidates == len(result.papers) == 7
    # nothing to rank by (no interest, no likes): every paper scores 0, newest first
    assert {p.score for p in result.papers} == {0.0}

    readers.subscribe({"name": "all", "interest": "watermark security", "daily": 1, "language": "en"}, reader)
    assert rank(app, reader, "all", date=OTHER_DAY).since == OTHER_DAY
    one_day = rank(app, reader, "all", date=OTHER_DAY)
    assert one_day.candidates == 2 and len(one_day.papers) == 1
    both = rank(app, reader, "all", since="2025-01-01", until="2026-12-31")
    assert both.candidates == 28 and len(both.papers) == 2  # `daily` papers per day in the range
    empty = rank(app, reader, "all", date="2024-01-01")
    assert empty.papers == [] and empty.candidates == 0 and "no papers on 2024-01-01" in empty.notes[0]
    with pytest.raises(InputError, match="either a day"):
        readers.for_you(reader, "all", date=DAY, since=DAY)
    with pytest.raises(InputError, match="real date"):
        readers.for_you(reader, "all", date="2026-02-30")


def test_likes_and_dislikes(app, reader):
    readers = app.readers
    readers.subscribe({"name": "mine", "daily": 26, "language": "en"}, reader)  # likes only
    liked = "2606.25420"  # OAMP-aided joint channel estimation
    assert readers.react(liked, "like", reader).in_store
    result = rank(app, reader, "mine")
    vectors = paper_vectors(app.store, [p.id for p in result.papers])
    by_cosine = sorted((p.id for p in result.papers if p.id != liked),
                       key=lambda pid: -float(vectors[pid] @ vectors[liked]))
    others = [p for p in result.papers if p.id != liked]
    assert others[0].id == by_cosine[0]  # the paper closest to the liked one comes first
    reason = next(r for r in others[0].reasons if r.kind == "liked")
    assert reason.paper_id == liked and reason.paper_title.startswith("OAMP") and reason.points > 0
    assert reason.similarity == pytest.approx(float(vectors[others[0].id] @ vectors[liked]), abs=1e-3)
    own = next(p for p in result.papers if p.id == liked)
    assert own.reaction == "like" and any(r.kind == "starred" for r in own.reasons)
    assert own.parts.likes == 0.0  # its own like does not count for itself
    # the likes part is min-max normalised over the day's candidates: the closest paper 1, the farthest 0
    assert others[0].parts.likes == 1.0 and min(p.parts.likes for p in others) == 0.0

    disliked = others[0].id
    readers.react(disliked, "dislike", reader)
    after = rank(app, reader, "mine")
    assert disliked not in [p.id for p in after.papers] and after.left_out == {"disliked": 1}
    # a liked id that is not in the store is kept, but does not count
    assert not readers.react("2101.00001", "like", reader).in_store
    assert any("not in the store" in n for n in rank(app, reader, "mine").notes)


def test_dislike_penalty_names_the_paper(app, reader):
    readers = app.readers
    sub = readers.subscribe({"name": "ch", "interest": "channel estimation", "daily": 26, "language": "en"}, reader)
    before = {p.id: p for p in readers.rank(sub).papers}
    readers.react("2606.25101", "dislike", reader)  # wideband near-field channel estimation
    ranker = readers.ranker()
    ranker.weights = Weights(dislike_floor=0.0, dislike_penalty=1.0)
    after = {p.id: p for p in ranker.rank(sub).papers}
    penalised = [p for p in after.values() if p.parts.dislike > 0]
    assert penalised
    for paper in penalised:
        reason = next(r for r in paper.reasons if r.kind == "disliked")
        assert reason.paper_id == "2606.25101" and reason.points < 0 and "👎" in reason.text
        assert reason.points == pytest.approx(-10 * paper.parts.dislike, abs=0.01)  # penalty weight 1
        assert paper.score == pytest.approx(max(0.0, 10 * paper.parts.interest + reason.points), abs=0.02)
    assert "2606.25101" in before and "2606.25101" not in after


def test_no_subscription_uses_the_likes(app, reader):
    with pytest.raises(InputError, match="no subscription and no liked paper"):
        app.readers.for_you(reader)
    app.readers.react("2606.25420", "like", reader)
    report = app.readers.for_you(reader)
    assert report.results[0].subscription.implicit and report.results[0].subscription.name == "likes"


def _ranker(app, llm, *, keep=5.0):
    return Ranker(store=app.store, retriever_factory=app.retriever, db=app.readers.db,
                  weights=Weights(llm_keep=keep), llm_factory=lambda: llm, llm_auto=True,
                  prompts_dir=app.settings.prompts_dir, time_budget=30)


def test_llm_scores_with_a_reason(app, reader, scripted, scripted_llm):
    sub = app.readers.subscribe({"name": "ch", "interest": "channel estimation", "daily": 3, "language": "en"},
                                reader)
    order = [p.id for p in _ranker(app, None).rank(sub.model_copy(update={"llm": "off"})).papers]
    head = 10  # max(2 * daily, 10) papers go to the LLM
    lines = ["1: 2 | not about estimation"] + [f"{n}: {10 - n % 3} | estimates the channel ({n})"
                                                for n in range(2, head + 1)]
    scripted.enqueue({"tokens": ["\n".join(lines)]})
    result = _ranker(app, scripted_llm).rank(sub)
    assert result.llm_model == "scripted" and result.left_out.get("llm") == 1
    assert order[0] not in [p.id for p in result.papers]  # scored 2 < 5: left out
    prompt = scripted.requests[-1]["messages"][0]["content"]
    assert "channel estimation" in prompt and prompt.count("<paper n=") == head
    for paper in result.papers:
        llm = next(r for r in paper.reasons if r.kind == "llm")
        assert llm.llm_score >= 8 and llm.text.startswith(f"LLM {llm.llm_score:g}/10: estimates the channel")
        assert paper.parts.llm == pytest.approx(llm.llm_score / 10)


def test_llm_down_still_ranks(app, reader, scripted, scripted_llm):
    sub = app.readers.subscribe({"name": "ch", "interest": "channel estimation", "daily": 3, "language": "zh"},
                                reader)
    scripted.default = {"status": 500}
    result = _ranker(app, scripted_llm).rank(sub)
    assert len(result.papers) == 3 and result.llm_model is None
    assert all(p.parts.llm is None for p in result.papers) and result.notes


def test_llm_auto_is_off_on_the_mock_model(app, reader):
    sub = app.readers.subscribe({"name": "ch", "interest": "channel estimation", "daily": 3}, reader)
    assert not app.readers.ranker().llm_auto
    assert app.readers.rank(sub).llm_model is None


def test_every_dislike_hides_its_paper(app, reader):
    """Only the newest dislikes shape the penalty (likes_max), but every disliked paper stays hidden."""
    sub = app.readers.subscribe({"name": "all", "daily": 50}, reader)
    for pid in ("2606.25420", "2606.25101", "2606.25423"):
        app.readers.react(pid, "dislike", reader)
    ranker = app.readers.ranker()
    ranker.weights = Weights(likes_max=1)
    result = ranker.rank(sub)
    assert result.left_out == {"disliked": 3} and len(result.papers) == 23
    assert not {"2606.25420", "2606.25101", "2606.25423"} & {p.id for p in result.papers}


def test_interest_fusion_leads_with_the_words(app, reader):
    """The interest's fusion weighs its BM25 list INTEREST_BM25_WEIGHT times the dense list: the paper naming the
    interest's words best comes first, where the dense list alone (weight 0 for BM25) may put another paper."""
    interest = "game theory auctions"
    sub = app.readers.subscribe({"name": "g", "interest": interest, "daily": 26, "language": "en"}, reader)
    day = SearchFilters(since=DAY, until=DAY)
    ids = tuple(sorted(p.id for p in app.readers.rank(sub).papers))
    only = SearchFilters(since=DAY, until=DAY, ids=ids)
    lexical = [h.arxiv_id for h in app.retriever(only, mode="bm25").search_papers(interest, 26)]
    dense = [h.arxiv_id for h in app.retriever(only, mode="dense").search_papers(interest, 26)]
    assert lexical and dense and len(ids) == 26 and day.since == DAY

    ranker = app.readers.ranker()
    assert ranker.weights.interest_bm25 == INTEREST_BM25_WEIGHT > 1
    result = ranker.rank(sub)
    assert result.papers[0].id == lexical[0]
    k = app.settings.rrf_k
    best = (1 + INTEREST_BM25_WEIGHT) / (k + 1)
    expected = (1 / (k + 1 + dense.index(lexical[0])) + INTEREST_BM25_WEIGHT / (k + 1)) / best
    assert result.papers[0].parts.interest == pytest.approx(min(1.0, expected), abs=1e-3)
    reason = next(r for r in result.papers[0].reasons if r.kind == "interest")
    assert reason.text.startswith("interest: #1/26 in hybrid search") and reason.points > 0

    ranker.weights = Weights(interest_bm25=0.0)  # the dense list alone
    assert ranker.rank(sub).papers[0].id == dense[0]

"""Translation both ways and a small digest on the real embedded model (Qwen2.5 1.5B via llama.cpp). Marked `live`."""

import re
import time
from datetime import date

import pytest

from assistant.chains.digest import DigestRequest, build_digest
from assistant.chains.translate import translate_paper
from assistant.eval.digests import overview_checks, paper_text
from assistant.lang import detect_language
from assistant.translation_cache import TranslationCache
from assistant.wiring import build_app
from tests.conftest import make_settings

pytestmark = [
    pytest.mark.live,
    pytest.mark.timeout(900),
]

HARMONRANK = "2601.02955"  # summary: 4亿日活 / 2% / AUC; abstract: 400 million DAUs / 2% / AUC


@pytest.fixture(scope="module")
def live_app(tmp_path_factory, data_dir):
    from assistant.ingest import ingest_paths

    app = build_app(make_settings(tmp_path_factory.mktemp("live-td"), embedding_mode="use", llm_mode="local"))
    ingest_paths(app.store, [data_dir / "seed_digest.md"], date="2026-01-07")
    yield app
    app.close()


def _translate(app, field):
    return translate_paper(HARMONRANK, field=field, store=app.store, llm=app.llm.get(),
                           prompts_dir=app.settings.prompts_dir, cache=TranslationCache(app.store))


def test_summary_zh_to_en_keeps_terms_and_numbers(live_app):
    result = _translate(live_app, "summary")
    print(f"\nzh->en {result.chunks} chunks, {result.timings}\n{result.translation}")
    assert result.complete, result.error
    assert result.language_ok and detect_language(result.translation) == "en"
    assert "HarmonRank" in result.translation and "AUC" in result.translation
    assert result.missing_numbers == [], result.translation  # 4亿 -> 400 million, 2% -> 2%
    assert result.missing_terms == [], result.translation
    started = time.perf_counter()
    again = _translate(live_app, "summary")
    assert again.cached and again.translation == result.translation
    assert time.perf_counter() - started < 2


def test_abstract_en_to_zh_keeps_terms_and_numbers(live_app):
    result = _translate(live_app, "abstract")
    print(f"\nen->zh {result.chunks} chunks, {result.timings}\n{result.translation}")
    assert result.complete, result.error
    assert result.language_ok and detect_language(result.translation) == "zh"
    assert "HarmonRank" in result.translation and "AUC" in result.translation
    assert result.missing_numbers == [], result.translation  # 400 million -> 4亿 (or kept), 2%


def test_small_english_digest(live_app):
    digest = build_digest("a digest of this week's papers on sequential recommendation in English, 3 papers",
                          store=live_app.store, retriever_factory=live_app.retriever, llm=live_app.llm.get(),
                          embedder=live_app.embedder, prompts_dir=live_app.settings.prompts_dir,
                          today=date(2026, 1, 8), min_relevance=live_app.settings.min_relevance)
    print(f"\ndigest {digest.timings}\n{digest.markdown}")
    # one seed paper is about sequential recommendation (2601.03153); the others only recommend (issue 16: the
    # digest says "Only 1 paper matches" instead of padding with diversified or social recommenders)
    assert digest.language == "en" and 1 <= len(digest.papers) <= 3 and digest.error is None
    assert "2601.03153" in [p.id for p in digest.papers]
    if len(digest.papers) < 3:
        assert any(n.startswith("Only ") for n in digest.notes), digest.notes
    assert all(f"(https://arxiv.org/abs/{p.id})" in digest.markdown for p in digest.papers)
    assert all(p.line_source == "abstract" for p in digest.papers)
    if digest.overview:
        assert set(re.findall(r"\[(\d+)\]", digest.overview)) <= {"1", "2", "3"}
        assert detect_language(digest.overview) == "en"
    else:
        assert digest.notes, "a missing overview must be explained"


# The seed digest's papers about LLMs *and* recommendation (judged by reading them; issue 16). Decoys: LLM papers
# that are not about recommendation (2601.02750 fake news, 2601.03211 search labelers) and recommendation papers
# without an LLM (GCRank, HarmonRank, ...).
LLM_RECOMMENDATION = {"2601.02362", "2601.02364", "2601.02374", "2601.02381", "2601.02386", "2601.02764"}


def test_digest_lists_only_on_topic_papers_with_a_clean_overview(live_app):
    digest = live_app.digest(DigestRequest(topic="大语言模型推荐", language="zh", max_papers=6, style="themed"))
    print(f"\ndigest {digest.timings} cached={digest.cached_llm_replies}\n{digest.markdown}\n{digest.overview_dropped}")
    ids = [p.id for p in digest.papers]
    assert digest.error is None and 4 <= len(ids) <= 6, (ids, digest.notes)
    assert set(ids) <= LLM_RECOMMENDATION, ids
    # Since session 13 the overview is composed (what every paper shares, then one sentence per paper cited to it
    # alone, the model's when the checks keep it, else the paper's own line), so there is always one: before, the
    # bundled model's Chinese overview was often the instruction handed back and was left out.
    assert digest.overview, (digest.notes, digest.overview_dropped)
    papers = live_app.store.get_papers(ids)
    titles = {p.n: p.title for p in digest.papers}
    texts = {p.n: f"{p.title} {p.line} {paper_text(papers[p.id])}" for p in digest.papers}
    check = overview_checks(digest.overview, titles, texts)
    assert check["defects"] == 0, check["problems"]  # no repeat, ends at a sentence boundary, citation <-> name
    assert check["sentences"] == len(ids) + 1 and all(f"[{p.n}]。" in digest.overview for p in digest.papers)
    assert detect_language(digest.overview) == "zh"

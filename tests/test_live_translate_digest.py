"""Translation both ways and a small digest on the real embedded model (Qwen2.5 1.5B via llama.cpp). Marked `live`."""

import re
import time
from datetime import date

import pytest

from assistant.chains.digest import build_digest
from assistant.chains.translate import translate_paper
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
    assert digest.language == "en" and len(digest.papers) == 3 and digest.error is None
    assert all(f"(https://arxiv.org/abs/{p.id})" in digest.markdown for p in digest.papers)
    assert all(p.line_source == "abstract" for p in digest.papers)
    if digest.overview:
        assert set(re.findall(r"\[(\d+)\]", digest.overview)) <= {"1", "2", "3"}
        assert detect_language(digest.overview) == "en"
    else:
        assert digest.notes, "a missing overview must be explained"

"""Custom digests with a scripted LLM: request parsing, filtered selection, themes, zh/en lines, verification."""

import re
import uuid
from datetime import date

import numpy as np
import pytest

from assistant.chains.digest import (
    DigestRequest,
    build_digest,
    cluster_vectors,
    parse_digest_request,
    parse_theme_names,
    save_digest,
    stream_digest,
)
from assistant.translation_cache import TranslationCache
from assistant.types import ChineseSummary, Paper

TODAY = date(2026, 1, 8)  # a Thursday; "this week" = 2026-01-05..08, "last week" = 2025-12-29..2026-01-04
RAG_PAPERS = ["2601.05001", "2601.05002"]


@pytest.fixture(scope="module")
def digest_app(tmp_path_factory, data_dir):
    """The seed digest dated 2026-01-07 (cs.IR) plus RAG papers in cs.CL a week later and one from December."""
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    app = build_app(Settings(store_dir=tmp_path_factory.mktemp("digest"), embedding_mode="mock", llm_mode="mock",
                             min_relevance=0.05, _env_file=None))
    ingest_paths(app.store, [data_dir / "seed_digest.md"], date="2026-01-07")
    extra = [
        Paper(arxiv_id="2601.05001", title="RAGCache: Caching Retrieval-Augmented Generation for Serving",
              authors=["Ada Lovelace"], categories=["cs.CL"], dates=["2026-01-14"],
              abstract="Retrieval-augmented generation (RAG) serving is slow. RAGCache caches retrieved documents "
                       "and cuts latency by 40%.",
              summary=ChineseSummary(tldr="RAGCache 缓存检索增强生成的检索结果，将延迟降低40%。"), summary_usable=True),
        Paper(arxiv_id="2601.05002", title="LongRAG: Retrieval-Augmented Generation over Long Contexts",
              authors=["Grace Hopper"], categories=["cs.CL", "cs.IR"], dates=["2026-01-15"],
              abstract="Retrieval-augmented generation with long retrieval units improves answer recall.",
              summary=ChineseSummary(tldr="LongRAG 使用长检索单元改进检索增强生成的召回。"), summary_usable=True),
        Paper(arxiv_id="2512.09001", title="OldRAG: Retrieval-Augmented Generation Revisited",
              authors=["Alan Turing"], categories=["cs.IR"], dates=["2025-12-30"],
              abstract="We revisit retrieval-augmented generation baselines.",
              summary=ChineseSummary(tldr="重新审视检索增强生成基线。"), summary_usable=True),
    ]
    app.store.ingest(extra)
    return app


def run(app, request, llm, **kwargs):
    kwargs.setdefault("min_relevance", 0.05)
    return build_digest(request, store=app.store, retriever_factory=app.retriever, llm=llm, embedder=app.embedder,
                        prompts_dir=app.settings.prompts_dir, today=TODAY, **kwargs)


# ---------------------------------------------------------------- parsing
def test_parse_chinese_request():
    req = parse_digest_request("给我一份本周关于RAG的中文简报", today=TODAY)
    assert req == DigestRequest(topic="RAG", since="2026-01-05", until="2026-01-08", language="zh")


def test_parse_english_request():
    req = parse_digest_request("a digest of last week's LLM-for-recommendation papers in English", today=TODAY)
    assert (req.topic, req.since, req.until, req.language) == ("LLM for recommendation", "2025-12-29",
                                                               "2026-01-04", "en")
    assert req.max_papers == 10 and req.style == "brief"


@pytest.mark.parametrize("text, expected", [
    ("top 5 papers on graph neural networks in cs.IR since 2026-01-02",
     {"topic": "graph neural networks", "max_papers": 5, "categories": ["cs.IR"], "since": "2026-01-02",
      "until": None}),
    ("本周推荐系统论文，按主题分组，英文，8篇",
     {"topic": "推荐系统", "language": "en", "max_papers": 8, "style": "themed"}),
    ("上个月的大语言模型论文 三篇", {"topic": "大语言模型", "since": "2025-12-01", "until": "2025-12-31",
                              "max_papers": 3, "language": "zh"}),
    ("today's papers", {"topic": "", "since": "2026-01-08", "until": "2026-01-08", "language": "en"}),
    ("five RAG papers from the past 3 days, grouped by theme",
     {"topic": "RAG", "max_papers": 5, "since": "2026-01-06", "style": "themed"}),
    ("ranking papers by Boyang Xia from 2026-01-01 to 2026-01-07 in Chinese",
     {"topic": "ranking", "authors": ["Boyang Xia"], "since": "2026-01-01", "until": "2026-01-07",
      "language": "zh"}),
])
def test_parse_variants(text, expected):
    got = parse_digest_request(text, today=TODAY).model_dump()
    assert {k: got[k] for k in expected} == expected



def test_parse_counts_written_as_words():
    assert parse_digest_request("thirteen RAG papers", today=TODAY).max_papers == 13
    assert parse_digest_request("a dozen ranking papers", today=TODAY).max_papers == 12
    assert parse_digest_request("十二篇排序论文", today=TODAY).max_papers == 12


# ---------------------------------------------------------------- selection
def test_selection_honours_dates(digest_app):
    rag = "retrieval-augmented generation"
    later = run(digest_app, DigestRequest(topic=rag, since="2026-01-12", until="2026-01-18", language="en"), None)
    assert sorted(p.id for p in later.papers) == RAG_PAPERS
    this_week = run(digest_app, DigestRequest(topic=rag, since="2026-01-05", until="2026-01-08"), None)
    ids = [p.id for p in this_week.papers]
    assert "2601.02428" in ids and not set(ids) & set(RAG_PAPERS + ["2512.09001"])
    december = run(digest_app, DigestRequest(topic=rag, until="2025-12-31"), None)
    assert [p.id for p in december.papers] == ["2512.09001"]


def test_selection_honours_categories_authors_and_max(digest_app):
    cl = run(digest_app, DigestRequest(topic="retrieval-augmented generation", categories=["cs.CL"]), None)
    assert sorted(p.id for p in cl.papers) == RAG_PAPERS
    by = run(digest_app, DigestRequest(authors=["Grace Hopper"]), None)
    assert [p.id for p in by.papers] == ["2601.05002"]
    capped = run(digest_app, DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=3), None)
    assert len(capped.papers) == 3 and len({p.id for p in capped.papers}) == 3


def test_relevance_cut_and_nothing_found(digest_app, scripted, scripted_llm):
    strict = run(digest_app, DigestRequest(topic="protein folding", language="en"), scripted_llm, min_relevance=0.99)
    assert strict.papers == [] and "No papers match" in strict.markdown and scripted.requests == []
    # below the dense cut, a paper that names the topic still qualifies (short topics embed poorly)
    named = run(digest_app, DigestRequest(topic="HarmonRank"), None, min_relevance=0.99)
    assert [p.id for p in named.papers] == ["2601.02955"]


# ---------------------------------------------------------------- output
def test_chinese_digest_lines_links_and_verified_overview(digest_app, scripted, scripted_llm):
    # one paper this week names RAG where it says what it is about (FUSE names 'retrieval-augmented context' once,
    # among seven prompting strategies of a search system: not a RAG paper)
    scripted.enqueue({"tokens": ["1. ARM是一个动态记忆检索增强生成框架，召回率为99%。\n"]})
    events = list(stream_digest("给我一份本周关于RAG的中文简报", store=digest_app.store,
                                retriever_factory=digest_app.retriever, llm=scripted_llm,
                                embedder=digest_app.embedder, prompts_dir=digest_app.settings.prompts_dir,
                                today=TODAY, min_relevance=0.05))
    digest = events[-1].data
    assert events[0].kind == "progress" and events[-1].kind == "digest"
    assert "".join(e.data for e in events if e.kind == "markdown") == digest.markdown
    assert digest.markdown.startswith("# 论文简报：RAG") and "2026-01-05 – 2026-01-08" in digest.markdown
    first = digest.papers[0]
    assert first.id == "2601.02428" and first.line_source == "tldr"
    assert first.line.startswith("ARM是一个动态记忆检索增强生成框架")
    assert "- [1] [A Dynamic Retrieval-Augmented Generation System with Selective Memory and Remembrance]" \
           "(https://arxiv.org/abs/2601.02428)" in digest.markdown
    # the overview: one request, each item numbered with its line, asked for in Chinese; the model's sentence with
    # an invented 99% is replaced by a clause of the paper's own line
    user = scripted.requests[0]["messages"][1]["content"]
    assert user.startswith("论文：\n1. ") and "为每篇论文写一句" in user
    assert digest.overview.startswith("ARM是一个动态记忆检索增强生成框架") and digest.overview.endswith("[1]。")
    assert "## 总览" in digest.markdown and "99%" not in digest.markdown
    assert any("99" in d["reason"] for d in digest.overview_dropped)


def test_english_digest_uses_abstract_or_cached_translation(digest_app, scripted, scripted_llm):
    cache = TranslationCache(client=digest_app.store.client, name=f"tr_{uuid.uuid4().hex[:8]}")
    paper = digest_app.store.get_paper("2601.02955")
    cache.put(("2601.02955", "summary", "zh-en", "m", "v"), paper.content_hash(),
              {"sections": [{"name": "tldr", "translation": "HarmonRank aligns multi-objective ranking."}]},
              arxiv_id="2601.02955", field="summary", direction="zh-en")
    scripted.enqueue({"tokens": ["NOT_FOUND"]})
    digest = run(digest_app, "a digest of this week's ranking papers in English, 4 papers", scripted_llm,
                 translations=cache)
    by_id = {p.id: p for p in digest.papers}
    assert digest.language == "en" and len(digest.papers) == 4 and "2601.02955" in by_id
    assert by_id["2601.02955"].line == "HarmonRank aligns multi-objective ranking."
    assert by_id["2601.02955"].line_source == "translation"
    others = [p for p in digest.papers if p.id != "2601.02955"]
    assert all(p.line_source == "abstract" and p.line.endswith(".") for p in others)
    # the model refused: the overview is still there, a sentence per paper from its own text, each citing it alone
    assert digest.overview and "overview was dropped" not in digest.markdown
    assert all(f"[{p.n}]." in digest.overview for p in digest.papers)


def test_repeated_digest_reuses_cached_llm_replies(digest_app, scripted, scripted_llm):
    """Same request over unchanged papers: theme names and overview come from the store, no LLM call. Only
    accepted replies are kept: a failed call, unparsable theme names or an overview the verifier rejects are
    asked again next time; a different topic is a different request."""
    cache = TranslationCache(client=digest_app.store.client, name=f"tr_{uuid.uuid4().hex[:8]}")
    request = DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=6, style="themed", language="zh")
    scripted.enqueue({"status": 500}, {"tokens": ["NOT_FOUND"]})  # budgeted calls: no retry
    failed = run(digest_app, request, scripted_llm, translations=cache)
    assert [t.named_by for t in failed.themes] == ["keywords", "other"]
    assert failed.overview and len(failed.overview_dropped) == 6  # every paper's sentence from its own line
    line = "，".join(failed.papers[0].line.split("。")[0].split("，")[:2])  # its first two clauses
    scripted.enqueue({"tokens": ["no names here"]}, {"tokens": [f"1. {line}。\n"]})
    unnamed = run(digest_app, request, scripted_llm, translations=cache)
    assert unnamed.cached_llm_replies == 0 and [t.named_by for t in unnamed.themes] == ["keywords", "other"]
    assert unnamed.overview and len(unnamed.overview_dropped) == 5  # NOT_FOUND was not kept: the model was asked
    scripted.enqueue({"tokens": ["1: 推荐与评估\n"]})
    first = run(digest_app, request, scripted_llm, translations=cache)
    assert [t.name for t in first.themes] == ["推荐与评估", "其他"]
    assert first.overview.split("方面，", 1)[1] == unnamed.overview.split("方面，", 1)[1]  # the theme's name leads
    assert first.cached_llm_replies == 1  # the overview accepted in the previous run
    calls = len(scripted.requests)
    again = run(digest_app, request, scripted_llm, translations=cache)
    assert len(scripted.requests) == calls and again.cached_llm_replies == 2
    assert again.markdown == first.markdown and again.themes == first.themes
    scripted.enqueue({"status": 500}, {"tokens": ["NOT_FOUND"]})
    other = run(digest_app, request.model_copy(update={"topic": "ranking"}), scripted_llm, translations=cache)
    assert len(scripted.requests) > calls and other.cached_llm_replies < 2


def test_themed_digest_groups_papers_and_names_themes(digest_app, scripted, scripted_llm):
    """Groups of two or more papers get a name, largest first; a one-paper group goes under 'Other' at the end.
    An LLM name is kept only when the members' own text supports it (issue 16)."""
    scripted.enqueue({"tokens": ["1: Streaming queries\n", "2: Quantum chemistry\n"]}, {"tokens": ["NOT_FOUND"]})
    digest = run(digest_app, DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=8, style="themed",
                                           language="en"), scripted_llm)
    assert len(digest.themes) == 3  # 8 papers -> 3 clusters; the one-paper cluster is 'Other'
    numbers = sorted(n for t in digest.themes for n in t.items)
    assert numbers == list(range(1, 9))
    sizes = [len(t.items) for t in digest.themes]
    assert sizes[:2] == sorted(sizes[:2], reverse=True) and min(sizes[:2]) >= 2
    assert [t.name for t in digest.themes] == ["Streaming queries", "Feature", "Other"]
    assert [t.named_by for t in digest.themes] == ["llm", "keywords", "other"]  # 'Quantum chemistry' rejected
    assert "streaming" in digest.themes[0].terms and digest.themes[1].terms == ["feature"]
    assert digest.themes[0].support >= 0.8 and digest.themes[1].support == 1.0 and digest.themes[2].terms == []
    assert "## Streaming queries" in digest.markdown and "## Other" in digest.markdown
    prompt = scripted.requests[0]["messages"][0]["content"]
    assert "Group 1 (key terms: streaming, labels" in prompt and "Group 3" not in prompt and "in English" in prompt
    # items follow their theme: numbering is continuous under the headings
    headings = [m.start() for m in re.finditer(r"^## (?!Overview)", digest.markdown, re.MULTILINE)]
    assert len(headings) == 3


def test_theme_names_fall_back_to_keywords(digest_app, scripted, scripted_llm):
    scripted.enqueue(*[{"status": 500}] * 3, {"tokens": ["NOT_FOUND"]})
    digest = run(digest_app, DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=5, style="themed",
                                           language="zh"), scripted_llm)
    assert len(digest.themes) == 2 and all(t.named_by in ("keywords", "other") and t.name for t in digest.themes)
    assert any("主题名称由关键词生成" in n for n in digest.notes)


def test_time_budget_skips_llm_parts(digest_app, scripted, scripted_llm):
    digest = run(digest_app, DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=6, style="themed",
                                           language="en"), scripted_llm, time_budget=0)
    assert scripted.requests == [] and len(digest.papers) == 6 and digest.overview == ""
    assert any("time budget" in n for n in digest.notes) and "> Note: Over the time budget" in digest.markdown


def test_time_budget_bounds_a_model_slow_to_start(digest_app, scripted, scripted_llm):
    """A model still evaluating the prompt (no token yet) is cut off by the budget, not by its own timeout."""
    import time

    scripted.enqueue({"sleep": 30, "tokens": ["1: late"]}, {"sleep": 30, "tokens": ["late [1]."]})
    started = time.perf_counter()
    digest = run(digest_app, DigestRequest(since="2026-01-05", until="2026-01-08", max_papers=6, style="themed",
                                           language="en"), scripted_llm, time_budget=4)
    assert time.perf_counter() - started < 12
    assert len(digest.papers) == 6 and digest.overview == "" and digest.error is None
    assert any("time budget" in n for n in digest.notes)


def test_no_llm_and_save(digest_app, tmp_path):
    digest = run(digest_app, DigestRequest(topic="ranking", max_papers=3), None)
    assert len(digest.papers) == 3 and digest.overview == "" and digest.notes == []
    path = save_digest(digest.markdown, tmp_path / "out" / "digest.md")
    assert path.read_text(encoding="utf-8") == digest.markdown



def test_hostile_topic_renders_inert_in_the_title(digest_app):
    """Issue 17: the topic is the user's text; echoed into the title it must not become a link, HTML or a
    table, and must still read as typed."""
    markdown_it = pytest.importorskip("markdown_it")
    topic = "# x](javascript:alert(1)) <img src=x onerror=1> | *"
    digest = run(digest_app, DigestRequest(topic=topic, language="en"), None, min_relevance=0.99)
    heading = digest.markdown.splitlines()[0]
    html = markdown_it.MarkdownIt("commonmark", {"html": True}).render(heading)
    assert html.startswith("<h1>") and html.count("<") == 2  # <h1> and </h1>: no <a>, <img> or table
    assert "href" not in html and "<img" not in html
    assert digest.title == f"Paper digest: {topic}"  # the data keeps the topic as typed
    text = markdown_it.MarkdownIt("commonmark").render(heading)
    assert "# x](javascript:alert(1)) &lt;img src=x onerror=1&gt; | *" in text.replace("\u200b", "")


def test_cluster_vectors_and_theme_parsing():
    rng = np.random.default_rng(0)
    a = rng.normal(0, 0.05, (4, 8)) + np.eye(8)[0]
    b = rng.normal(0, 0.05, (3, 8)) + np.eye(8)[1]
    groups = cluster_vectors(np.vstack([a, b[:1], a[:0], b[1:]]), 2)
    assert groups == [[0, 1, 2, 3], [4, 5, 6]]
    assert cluster_vectors(np.vstack([a, b]), 1) == [list(range(7))]
    assert parse_theme_names("Group 1: **Ranking**\n2：推荐系统\n3: x\nnoise", 2) == {1: "Ranking", 2: "推荐系统"}


# ---------------------------------------------------------------- LLM relevance scores (API models only)
def test_llm_rerank_scores_candidates_keeps_relevant_with_reasons(digest_app, scripted, scripted_llm):
    from assistant.chains.digest import parse_scores

    request = DigestRequest(topic="retrieval-augmented generation", language="en", max_papers=2, style="brief")
    candidates = run(digest_app, request.model_copy(update={"max_papers": 4}), None)
    ids = [p.id for p in candidates.papers]
    assert len(ids) == 4
    # the LLM rates paper 3 best, paper 1 off-topic; one reason tries to smuggle a link
    scripted.enqueue({"tokens": ["1: 2 | unrelated\n", "2: 7 | caches RAG results http://evil.example\n",
                                 "3: 9 | exactly about RAG\n", "4: 6 | related\n"]}, {"tokens": ["NOT_FOUND"]})
    digest = run(digest_app, request, scripted_llm, llm_rerank=True)
    prompt = scripted.requests[0]["messages"][0]["content"]
    assert prompt.count("<paper n=") == 4 and "retrieval-augmented generation" in prompt
    assert [p.id for p in digest.papers] == [ids[2], ids[1]]
    assert [p.llm_score for p in digest.papers] == [9.0, 7.0]
    assert digest.papers[0].reason == "exactly about RAG" and "evil" not in digest.markdown
    assert "_(exactly about RAG)_" in digest.markdown
    assert parse_scores("1: 11 | x\n9: 5 | y\n2) 5/10 - fine\nnoise", 3) == {2: (5.0, "fine")}


def test_llm_rerank_failure_keeps_retrieval_order(digest_app, scripted, scripted_llm):
    request = DigestRequest(topic="retrieval-augmented generation", language="en", max_papers=2, style="brief")
    plain = run(digest_app, request, None)
    scripted.enqueue(*[{"status": 500}] * 3, {"tokens": ["NOT_FOUND"]})
    digest = run(digest_app, request, scripted_llm, llm_rerank=True)
    assert [p.id for p in digest.papers] == [p.id for p in plain.papers]
    assert all(p.llm_score is None and p.reason == "" for p in digest.papers)
    assert any("not scored" in n for n in digest.notes)


@pytest.mark.parametrize("mode, llm_env, expected", [
    ("auto", {"llm_mode": "local"}, False), ("auto", {"llm_mode": "openai", "llm_api_key": "k"}, True),
    ("auto", {"llm_mode": "mock"}, False), ("on", {"llm_mode": "local"}, True),
    ("off", {"llm_mode": "openai", "llm_api_key": "k"}, False)])
def test_rerank_only_on_api_models_by_default(tmp_path, mode, llm_env, expected):
    from assistant.settings import Settings
    from assistant.wiring import build_app

    app = build_app(Settings(store_dir=tmp_path, embedding_mode="mock", digest_llm_rerank=mode, _env_file=None,
                             **llm_env))
    assert app.digest_rerank() is expected


def test_app_digest_without_a_startable_model_says_so(mock_seed_app, monkeypatch):
    """Issue 14: one behaviour everywhere. When the model cannot start, App builds the digest without it and says
    so in `notes` (the CLI used to exit, the UI to fall back)."""
    from assistant.chains.digest import DigestRequest
    from assistant.errors import LLMUnavailable

    def down():
        raise LLMUnavailable("the local LLM server exited")

    monkeypatch.setattr(mock_seed_app.llm, "get", down)
    digest = mock_seed_app.digest(DigestRequest(topic="ranking", language="en", max_papers=3))
    assert digest.papers and any("language model is unavailable" in n for n in digest.notes)

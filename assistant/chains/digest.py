"""Custom digests: "给我一份本周关于RAG的中文简报" -> a Markdown brief of the matching papers.

The digest is built from the papers' own fields (Chinese TL;DR, the abstract's first sentence, a cached
translation) so every line is what the paper says; the LLM only names themes and writes a short overview,
and that overview is verified against the lines like any answer (unsupported sentences and numbers are
dropped). Both LLM parts run under a time budget and degrade to "no overview"/keyword theme names, because
on the bundled CPU model a digest must not take minutes.
"""

from __future__ import annotations

import html
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.answer import LANGUAGE_NAMES, Event, final_event
from assistant.chains.sources import sanitize
from assistant.chains.translate import load_glossary, term_occurs
from assistant.chunking import paper_metadata
from assistant.citations import verify
from assistant.errors import InputError, LLMUnavailable
from assistant.lang import CJK_RE, detect_language, tokenize
from assistant.llm import ChatModel, count_tokens, truncate_tokens
from assistant.prompts import load
from assistant.retrieval import HybridRetriever, SearchFilters, recent_papers
from assistant.translation_cache import TranslationCache
from assistant.types import Paper

logger = logging.getLogger(__name__)

MAX_PAPERS = 50
OVERVIEW_MAX_TOKENS = 200
TEXTS = {
    "zh": {"title": "论文简报", "papers": "篇论文", "overview": "总览", "none": "没有找到符合条件的论文。",
           "recent": "最新论文", "note": "注："},
    "en": {"title": "Paper digest", "papers": "papers", "overview": "Overview",
           "none": "No papers match this request.", "recent": "recent papers", "note": "Note: "},
}
NOTES = {
    "budget_themes": {"zh": "超出时间预算，主题名称由关键词生成。", "en": "Over the time budget: theme names are keywords."},
    "llm_themes": {"zh": "语言模型不可用，主题名称由关键词生成。",
                   "en": "The language model is unavailable: theme names are keywords."},
    "budget_overview": {"zh": "超出时间预算，未生成总览。", "en": "Over the time budget: no overview was written."},
    "llm_overview": {"zh": "语言模型不可用，未生成总览。", "en": "The language model is unavailable: no overview."},
    "budget_rerank": {"zh": "超出时间预算，未用语言模型评估相关性。",
                      "en": "Over the time budget: papers were not scored by the language model."},
    "llm_rerank": {"zh": "语言模型不可用，未评估相关性。", "en": "The language model is unavailable: papers were not scored."},
    "dropped_overview": {"zh": "总览未通过核验（与论文内容不符），已省略。",
                         "en": "The overview was dropped: none of it was supported by the papers."},
}


class DigestRequest(BaseModel):
    """What to put in a digest. Dates are ISO (inclusive); an empty topic means every paper in the range."""

    model_config = ConfigDict(extra="forbid")

    topic: str = ""
    since: str | None = None
    until: str | None = None
    categories: list[str] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    language: Literal["zh", "en"] = "zh"
    max_papers: int = Field(10, ge=1, le=MAX_PAPERS)
    style: Literal["brief", "themed"] = "brief"

    def filters(self) -> SearchFilters:
        return SearchFilters(since=self.since, until=self.until, categories=tuple(self.categories),
                             author=self.authors[0] if len(self.authors) == 1 else None)


class DigestItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n: int
    id: str
    title: str
    url: str
    date: str = ""
    categories: list[str] = Field(default_factory=list)
    line: str
    line_source: Literal["tldr", "abstract", "translation", "title"]
    theme: str = ""
    score: float = 0.0
    llm_score: float | None = Field(None, description="0-10 relevance given by the LLM (only with rerank)")
    reason: str = Field("", description="the LLM's one-line reason for including the paper (only with rerank)")


class DigestTheme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    named_by: Literal["llm", "keywords"]
    items: list[int] = Field(default_factory=list, description="item numbers (DigestItem.n)")


class Digest(BaseModel):
    """What `digest --json` would print; `markdown` is the document (equal to the streamed pieces joined)."""

    model_config = ConfigDict(extra="forbid")

    request: DigestRequest
    language: str
    title: str
    markdown: str = ""
    papers: list[DigestItem] = Field(default_factory=list)
    themes: list[DigestTheme] = Field(default_factory=list)
    overview: str = ""
    overview_dropped: list[dict] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    error: str | None = None
    model: str = ""
    prompt_version: str = ""
    cached_llm_replies: int = 0  # LLM replies served from the store cache (a repeated digest)
    timings: dict[str, float] = Field(default_factory=dict)


# ---------------------------------------------------------------- request parsing
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a dozen": 12}
_CATEGORY_RE = re.compile(r"(?<![\w.])((?:cs|stat|math|eess|econ|q-bio|q-fin|physics)\.[A-Za-z]{2})(?![\w.])",
                          re.IGNORECASE)
_COUNT_RE = re.compile(
    r"\btop[\s-]*(\d{1,2})\b|\b(\d{1,2})\s*(?:papers?|articles?|items?|entries)\b|(\d{1,2})\s*篇|"
    r"([一二两三四五六七八九十]{1,3})\s*篇|\b(" + "|".join(_EN_NUM) + r")\s+(?:\w+[\s-]+){0,3}?(?:papers?|articles?)\b",
    re.IGNORECASE)
_LANG_RE = re.compile(r"(中文|汉语|简体|\bchinese\b|\bin zh\b)|(英文|英语|\benglish\b|\bin en\b)", re.IGNORECASE)
_LANG_PHRASE_RE = re.compile(r"\b(?:in|into)\s+(?:english|chinese)\b|(?:用|以)?(?:中文|汉语|英文|英语)(?:版|写)?|"
                             r"\b(?:english|chinese)(?:-language)?\b", re.IGNORECASE)
_THEMED_RE = re.compile(r"\bthemed\b|\bby (?:theme|topic)s?\b|\bgroup(?:ed)?\b|\bclusters?\b|按主题|分主题|主题分类|分组|"
                        r"按方向", re.IGNORECASE)
_BRIEF_RE = re.compile(r"\bbrief(?:ing)?\b|简报|简要", re.IGNORECASE)
_AUTHOR_RE = re.compile(r"\bby\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,3})|作者(?:是|为)?\s*([^\s，。,、的]+)")
_ISO_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_TOPIC_ZH_RE = re.compile(r"(?:关于|有关|涉及)(.+?)(?:的|方面|领域|$)")
_TOPIC_EN_RE = re.compile(r"\b(?:on|about|regarding|covering|concerning)\s+(.+)$", re.IGNORECASE)
_FILLER_EN_RE = re.compile(
    r"\b(?:please|can you|could you|give me|make me|send me|show me|i want|i'd like|i need|make|create|write|"
    r"generate|prepare|produce|compile|a|an|the|my|some|daily|weekly|custom|short|quick|latest|recent|new|"
    r"digest(?:s)?(?: of)?|brief(?:ing)?(?: of)?|newsletter(?: of)?|summary(?: of)?|overview(?: of)?|"
    r"report(?: of)?|roundup(?: of)?|papers?|articles?|works?|publications?|preprints?|themed|with themes|"
    r"grouped|by (?:theme|topic)s?)\b", re.IGNORECASE)
_FILLER_ZH_RE = re.compile(r"给我|帮我|为我|请|麻烦|生成|整理|做|写|来|一份|一个|一下|简报|摘要|综述|周报|日报|月报|报告|"
                           r"论文|文章|研究|最新的?|最近的?|相关的?|方面的?|领域的?|按主题|分主题|的$|^的")


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _date_phrase(text: str, today: date) -> tuple[date | None, date | None, list[tuple[int, int]]]:
    """Relative date phrases -> (since, until, spans matched)."""
    rules: list[tuple[str, Callable[[re.Match], tuple[date, date]]]] = [
        (r"\b(?:past|last)\s+(\d{1,3})\s+days?\b|(?:最近|近|过去)\s*(\d{1,3})\s*天",
         lambda m: (today - timedelta(days=int(m.group(1) or m.group(2)) - 1), today)),
        (r"\b(?:past|last)\s+7\s+days\b|\bpast\s+week\b|(?:最近|近|过去)一周|(?:最近|近)七天",
         lambda m: (today - timedelta(days=6), today)),
        (r"\blast\s+week(?:'s)?\b|\bprevious\s+week(?:'s)?\b|上周|上一周|上星期|上个星期",
         lambda m: (today - timedelta(days=today.weekday() + 7), today - timedelta(days=today.weekday() + 1))),
        (r"\bthis\s+week(?:'s)?\b|本周|这周|这一周|本星期|这个星期",
         lambda m: (today - timedelta(days=today.weekday()), today)),
        (r"\blast\s+month(?:'s)?\b|上个月|上月",
         lambda m: _month_range(*((today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)))),
        (r"\bthis\s+month(?:'s)?\b|本月|这个月", lambda m: (today.replace(day=1), today)),
        (r"\byesterday(?:'s)?\b|昨天|昨日", lambda m: (today - timedelta(days=1),) * 2),
        (r"\btoday(?:'s)?\b|今天|今日", lambda m: (today, today)),
    ]
    for pattern, compute in rules:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            since, until = compute(match)
            return since, until, [match.span()]
    dates = list(_ISO_RE.finditer(text))
    if len(dates) >= 2:  # "from 2026-01-01 to 2026-01-07": the words between go too
        return (date.fromisoformat(dates[0].group(1)), date.fromisoformat(dates[1].group(1)),
                [(dates[0].start(), dates[1].end())])
    if dates:
        d = date.fromisoformat(dates[0].group(1))
        before = text[:dates[0].start()].lower()
        if re.search(r"(since|from|after|从|自|以来)\s*$", before) or "以来" in text[dates[0].end():][:3]:
            return d, None, [dates[0].span()]
        if re.search(r"(until|before|till|up to|到|至|之前)\s*$", before):
            return None, d, [dates[0].span()]
        return d, d, [dates[0].span()]
    return None, None, []


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _count(match: re.Match) -> int:
    for group in match.groups():
        if not group:
            continue
        if group.isdigit():
            return int(group)
        if group.lower() in _EN_NUM:
            return _EN_NUM[group.lower()]
        if all(c in _ZH_NUM for c in group):
            if "十" in group:
                tens, _, ones = group.partition("十")
                return _ZH_NUM.get(tens, 1) * 10 + _ZH_NUM.get(ones, 0)
            return _ZH_NUM[group[0]]
    return 10


def _clean_topic(text: str) -> str:
    text = re.sub(r"'s\b", " ", text)
    zh = _TOPIC_ZH_RE.search(text)
    if zh:
        text = zh.group(1)
    else:
        en = _TOPIC_EN_RE.search(text)
        if en:
            text = en.group(1)
    for _ in range(3):
        text = _FILLER_ZH_RE.sub(" ", _FILLER_EN_RE.sub(" ", text))
    text = re.sub(r"[，。！？,.!?:：;；\"“”'‘’()（）]+", " ", text)
    dangling = r"(?:\s|的|\b(?:in|into|from|to|since|until|of|for|on|at|by|with|and|during|over|between)\b)+"
    for _ in range(3):
        text = re.sub(rf"^{dangling}|{dangling}$", "", re.sub(r"\s+", " ", text).strip(), flags=re.IGNORECASE)
    # "LLM-for-recommendation" -> "LLM for recommendation" (a compound of 3+ parts is a phrase)
    text = re.sub(r"\b[\w.]+(?:-[\w.]+){2,}\b", lambda m: m.group(0).replace("-", " "), text)
    return re.sub(r"\s+", " ", text).strip(" -")


def parse_digest_request(text: str, *, today: date | None = None) -> DigestRequest:
    """Turn a chat-like request into a DigestRequest. Relative dates are resolved against `today`
    (injectable for tests); language comes from explicit words (中文/English) else the request's language."""
    today = today or date.today()
    spans: list[tuple[int, int]] = []
    since, until, date_spans = _date_phrase(text, today)
    spans += date_spans
    languages = [("zh" if m.group(1) else "en", m.span()) for m in _LANG_RE.finditer(text)]
    language = languages[-1][0] if languages else detect_language(text)
    spans += [m.span() for m in _LANG_PHRASE_RE.finditer(text)]
    count = _COUNT_RE.search(text)
    max_papers = min(MAX_PAPERS, max(1, _count(count))) if count else 10
    if count:
        # keep the words between a number word and "papers" ("five RAG papers"): they are the topic
        spans.append(count.span() if not count.group(5) else count.span(5))
    categories = []
    for match in _CATEGORY_RE.finditer(text):
        prefix, _, suffix = match.group(1).partition(".")
        categories.append(f"{prefix.lower()}.{suffix.upper()}")
        spans.append(match.span())
    authors = []
    for match in _AUTHOR_RE.finditer(text):
        name = (match.group(1) or match.group(2) or "").strip()
        if name and not re.fullmatch(r"(?i)themes?|topics?|date|category|categories", name):
            authors.append(name)
            spans.append(match.span())
    style: Literal["brief", "themed"] = "themed" if _THEMED_RE.search(text) else "brief"
    spans += [m.span() for m in _THEMED_RE.finditer(text)] + [m.span() for m in _BRIEF_RE.finditer(text)]
    topic = _clean_topic(_blank(text, spans))
    return DigestRequest(topic=topic, since=since.isoformat() if since else None,
                         until=until.isoformat() if until else None, categories=list(dict.fromkeys(categories)),
                         authors=authors, language=language, max_papers=max_papers, style=style)


# ---------------------------------------------------------------- selection
def expand_topic(topic: str, prompts_dir: Path) -> str:
    """Add the glossary's zh and en forms of any term in the topic ('RAG' -> + retrieval-augmented
    generation, 检索增强生成): acronyms alone embed poorly and the corpus mixes both languages."""
    entries, _ = load_glossary(prompts_dir)
    extra = []
    for entry in entries:
        if any(term_occurs(t, topic) for t in entry.zh + entry.en):
            extra += [t for t in (entry.en[0], entry.zh[0]) if not term_occurs(t, topic)]
    return " ".join([topic, *dict.fromkeys(extra)])


def topic_forms(topic: str, prompts_dir: Path) -> list[set[str]]:
    """The topic as sets of BM25 tokens: itself and each glossary form of a term in it (RAG -> {rag},
    {retriev, augment, generat}, {检索, 增强, 生成, ...})."""
    forms = [set(tokenize(topic.replace("-", " ")))]
    entries, _ = load_glossary(prompts_dir)
    for entry in entries:
        if any(term_occurs(t, topic) for t in entry.zh + entry.en):
            forms += [set(tokenize(t.replace("-", " "))) for t in entry.zh + entry.en]
    return [f for f in forms if f]


def mentions_topic(paper: Paper, forms: list[set[str]]) -> bool:
    """Lexical relevance: every word of one form of the topic occurs in the paper's own text. Needed because
    a short topic ('ranking', 'knowledge distillation') embeds far from any abstract (measured with USE:
    on-topic 0.17-0.28, off-topic up to 0.19), so a dense cut alone either drops or admits too much."""
    text = " ".join([paper.title, paper.title_zh, paper.abstract, paper.summary.as_text(), " ".join(paper.keywords)])
    tokens = set(tokenize(text.replace("-", " ")))  # "ads-ranking" names both ads and ranking
    return any(form <= tokens for form in forms)


def _norm_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def select_papers(request: DigestRequest, *, store, retriever_factory: Callable[[SearchFilters], HybridRetriever],
                  prompts_dir: Path, min_relevance: float = 0.3) -> list[tuple[Paper, float]]:
    """(paper, dense similarity) for the digest: hybrid retrieval under the request's filters with a
    per-paper relevance cut, or (no topic) every paper in the range, newest first; deduped, capped."""
    filters = request.filters()
    ordered: list[tuple[Paper, float]] = []
    if request.topic:
        retriever = retriever_factory(filters)
        query = expand_topic(request.topic, prompts_dir)
        results = retriever.search_papers(query, max(3 * request.max_papers, 20))
        papers = store.get_papers([r.arxiv_id for r in results])
        forms = topic_forms(request.topic, prompts_dir)
        ordered = [(papers[r.arxiv_id], r.dense_similarity) for r in results if r.arxiv_id in papers
                   and (r.dense_similarity >= min_relevance or mentions_topic(papers[r.arxiv_id], forms))]
        logger.info("digest: %d of %d hits pass the relevance cut (dense >= %.2f or the topic named)",
                    len(ordered), len(results), min_relevance)
    else:
        ordered = [(p, 0.0) for p in recent_papers(store, filters, limit=None)]
    out: list[tuple[Paper, float]] = []
    seen: set[str] = set()
    for paper, score in ordered:
        if not filters.matches(paper_metadata(paper)):  # safety net: the dense side may over-return
            continue
        names = " ".join(paper.authors).lower()
        if request.authors and not any(a.lower() in names for a in request.authors):
            continue
        key = _norm_title(paper.title)
        if key in seen or paper.arxiv_id in seen:
            continue
        seen.update({key, paper.arxiv_id})
        out.append((paper, score))
        if len(out) >= request.max_papers:
            break
    return out


# ---------------------------------------------------------------- lines
def _strip_latex(text: str) -> str:
    text = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\(?:color)\{[^{}]*\}|\\[a-zA-Z]+", " ", text)
    return re.sub(r"\s+", " ", text.replace("$", "")).strip()


def first_sentence(text: str, limit: int = 300) -> str:
    text = _strip_latex(text)
    match = re.search(r"^(.+?[.!?])(?=\s+[A-Z(\"'])", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= limit else sentence[:limit - 1].rstrip() + "…"


def paper_line(paper: Paper, language: str, translations: TranslationCache | None = None) -> tuple[str, str]:
    """(line, where it came from): zh = the Chinese TL;DR; en = a cached English translation of the TL;DR
    when one exists, else the abstract's first sentence. Never generated here."""
    tldr = paper.summary.tldr.strip()
    if language == "zh" and tldr:
        return tldr, "tldr"
    if language == "en" and translations is not None and tldr:
        cached = translations.find(paper.arxiv_id, "summary", "zh-en", paper.content_hash())
        for section in (cached or {}).get("sections", []):
            if section.get("name") == "tldr" and section.get("translation"):
                return section["translation"].strip(), "translation"
    if paper.abstract.strip():
        return first_sentence(paper.abstract), "abstract"
    if tldr:
        return tldr, "tldr"
    return paper.title, "title"


def _md_escape(text: str) -> str:
    """Untrusted text (paper fields, model output) as Markdown that shows as written: HTML escaped, brackets
    escaped (no links, images or reference definitions to other hosts), bare URLs not auto-linked. Citation
    markers like [3] stay plain where they cannot start a link."""
    text = re.sub(r"([\[\]])", r"\\\1", html.escape(text, quote=False))
    text = re.sub(r"\\\[(\d{1,2})\\\](?![(\[:])", r"[\1]", text)
    return re.sub(r"(?i)\b(https?|ftp|www)(?=[:.])", "\\1\u200b", text)


def render_item(item: DigestItem) -> str:
    """One list line; the link is built from the arXiv id, everything taken from the paper is escaped."""
    date_part = f" ({item.date})" if item.date else ""
    reason = f" _({_md_escape(item.reason)})_" if item.reason else ""
    return f"- [{item.n}] [{_md_escape(item.title)}]({item.url}){date_part} — {_md_escape(item.line)}{reason}"


# ---------------------------------------------------------------- LLM relevance scores (ArxivDigest style)
RERANK_KEEP = 5.0  # papers the LLM scores below this (0-10) are left out
_SCORE_RE = re.compile(r"^\s*\[?(\d{1,2})\]?\s*[:：.)]\s*(\d{1,2}(?:\.\d)?)\s*(?:/\s*10)?\s*[|｜\-–—:]?\s*(.*)$")


def parse_scores(raw: str, count: int) -> dict[int, tuple[float, str]]:
    """'3: 8 | reason' lines -> {3: (8.0, 'reason')}; out-of-range numbers and scores are ignored."""
    scores: dict[int, tuple[float, str]] = {}
    for line in raw.splitlines():
        match = _SCORE_RE.match(line)
        if not match:
            continue
        n, score = int(match.group(1)), float(match.group(2))
        reason = re.sub(r"https?://\S+|www\.\S+|<[^>]*>", "", match.group(3))  # the reason is shown: no links/tags
        reason = re.sub(r"\s+", " ", reason).strip(" *_`\"'")[:200]
        if 1 <= n <= count and 0 <= score <= 10:
            scores.setdefault(n, (score, reason))
    return scores


def score_papers(topic: str, papers: list[Paper], *, llm: ChatModel, prompts_dir: Path, language: str,
                 budget: _Budget, replies: _Replies | None = None) -> dict[str, tuple[float, str]]:
    """One LLM call rates every candidate 0-10 for the topic with a one-line reason (worth it only on a
    stronger API model; the bundled 1.5B model is not asked). Papers it does not rate keep their place."""
    prompt = load("digest.rerank", prompts_dir)
    share = max(40, llm.source_budget // max(1, len(papers)))
    blocks = []
    for n, paper in enumerate(papers, 1):
        text = paper.abstract or paper.summary.tldr
        blocks.append(f'<paper n="{n}">\n{truncate_tokens(sanitize(paper.title), 40)}\n'
                      f'{truncate_tokens(sanitize(first_sentence(text, 400)), share)}\n</paper>')
    messages = [{"role": "user", "content": prompt.format(topic=sanitize(topic), papers="\n".join(blocks),
                                                          language_name=LANGUAGE_NAMES[language])}]
    max_tokens = 40 * len(papers) + 16
    raw = "".join(_stream_within(llm, messages, budget, max_tokens=max_tokens, replies=replies))
    scores = parse_scores(raw, len(papers))
    if replies is not None and len(scores) == len(papers):
        replies.keep(llm, messages, max_tokens, raw)
    return {papers[n - 1].arxiv_id: value for n, value in scores.items()}


def rerank(selected: list[tuple[Paper, float]], scores: dict[str, tuple[float, str]], keep: int
           ) -> list[tuple[Paper, float]]:
    """Drop papers scored below RERANK_KEEP, order by LLM score (ties and unscored: retrieval order)."""
    order = {p.arxiv_id: i for i, (p, _) in enumerate(selected)}
    kept = [(p, s) for p, s in selected if scores.get(p.arxiv_id, (RERANK_KEEP, ""))[0] >= RERANK_KEEP]
    kept.sort(key=lambda ps: (-scores.get(ps[0].arxiv_id, (RERANK_KEEP, ""))[0], order[ps[0].arxiv_id]))
    return kept[:keep]


# ---------------------------------------------------------------- themes
def n_themes(count: int) -> int:
    """2-4 themes: fewer than 4 papers are not worth grouping."""
    if count < 4:
        return 1
    return 2 if count <= 6 else 3 if count <= 9 else 4


def cluster_vectors(vectors: np.ndarray, k: int) -> list[list[int]]:
    """Average-linkage agglomerative clustering on cosine similarity (deterministic; n <= 50 so O(n^3) is
    nothing). Clusters come largest first, members in input order."""
    n = len(vectors)
    if n == 0:
        return []
    if k <= 1:
        return [list(range(n))]
    v = np.asarray(vectors, dtype=np.float64)
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    sim = v @ v.T
    clusters = [[i] for i in range(n)]
    while len(clusters) > k:
        best = (-math.inf, 0, 1)
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                score = float(sim[np.ix_(clusters[a], clusters[b])].mean())
                if score > best[0]:
                    best = (score, a, b)
        _, a, b = best
        clusters[a] = clusters[a] + clusters[b]
        del clusters[b]
    return sorted((sorted(c) for c in clusters), key=lambda c: (-len(c), c[0]))


_EN_STOP = frozenset("""a an and are as at be by for from in into is of on or the to via with without towards toward
using based through beyond under over across its their our new novel large scale scalable efficient effective
approach approaches framework frameworks method methods model models system systems paper study learning
toward towards via""".split())
_ZH_STOP = frozenset("""提出 方法 模型 框架 通过 实现 基于 研究 问题 显著 提升 效果 性能 能力 使用 一种 进行 解决 现有
我们 本文 这种 利用 以及 并且 同时 相关 不同 多个 更好 有效 提高 结合""".split())


def _keywords(paper: Paper, language: str) -> list[str]:
    if language == "zh" and paper.summary.tldr:
        from assistant.lang import _jieba

        words = [w for w in _jieba().lcut(paper.summary.tldr + " " + paper.title_zh)
                 if len(w) >= 2 and CJK_RE.match(w) and w not in _ZH_STOP]
    else:
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z\-]{2,}", paper.title) if w.lower() not in _EN_STOP]
        words = [w if sum(c.isupper() for c in w) >= 2 else w.lower() for w in words]
    return words + list(paper.keywords)


def keyword_name(group: list[Paper], everyone: list[Paper], language: str, top: int = 2) -> str:
    """Fallback theme name: the group's most frequent words, weighted by how specific they are to it."""
    df: Counter[str] = Counter()
    for paper in everyone:
        df.update(set(_keywords(paper, language)))
    tf: Counter[str] = Counter()
    for paper in group:
        tf.update(_keywords(paper, language))
    n = max(1, len(everyone))
    ranked = sorted(tf, key=lambda w: (-tf[w] * math.log(1 + n / df[w]), w))
    words = ranked[:top]
    if not words:
        return "其他" if language == "zh" else "Other"
    return ("、" if language == "zh" else " · ").join(w if language == "zh" else w[:1].upper() + w[1:]
                                                      for w in words)


_THEME_LINE_RE = re.compile(r"^\W*(?:group|组|主题|theme)?\s*(\d{1,2})\s*[:：.)、\-–]\s*(.+?)\s*$", re.IGNORECASE)


def parse_theme_names(raw: str, k: int) -> dict[int, str]:
    """'1: Ranking models' lines -> {1: 'Ranking models'}; unusable names are left out (-> fallback)."""
    names: dict[int, str] = {}
    for line in raw.splitlines():
        match = _THEME_LINE_RE.match(line)
        if not match:
            continue
        index = int(match.group(1))
        name = re.sub(r"^(?:group|组|主题|theme)\s*\d*\s*[:：]?\s*", "", match.group(2), flags=re.IGNORECASE)
        name = name.strip(" *_#\"'“”‘’`[]()（）.。")
        if 1 <= index <= k and name and len(name) <= 60 and len(name.split()) <= 8 and "<" not in name:
            names.setdefault(index, name)
    return names


# ---------------------------------------------------------------- the chain
class _Budget:
    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()


class _Replies:
    """The digest's LLM replies kept in the store cache (see `TranslationCache.reply_key`); counts the hits.

    Only a reply its caller accepted is kept (`keep`: every theme named, every candidate scored, an overview
    the verifier did not reject), so one bad sample does not stick to the request for good."""

    def __init__(self, cache: TranslationCache | None):
        self.cache = cache
        self.hits = 0

    def lookup(self, llm: ChatModel, messages: list[dict], max_tokens: int) -> str | None:
        if self.cache is None:
            return None
        cached = self.cache.get_reply(TranslationCache.reply_key(llm.name, messages, max_tokens))
        self.hits += cached is not None
        return cached

    def keep(self, llm: ChatModel, messages: list[dict], max_tokens: int, text: str) -> None:
        if self.cache is not None:
            self.cache.put_reply(TranslationCache.reply_key(llm.name, messages, max_tokens), text)


def _stream_within(llm: ChatModel, messages: list[dict], budget: _Budget, max_tokens: int,
                   replies: _Replies | None = None) -> Iterator[str]:
    """Stream, but stop (raising TimeoutError) once the budget is spent: the request itself gets the time left
    as its timeout (a slow prompt evaluation counts too), and closing the generator closes the HTTP stream, so
    the model stops as well. With `replies`, a kept reply to the same request is served (one piece)."""
    cached = replies.lookup(llm, messages, max_tokens) if replies is not None else None
    if cached is not None:
        yield cached
        return
    if budget.left() <= 1:
        raise TimeoutError("time budget spent")
    stream = llm.stream(messages, max_tokens=max_tokens, timeout=budget.left())
    try:
        for piece in stream:
            yield piece
            if budget.left() <= 0:
                raise TimeoutError("time budget spent")
    except LLMUnavailable:
        if budget.left() <= 1:  # the request timed out because the budget ran out
            raise TimeoutError("time budget spent") from None
        raise
    finally:
        close = getattr(stream, "close", None)
        if close:
            close()


def stream_digest(request: DigestRequest | str, *, store, retriever_factory: Callable[[SearchFilters], HybridRetriever],
                  llm: ChatModel | None, embedder, prompts_dir: Path, today: date | None = None,
                  min_relevance: float = 0.3, time_budget: float = 90.0,
                  translations: TranslationCache | None = None, llm_rerank: bool = False) -> Iterator[Event]:
    """Yield `progress` (str), `markdown` (document pieces, in order), `token` (raw overview text, a preview)
    and finally `digest` (the Digest). `llm=None` builds the digest without theme names or overview.
    `llm_rerank` (for a stronger API model) has the LLM score twice as many candidates, with a reason each."""
    started = time.perf_counter()
    if isinstance(request, str):
        request = parse_digest_request(request, today=today)
    lang = request.language
    words = TEXTS[lang]
    prompts_dir = Path(prompts_dir)
    title = f"# {words['title']}：{request.topic}" if lang == "zh" and request.topic else \
        f"# {words['title']}: {request.topic}" if request.topic else f"# {words['title']}"
    digest = Digest(request=request, language=lang, title=title.lstrip("# "), model=llm.name if llm else "")
    pieces: list[str] = []

    def emit(text: str) -> Event:
        pieces.append(text)
        return Event("markdown", text)

    yield Event("progress", "selecting papers" if lang == "en" else "正在筛选论文")
    budget = _Budget(time_budget)
    replies = _Replies(translations)
    llm_rerank = bool(llm_rerank and llm is not None and request.topic)
    pool = request.model_copy(update={"max_papers": min(2 * request.max_papers, MAX_PAPERS)}) if llm_rerank \
        else request
    selected = select_papers(pool, store=store, retriever_factory=retriever_factory, prompts_dir=prompts_dir,
                             min_relevance=min_relevance)
    scores: dict[str, tuple[float, str]] = {}
    if llm_rerank and selected:
        yield Event("progress", "scoring relevance" if lang == "en" else "正在评估相关性")
        t0 = time.perf_counter()
        try:
            scores = score_papers(request.topic, [p for p, _ in selected], llm=llm, prompts_dir=prompts_dir,
                                  language=lang, budget=budget, replies=replies)
        except TimeoutError:
            digest.notes.append(NOTES["budget_rerank"][lang])
        except LLMUnavailable as exc:
            logger.warning("digest relevance scoring failed: %s", exc)
            digest.notes.append(NOTES["llm_rerank"][lang])
        digest.timings["rerank_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    selected = rerank(selected, scores, request.max_papers) if llm_rerank else selected
    digest.timings["select_ms"] = round((time.perf_counter() - started) * 1000, 1)
    meta = [f"{request.since or '…'} – {request.until or '…'}" if request.since or request.until else "",
            ", ".join(request.categories), ", ".join(request.authors),
            f"{len(selected)} {words['papers']}"]
    yield emit(f"{title}\n\n_{' · '.join(m for m in meta if m)}_\n")
    if not selected:
        yield emit(f"\n{words['none']}\n")
        digest.markdown = "".join(pieces)
        digest.timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
        yield Event("digest", digest)
        return
    papers = [p for p, _ in selected]
    similarity = {p.arxiv_id: s for p, s in selected}

    # --- grouping ---
    groups: list[list[int]] = [list(range(len(papers)))]
    k = n_themes(len(papers)) if request.style == "themed" else 1
    if k > 1:
        yield Event("progress", "grouping papers into themes" if lang == "en" else "正在按主题分组")
        t0 = time.perf_counter()
        vectors = embedder.embed([f"{p.title}\n{p.abstract or p.summary.tldr}" for p in papers])
        groups = cluster_vectors(vectors, k)
        digest.timings["cluster_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        names = _name_themes(groups, papers, lang, llm, prompts_dir, budget, digest, replies)
        digest.timings["themes_ms"] = round((time.perf_counter() - t0) * 1000 - digest.timings["cluster_ms"], 1)
    # --- items (from the papers' own fields) ---
    n = 0
    for g, members in enumerate(groups):
        theme_name, named_by = names[g] if k > 1 else ("", "keywords")
        if k > 1:
            yield emit(f"\n## {_md_escape(theme_name)}\n\n")
        else:
            yield emit("\n")
        theme = DigestTheme(name=theme_name, named_by=named_by) if k > 1 else None
        for index in members:
            paper = papers[index]
            n += 1
            line, source = paper_line(paper, lang, translations)
            item = DigestItem(n=n, id=paper.arxiv_id, title=paper.title, url=paper.url,
                              date=paper.dates[0] if paper.dates else "", categories=paper.categories,
                              line=re.sub(r"\s+", " ", line).strip(), line_source=source, theme=theme_name,
                              score=round(similarity.get(paper.arxiv_id, 0.0), 4),
                              llm_score=scores[paper.arxiv_id][0] if paper.arxiv_id in scores else None,
                              reason=sanitize(scores[paper.arxiv_id][1]) if paper.arxiv_id in scores
                              else "")
            digest.papers.append(item)
            if theme:
                theme.items.append(n)
            yield emit(render_item(item) + "\n")
        if theme:
            digest.themes.append(theme)
    # --- overview (LLM, verified) ---
    if llm is not None:
        yield from _overview(digest, llm, prompts_dir, budget, emit, replies)
    if digest.notes:
        yield emit("\n" + "\n>\n".join(f"> {words['note']}{note}" for note in digest.notes) + "\n")
    digest.markdown = "".join(pieces)
    digest.cached_llm_replies = replies.hits
    digest.timings["total_ms"] = round((time.perf_counter() - started) * 1000, 1)
    logger.info("digest: %d papers, %d themes, overview %s, %s", len(digest.papers), len(digest.themes),
                "kept" if digest.overview else "none", digest.timings)
    yield Event("digest", digest)


def _name_themes(groups: list[list[int]], papers: list[Paper], lang: str, llm: ChatModel | None,
                 prompts_dir: Path, budget: _Budget, digest: Digest, replies: _Replies | None = None
                 ) -> list[tuple[str, str]]:
    """The LLM names each group in one short call; any group it fails to name gets keywords."""
    fallback = [(keyword_name([papers[i] for i in g], papers, lang), "keywords") for g in groups]
    if llm is None:
        return fallback
    if budget.left() <= 3:
        digest.notes.append(NOTES["budget_themes"][lang])
        return fallback
    prompt = load("digest.themes", prompts_dir)
    blocks = []
    for g, members in enumerate(groups, 1):
        titles = "\n".join(f"- {truncate_tokens(sanitize(papers[i].title), 30)}" for i in members)
        blocks.append(f"Group {g}:\n{titles}")
    messages = [{"role": "user", "content": prompt.format(groups="\n".join(blocks),
                                                          language_name=LANGUAGE_NAMES[lang])}]
    max_tokens = 16 * len(groups) + 24
    try:
        raw = "".join(_stream_within(llm, messages, budget, max_tokens=max_tokens, replies=replies))
    except TimeoutError:
        digest.notes.append(NOTES["budget_themes"][lang])
        return fallback
    except LLMUnavailable as exc:
        logger.warning("theme naming failed: %s", exc)
        digest.notes.append(NOTES["llm_themes"][lang])
        return fallback
    names = parse_theme_names(raw, len(groups))
    if replies is not None and len(names) == len(groups):
        replies.keep(llm, messages, max_tokens, raw)
    digest.prompt_version = f"themes:{prompt.version}"
    return [(names[g], "llm") if g in names else fallback[g - 1] for g in range(1, len(groups) + 1)]


def _overview(digest: Digest, llm: ChatModel, prompts_dir: Path, budget: _Budget,
              emit: Callable[[str], Event], replies: _Replies | None = None) -> Iterator[Event]:
    lang = digest.language
    words = TEXTS[lang]
    if budget.left() <= 5:
        digest.notes.append(NOTES["budget_overview"][lang])
        return
    yield Event("progress", "writing the overview" if lang == "en" else "正在撰写总览")
    t0 = time.perf_counter()
    share = max(40, llm.source_budget // max(1, len(digest.papers)))
    sources: dict[int, str] = {}
    blocks = []
    for item in digest.papers:
        line = truncate_tokens(sanitize(item.line), share)
        title = sanitize(item.title).replace('"', "'")
        sources[item.n] = f"{item.title}\n{line}"
        blocks.append(f'<source id="{item.n}" title="{title}">\n{line}\n</source>')
    system = load("answer.system", prompts_dir)
    user = load("digest.user", prompts_dir)
    topic = digest.request.topic or words["recent"]
    messages = [{"role": "system", "content": system.template},
                {"role": "user", "content": user.format(items="\n".join(blocks), topic=sanitize(topic),
                                                        language_name=LANGUAGE_NAMES[lang])}]
    version = f"{system.version}+{user.version}"
    digest.prompt_version = f"{digest.prompt_version}+overview:{version}" if digest.prompt_version else \
        f"overview:{version}"
    logger.debug("digest overview prompt: %d tokens", sum(count_tokens(m["content"]) for m in messages))
    raw: list[str] = []
    try:
        for piece in _stream_within(llm, messages, budget, max_tokens=OVERVIEW_MAX_TOKENS, replies=replies):
            raw.append(piece)
            yield Event("token", piece)
    except TimeoutError:
        digest.notes.append(NOTES["budget_overview"][lang])
        digest.timings["overview_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        return
    except LLMUnavailable as exc:
        logger.warning("digest overview failed: %s", exc)
        digest.error = str(exc)
        digest.notes.append(NOTES["llm_overview"][lang])
        return
    check = verify("".join(raw), sources, digest.request.topic)
    digest.overview_dropped = check.dropped
    digest.timings["overview_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    if check.refused or not check.text:
        digest.notes.append(NOTES["dropped_overview"][lang])
        return
    if replies is not None:  # what is shown is kept (sentences the verifier dropped are dropped again)
        replies.keep(llm, messages, OVERVIEW_MAX_TOKENS, "".join(raw))
    digest.overview = check.text
    yield emit(f"\n## {words['overview']}\n\n{_md_escape(check.text)}\n")


def build_digest(request: DigestRequest | str, **kwargs) -> Digest:
    """Non-streaming `stream_digest` (same keyword arguments)."""
    return final_event(stream_digest(request, **kwargs), "digest", Digest)


def save_digest(markdown: str, path: str | Path) -> Path:
    """Write the digest as UTF-8 Markdown (parent folders created); returns the path written."""
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown if markdown.endswith("\n") else markdown + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the digest to {target}: {exc.strerror or exc}") from exc
    return target


__all__ = ["Digest", "DigestItem", "DigestRequest", "DigestTheme", "build_digest", "cluster_vectors",
           "parse_digest_request", "save_digest", "select_papers", "stream_digest"]

"""What a digest is about: the DigestRequest model and parsing a chat-like request ("本周关于RAG的中文简报") into one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.lang import EN_CARDINALS, ZH_DIGITS, detect_language, zh_numeral
from assistant.retrieval import SearchFilters
from assistant.validation import MAX_DIGEST_PAPERS

MAX_PAPERS = MAX_DIGEST_PAPERS  # one limit for every entry point (assistant/validation.py)


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


# "five papers", "a dozen papers": the English number words a paper count is written with
_COUNT_WORDS = {**{w: int(v) for w, v in EN_CARDINALS.items() if 1 <= v <= 20}, "a dozen": 12}
_ZH_COUNT_CHARS = "".join(c for c in ZH_DIGITS if c != "零") + "十"
_CATEGORY_RE = re.compile(r"(?<![\w.])((?:cs|stat|math|eess|econ|q-bio|q-fin|physics)\.[A-Za-z]{2})(?![\w.])",
                          re.IGNORECASE)
_COUNT_RE = re.compile(
    r"\btop[\s-]*(\d{1,2})\b|\b(\d{1,2})\s*(?:papers?|articles?|items?|entries)\b|(\d{1,2})\s*篇|"
    rf"([{_ZH_COUNT_CHARS}]{{1,3}})\s*篇|"
    r"\b(" + "|".join(_COUNT_WORDS) + r")\s+(?:\w+[\s-]+){0,3}?(?:papers?|articles?)\b",
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


def _relative_rules(today: date) -> list[tuple[str, Callable[[re.Match], tuple[date, date]]]]:
    """(pattern, match -> (since, until)) for relative date phrases, most specific first."""
    return [
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


def _date_phrase(text: str, today: date) -> tuple[date | None, date | None, list[tuple[int, int]]]:
    """Relative date phrases or ISO dates -> (since, until, spans matched)."""
    for pattern, compute in _relative_rules(today):
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
        if group.lower() in _COUNT_WORDS:
            return _COUNT_WORDS[group.lower()]
        if all(c in _ZH_COUNT_CHARS for c in group):
            return zh_numeral(group)
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


def _categories_and_authors(text: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """arXiv categories (cs.IR) and author names ("by Boyang Xia", 作者张三); their spans are added to `spans`."""
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
    return list(dict.fromkeys(categories)), authors


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
    categories, authors = _categories_and_authors(text, spans)
    style: Literal["brief", "themed"] = "themed" if _THEMED_RE.search(text) else "brief"
    spans += [m.span() for m in _THEMED_RE.finditer(text)] + [m.span() for m in _BRIEF_RE.finditer(text)]
    topic = _clean_topic(_blank(text, spans))
    return DigestRequest(topic=topic, since=since.isoformat() if since else None,
                         until=until.isoformat() if until else None, categories=categories,
                         authors=authors, language=language, max_papers=max_papers, style=style)

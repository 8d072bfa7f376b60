"""The "Today / 今日" view: the papers of the store's newest day (or a given day), grouped by primary category,
each with its Chinese TL;DR and an English one-liner. What a daily reader opens after the sync brought a new day.

A day is a digest date in `Paper.dates` (a paper listed again on a weekend belongs to that day too). The catalogue
is scanned once, like `PaperStore.stats`: no index on dates is needed and the answer is exact for any store size.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel, Field

from assistant.citations import split_sentences
from assistant.lang import has_chinese
from assistant.types import Paper, clip

OTHER = "other"
EN_TLDR_CHARS = 300


class TodayPaper(BaseModel):
    arxiv_id: str
    title: str
    title_zh: str = ""
    url: str
    categories: list[str] = Field(default_factory=list)
    tldr_zh: str = Field("", description="the digest's Chinese TL;DR ('' when it has none usable)")
    tldr_en: str = Field("", description="an English TL;DR from the English file, else the abstract's first sentence")


class TodayGroup(BaseModel):
    category: str
    papers: list[TodayPaper]


class TodayView(BaseModel):
    date: str | None = Field(None, description="the day shown; None when the store holds no dated paper")
    newest: str | None = Field(None, description="the store's newest day")
    papers: int = 0
    groups: list[TodayGroup] = Field(default_factory=list, description="largest category first")


def english_tldr(paper: Paper) -> str:
    """An English summary in one sentence: an English TL;DR (English-language day files) if there is one, else
    the first sentence of the arXiv abstract."""
    tldr = paper.summary.tldr.strip()
    if tldr and not has_chinese(tldr):
        return clip(tldr, EN_TLDR_CHARS)
    sentences = split_sentences(" ".join(paper.abstract.split()))
    return clip(sentences[0], EN_TLDR_CHARS) if sentences else ""


def today_paper(paper: Paper) -> TodayPaper:
    tldr = paper.summary.tldr.strip()
    return TodayPaper(arxiv_id=paper.arxiv_id, title=paper.title, title_zh=paper.title_zh, url=paper.url,
                      categories=paper.categories,
                      tldr_zh=tldr if paper.summary_usable and has_chinese(tldr) else "",
                      tldr_en=english_tldr(paper))


def day_view(papers, date: str | None = None) -> TodayView:
    """Group the papers listed on `date` (default: the newest date any of `papers` has) by primary category.
    One pass; only the chosen day's papers are kept."""
    newest, kept = None, []
    for paper in papers:
        if not paper.dates:
            continue
        last = max(paper.dates)
        if date is None and (newest is None or last > newest):
            kept = []
        newest = max(newest or last, last)
        if (date or newest) in paper.dates:
            kept.append(paper)
    if newest is None:
        return TodayView(date=date)
    grouped: dict[str, list[Paper]] = defaultdict(list)
    for paper in kept:
        grouped[paper.primary_category or OTHER].append(paper)
    groups = [TodayGroup(category=cat, papers=[today_paper(p) for p in sorted(ps, key=lambda p: p.arxiv_id)])
              for cat, ps in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    return TodayView(date=date or newest, newest=newest, papers=len(kept), groups=groups)

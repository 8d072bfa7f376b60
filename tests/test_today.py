"""The "Today / 今日" view (assistant/today.py, App.today, the Papers tab's rendering): the newest day's papers by
category with their TL;DRs, over hand-made papers and over real day files (tests/feed/days) in a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.today import day_view
from assistant.types import ChineseSummary, Paper

DAYS = Path(__file__).parent / "feed" / "days"


def paper(pid: str, dates: list[str], cats=("cs.CL",), tldr: str = "", abstract: str = "", usable=True) -> Paper:
    return Paper(arxiv_id=pid, title=f"Title {pid}", categories=list(cats), dates=dates, abstract=abstract,
                 summary=ChineseSummary(tldr=tldr), summary_usable=usable)


def test_the_newest_day_grouped_by_primary_category():
    papers = [paper("2606.00003", ["2026-06-01", "2026-06-02"], ("cs.CV", "cs.CL")),  # re-listed on the new day
              paper("2606.00001", ["2026-06-02"], ("cs.CL",)), paper("2606.00002", ["2026-06-02"], ("cs.CL",)),
              paper("2606.00004", ["2026-06-01"], ("cs.IR",)), paper("2606.00005", [], ("cs.AI",))]
    view = day_view(iter(papers))
    assert view.date == view.newest == "2026-06-02" and view.papers == 3
    assert [(g.category, [p.arxiv_id for p in g.papers]) for g in view.groups] == [
        ("cs.CL", ["2606.00001", "2606.00002"]), ("cs.CV", ["2606.00003"])]  # largest first, then by id
    older = day_view(papers, "2026-06-01")
    assert older.date == "2026-06-01" and older.newest == "2026-06-02" and older.papers == 2
    assert day_view(papers, "2026-05-31").papers == 0
    assert day_view([]).date is None and day_view([paper("x", [])]).groups == []


def test_tldrs_in_both_languages():
    zh = paper("1", ["2026-06-02"], tldr="本文提出了一个新方法。", abstract="We propose X. It is fast, e.g. 2x.")
    assert (zh.arxiv_id, day_view([zh]).groups[0].papers[0].tldr_zh) == ("1", "本文提出了一个新方法。")
    item = day_view([zh]).groups[0].papers[0]
    assert item.tldr_en == "We propose X." and item.url == "https://arxiv.org/abs/1"
    # an English day file's TL;DR is the English one; an unusable Chinese summary is not shown
    en = day_view([paper("2", ["2026-06-02"], tldr="A faster tokenizer.", abstract="Long. Text.", usable=False)])
    assert en.groups[0].papers[0].tldr_en == "A faster tokenizer." and en.groups[0].papers[0].tldr_zh == ""
    bad = day_view([paper("3", ["2026-06-02"], tldr="错误", abstract="", usable=False)]).groups[0].papers[0]
    assert bad.tldr_zh == "" and bad.tldr_en == ""


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    """Real day files (tests/feed/days: 2026-06-25, -26, -27 repeating Friday, -29) in a hash-embedder store."""
    from assistant.ingest import ingest_paths
    from assistant.wiring import build_app
    from tests.conftest import make_settings

    app = build_app(make_settings(tmp_path_factory.mktemp("today-store")))
    ingest_paths(app.store, sorted(DAYS.glob("*.jsonl")))
    return app


def _records(date: str) -> list[dict]:
    path = DAYS / f"{date}_AI_enhanced_Chinese.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_app_today_on_real_days(real_store):
    records = _records("2026-06-29")
    view = real_store.today()
    assert view.date == "2026-06-29" and view.papers == len(records) == 30
    counts: dict[str, int] = {}
    for r in records:
        counts[r["categories"][0]] = counts.get(r["categories"][0], 0) + 1
    assert {g.category: len(g.papers) for g in view.groups} == counts
    assert [len(g.papers) for g in view.groups] == sorted(counts.values(), reverse=True)
    listed = {p.arxiv_id: p for g in view.groups for p in g.papers}
    for r in records:
        assert listed[r["id"]].tldr_zh == " ".join(r["AI"]["tldr"].split())
        assert listed[r["id"]].tldr_en and listed[r["id"]].tldr_en.split()[0] in r["summary"]
    # Saturday repeats Friday's papers: both days list the same ids
    fri, sat = real_store.today("2026-06-26"), real_store.today("2026-06-27")
    assert {p.arxiv_id for g in fri.groups for p in g.papers} == {p.arxiv_id for g in sat.groups for p in g.papers}
    assert real_store.today("2026-06-28").papers == 0
    for bad in ("2026-06", "2026-02-30", "yesterday"):
        with pytest.raises(InputError):
            real_store.today(bad)


def test_today_markdown_links_escapes_and_languages(real_store):
    from ui.tabs.papers import TLDR_LANGS, today_markdown

    view = real_store.today()
    both = today_markdown(view, TLDR_LANGS[0])
    first = view.groups[0].papers[0]
    assert both.startswith("### 2026-06-29 (newest · 最新) · 30 papers")
    assert f"(https://arxiv.org/abs/{first.arxiv_id})" in both
    assert f"#### {view.groups[0].category} ({len(view.groups[0].papers)})" in both
    assert "TL;DR：" in both and "TL;DR: " in both
    assert "TL;DR: " not in today_markdown(view, "中文") and "TL;DR：" not in today_markdown(view, "English")
    evil = day_view([paper("2606.1", ["2026-06-02"], tldr="<img src=x onerror=alert(1)> [x](http://e.vil)")])
    shown = today_markdown(evil, TLDR_LANGS[0])
    assert "<img" not in shown and "](http://e.vil)" not in shown
    assert "No dated papers" in today_markdown(day_view([]), "English")
    assert "newest day is 2026-06-29" in today_markdown(real_store.today("2026-06-28"), "English")

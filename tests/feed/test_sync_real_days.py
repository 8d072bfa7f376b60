"""The sync over real upstream day files (tests/feed/days, copied from the shared corpus) served by a real local
HTTP server: a first sync of several days, a second that downloads nothing (counted on the server), a new day
appearing upstream, and the Today view showing it."""

from __future__ import annotations

import json

from tests.feed.conftest import (
    NEW_DAY,
    REAL_DATA,
    REAL_DAYS,
    REAL_PAPERS,
    by_date,
    check_consistent,
    day_name,
    publish,
    statuses,
)


def _ids(date: str) -> list[str]:
    text = (REAL_DATA / day_name(date)).read_text(encoding="utf-8")
    return [json.loads(line)["id"] for line in text.splitlines() if line.strip()]


def test_real_days_first_sync_second_sync_then_a_new_day(app, real_server, real_branch):
    first = app.syncer.run(source=real_server.url, since="2026-06-25", until="2026-06-28")
    assert statuses(first) == {"2026-06-25": "added", "2026-06-26": "added", "2026-06-27": "added",
                               "2026-06-28": "missing"}
    days = by_date(first)
    assert days["2026-06-25"].papers_added == 26 and days["2026-06-26"].papers_added == 30
    # Saturday lists Friday's 30 papers again; upstream rewrote their AI summaries, so they are updated in place
    assert days["2026-06-27"].papers_added == 0
    assert days["2026-06-27"].papers_updated + days["2026-06-27"].papers_relisted == 30
    assert first.errors == 0 and app.store.paper_count() == REAL_PAPERS
    assert app.store.get_paper(_ids("2026-06-26")[0]).dates == ["2026-06-26", "2026-06-27"]
    served = {r["path"]: r["bytes"] for r in real_server.requests() if r["status"] == 200}
    assert served == {f"data/{day_name(d)}": (REAL_DATA / day_name(d)).stat().st_size for d in REAL_DAYS}
    assert sum(d.bytes for d in first.days) == sum(served.values())
    check_consistent(app.store)

    real_server.log.clear()
    again = app.syncer.run(source=real_server.url, since="2026-06-25", until="2026-06-28")
    assert {d: s for d, s in statuses(again).items() if s != "missing"} == {d: "unchanged" for d in REAL_DAYS}
    assert again.papers_added == again.papers_updated == again.chunks_embedded == 0
    day_requests = [r for r in real_server.requests() if r["path"].startswith("data/")]
    assert len(day_requests) == 4 and not [r for r in real_server.requests() if r["status"] == 200]
    assert {r["status"] for r in day_requests} == {304, 404}

    assert app.today().date == "2026-06-27"
    publish(real_branch, NEW_DAY)
    real_server.log.clear()
    new = app.syncer.run(source=real_server.url, until=NEW_DAY)  # from the last synced day on
    assert statuses(new) == {"2026-06-27": "unchanged", "2026-06-28": "missing", NEW_DAY: "added"}
    assert new.papers_added == 30 and app.store.paper_count() == REAL_PAPERS + 30
    fetched = [r for r in real_server.requests() if r["status"] == 200]
    assert [r["path"] for r in fetched] == [f"data/{day_name(NEW_DAY)}"]
    today = app.today()
    assert today.date == NEW_DAY and {p.arxiv_id for g in today.groups for p in g.papers} == set(_ids(NEW_DAY))
    check_consistent(app.store)


def test_real_days_from_a_directory_equal_the_http_sync(app, new_app, real_server, real_branch):
    from tests.feed.conftest import snapshot

    app.syncer.run(source=real_server.url, since="2026-06-25", until="2026-06-28")
    local = new_app("from-dir")
    report = local.syncer.run(source=str(real_branch), since="2026-06-25", until="2026-06-28")
    assert report.discovery == "directory" and [d.date for d in report.days] == REAL_DAYS
    assert snapshot(local.store) == snapshot(app.store)


def test_library_panel_sync_now_shows_progress_and_a_failed_day(new_app, real_server, monkeypatch):
    """The Library tab's handlers (no browser): each day as it finishes, then the report with the failed day's
    reason; the panel shows the source, the last run and its days. The browser test clicks the same button."""
    import datetime as dt

    from assistant.feed import sync as sync_module
    from ui.tabs.library import LibraryTab

    monkeypatch.setattr(sync_module, "utc_today", lambda: dt.date(2026, 6, 27))  # first run: 06-25..06-27
    app = new_app("ui", sync_source=real_server.url, sync_first_days=3, sync_retries=1)
    real_server.fault(f"data/{day_name('2026-06-26')}", "500*")
    tab = LibraryTab(app)
    assert "never" in tab.sync_info() and "127.0.0.1" in tab.sync_info()
    steps = list(tab.sync_now())
    progress = [step[0] for step in steps]
    assert progress[0].startswith("⏳ Syncing from")
    assert any("| 2026-06-25 |" in text and "Done" not in text for text in progress[1:-1])
    final = progress[-1]
    assert final.startswith("⚠️ **Done · 完成**") and "| 2026-06-26 | ⚠️ error |" in final
    assert "HTTP 500" in final and "(retried next run)" in final and "| 2026-06-25 | 🆕 added | 26 |" in final
    assert steps[-1][1].startswith("**56** papers")  # the stats were refreshed
    panel = steps[-1][2]
    assert "**Last sync**" in panel and "(ui)" in panel and "1 day(s) failed" in panel and "⚠️ error" in panel

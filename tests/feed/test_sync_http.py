"""`App.syncer.run` against a real HTTP server (tests/feed/server.py): discovery, conditional GETs, rewritten days,
retries, malformed downloads, leases. Nothing is mocked: the client, the server, the parser and the store are the
real ones; faults are what the server sends."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

import pytest

from tests.feed.conftest import (
    CLEAN_STATUS,
    DAYS,
    RANGE,
    UNIQUE_PAPERS,
    by_date,
    check_consistent,
    day_name,
    snapshot,
    statuses,
)


def test_first_sync_probes_each_day_and_ingests_whole_days(app, server, new_app, branch):
    report = app.syncer.run(source=server.url, **RANGE)
    assert report.discovery == "probe"  # no file list on this server (404)
    assert statuses(report) == CLEAN_STATUS
    days = by_date(report)
    assert days["2025-06-02"].papers_added == 4  # five records, one paper listed twice
    assert days["2025-06-07"].papers_added == 0 and days["2025-06-07"].papers_relisted == 2  # Friday repeated
    assert days["2025-06-07"].chunks_embedded == 0
    assert days["2025-06-08"].degraded == 2 and days["2025-06-08"].skipped == 0
    assert report.papers_added == UNIQUE_PAPERS == app.store.paper_count()
    assert report.errors == 0 and report.error is None
    assert app.store.get_paper("2506.20770").dates == ["2025-06-06", "2025-06-07"]
    check_consistent(app.store)
    # only the AI-enhanced Chinese day files (and the file list) were asked for
    asked = {r["path"] for r in server.requests()}
    assert asked == {"assets/file-list.txt"} | {f"data/{day_name(d)}" for d in CLEAN_STATUS}
    # the store holds exactly what ingesting the same files by hand gives
    from assistant.ingest import ingest_paths

    by_hand = new_app("by-hand")
    ingest_paths(by_hand.store, [branch / "data" / day_name(d) for d in DAYS])
    assert snapshot(by_hand.store) == snapshot(app.store)


def test_unchanged_days_are_not_downloaded_again(app, server):
    first = app.syncer.run(source=server.url, **RANGE)
    server.log.clear()
    again = app.syncer.run(source=server.url, **RANGE)
    assert {d: s for d, s in statuses(again).items() if s != "missing"} == {d: "unchanged" for d in DAYS}
    assert again.papers_added == again.papers_updated == again.chunks_embedded == 0
    assert by_date(again)["2025-06-02"].papers_unchanged == 4
    for day in DAYS:
        (req,) = server.requests(f"data/{day_name(day)}")
        assert req["status"] == 304 and req["headers"]["if-none-match"].startswith('"')
        assert "if-modified-since" in req["headers"]
    assert sum(d.bytes for d in again.days) == 0
    assert snapshot(app.store)["catalogue"].keys() == {p.arxiv_id for p in app.store.iter_papers()}
    assert first.papers_added == app.store.paper_count()


def test_next_run_starts_from_the_last_synced_day(app, server):
    app.syncer.run(source=server.url, **RANGE)
    later = app.syncer.run(source=server.url, until="2025-06-10")
    assert later.since == "2025-06-08" and [d.date for d in later.days] == ["2025-06-08", "2025-06-09", "2025-06-10"]
    assert statuses(later) == {"2025-06-08": "unchanged", "2025-06-09": "missing", "2025-06-10": "missing"}


def test_a_rewritten_day_updates_in_place(app, server, branch):
    path = branch / "data" / day_name("2025-06-03")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:2]), encoding="utf-8")  # published partial
    first = app.syncer.run(source=server.url, since="2025-06-03", until="2025-06-03")
    assert statuses(first) == {"2025-06-03": "added"} and first.papers_added == 2

    record = json.loads(lines[0])
    record["AI"]["tldr"] = "重写后的摘要：该方法在检索任务上更好。"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n" + "".join(lines[1:]), encoding="utf-8")
    second = app.syncer.run(source=server.url, since="2025-06-03", until="2025-06-03")
    day = by_date(second)["2025-06-03"]
    assert day.status == "updated"
    assert (day.papers_added, day.papers_updated, day.papers_unchanged) == (2, 1, 1)
    assert app.store.paper_count() == 4
    assert app.store.get_paper(record["id"]).summary.tldr.startswith("重写后的摘要")
    assert 0 < day.chunks_embedded < 4 * 3  # the two new papers and the changed section, not everything

    # a later version without one paper: reported as dropped, the paper stays (sync never deletes)
    path.write_text("".join(lines[1:]), encoding="utf-8")
    third = app.syncer.run(source=server.url, since="2025-06-03", until="2025-06-03")
    assert by_date(third)["2025-06-03"].papers_dropped == 1 and app.store.paper_count() == 4
    check_consistent(app.store)


def test_retry_after_and_server_errors_are_retried_politely(app, server):
    server.fault(f"data/{day_name('2025-06-02')}", "429:1")
    server.fault(f"data/{day_name('2025-06-03')}", "500", "503")
    report = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-03")
    assert statuses(report) == {"2025-06-02": "added", "2025-06-03": "added"}
    limited = server.requests(f"data/{day_name('2025-06-02')}")
    assert [r["status"] for r in limited] == [429, 200]
    assert limited[1]["time"] - limited[0]["time"] >= 0.9  # Retry-After: 1 was honoured
    assert [r["status"] for r in server.requests(f"data/{day_name('2025-06-03')}")] == [500, 503, 200]


def test_giving_up_is_an_error_for_that_day_only(app, server):
    server.fault(f"data/{day_name('2025-06-02')}", "500*")
    server.fault(f"data/{day_name('2025-06-03')}", "429:3600")
    started = time.monotonic()
    report = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-05")
    assert time.monotonic() - started < 30
    days = by_date(report)
    assert days["2025-06-02"].status == "error" and "HTTP 500" in days["2025-06-02"].error
    assert len(server.requests(f"data/{day_name('2025-06-02')}")) == 4  # 1 + sync_retries
    assert days["2025-06-03"].status == "error" and "retry after 3600" in days["2025-06-03"].error
    assert len(server.requests(f"data/{day_name('2025-06-03')}")) == 1  # no hour-long sleep, no hammering
    assert days["2025-06-05"].status == "added" and report.errors == 2
    assert app.syncer.state.get_days(server.url, "Chinese", ["2025-06-02", "2025-06-03"]) == {}


@pytest.mark.parametrize("fault,expected", [
    ("truncate*", "incomplete download"),  # Content-Length promised more than arrived
    ("cut", "truncated"),  # no Content-Length: the body just ends mid-line
    ("html", "HTML page"),
    ("html-as-text", "HTML page"),
    ("gbk", "not UTF-8"),
    ("empty", "empty file"),
])
def test_malformed_download_is_reported_and_skipped(app, server, fault, expected):
    server.fault(f"data/{day_name('2025-06-03')}", fault)
    report = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-03")
    days = by_date(report)
    assert days["2025-06-03"].status == "error" and expected in days["2025-06-03"].error
    assert days["2025-06-02"].status == "added" and app.store.paper_count() == 4
    check_consistent(app.store)
    # the bad day left no state: the next run (the server fixed) fetches it whole
    server.clear_faults()
    again = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-03")
    assert statuses(again) == {"2025-06-02": "unchanged", "2025-06-03": "added"}
    assert app.store.paper_count() == 8


def test_a_body_cut_at_a_line_end_is_fetched_again(app, server):
    """Without Content-Length a body cut right after a line looks whole: its papers are ingested, but its ETag is
    not kept, so the next run downloads the day again and completes it."""
    server.fault(f"data/{day_name('2025-06-02')}", "cut-line")
    first = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-02")
    assert statuses(first) == {"2025-06-02": "added"} and first.papers_added == 1
    second = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-02")
    (req,) = server.requests(f"data/{day_name('2025-06-02')}")[1:]
    assert "if-none-match" not in req["headers"] and req["status"] == 200
    assert statuses(second) == {"2025-06-02": "updated"} and second.papers_added == 3
    third = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-02")
    assert statuses(third) == {"2025-06-02": "unchanged"} and server.requests()[-1]["status"] == 304


def test_all_malformed_at_once_then_recovered_equals_a_clean_run(app, server, clean):
    for day, fault in zip(DAYS, ["truncate*", "cut", "html", "gbk", "empty", "html-as-text"]):
        server.fault(f"data/{day_name(day)}", fault)
    report = app.syncer.run(source=server.url, **RANGE)
    assert {d.status for d in report.days} == {"error", "missing"} and report.errors == len(DAYS)
    assert app.store.paper_count() == 0
    server.clear_faults()
    app.syncer.run(source=server.url, **RANGE)
    assert snapshot(app.store) == clean


def test_unreachable_source_fails_fast(app):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    report = app.syncer.run(source=f"http://127.0.0.1:{port}/x/y/data", since="2025-06-01", until="2025-06-30")
    assert time.monotonic() - started < 20
    assert {d.status for d in report.days} == {"error"} and len(report.days) == 30
    assert all("unreachable" in d.error or "connect" in d.error for d in report.days)


def test_a_full_file_list_replaces_probing(app, server, branch):
    (branch / "assets").mkdir()
    listed = ["2025-06-02.jsonl", day_name("2025-06-02"), day_name("2025-06-03"), "2025-06-05.jsonl",
              day_name("2025-06-05"), day_name("2025-06-05", "English")]
    (branch / "assets" / "file-list.txt").write_text("\n".join(listed) + "\n", encoding="utf-8")
    report = app.syncer.run(source=server.url, **RANGE)
    assert report.discovery == "file-list"
    # listed days, then every day after the newest listed one (the list may lag); 06-01 and 06-04 never asked
    assert [d.date for d in report.days] == ["2025-06-02", "2025-06-03", "2025-06-05", "2025-06-06", "2025-06-07",
                                             "2025-06-08", "2025-06-09"]
    assert not server.requests(f"data/{day_name('2025-06-04')}")
    assert not server.requests(f"data/{day_name('2025-06-01')}")


def test_a_file_list_with_only_the_newest_day_means_probing(app, server, branch):
    (branch / "assets").mkdir()
    (branch / "assets" / "file-list.txt").write_text(day_name("2025-06-08") + "\n", encoding="utf-8")
    report = app.syncer.run(source=server.url, **RANGE)
    assert report.discovery == "probe" and statuses(report) == CLEAN_STATUS


def test_english_files(app, server):
    report = app.syncer.run(source=server.url, since="2025-06-04", until="2025-06-05", lang="English")
    assert statuses(report) == {"2025-06-04": "missing", "2025-06-05": "added"} and report.papers_added == 2
    assert {r["path"] for r in server.requests()} == {"assets/file-list.txt",
                                                     f"data/{day_name('2025-06-04', 'English')}",
                                                     f"data/{day_name('2025-06-05', 'English')}"}
    # the day's Chinese file is another file with its own state
    zh = app.syncer.run(source=server.url, since="2025-06-05", until="2025-06-05")
    assert statuses(zh) == {"2025-06-05": "added"} and zh.papers_updated == 2  # the usable Chinese summaries


def test_the_writer_lease_of_another_instance_leaves_the_writing_to_it(app, server):
    from assistant.feed.state import WRITER_LOCK

    state = app.syncer.state
    app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-02")
    assert state.acquire(WRITER_LOCK, "elsewhere:1:abc", ttl=600)
    report = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-05")
    days = by_date(report)
    assert statuses(report) == {"2025-06-02": "unchanged", "2025-06-03": "busy", "2025-06-04": "missing",
                                "2025-06-05": "busy"}  # nothing to write is still checked; nothing is written
    assert "elsewhere:1:abc" in days["2025-06-03"].error and report.errors == 0
    assert app.store.paper_count() == 4 and state.holder(WRITER_LOCK)["owner"] == "elsewhere:1:abc"
    state.release(WRITER_LOCK, "elsewhere:1:abc")
    again = app.syncer.run(source=server.url, since="2025-06-02", until="2025-06-05")
    assert statuses(again) == {"2025-06-02": "unchanged", "2025-06-03": "added", "2025-06-04": "missing",
                               "2025-06-05": "added"}
    assert state.holder(WRITER_LOCK) is None  # released at the end of the run


def test_an_expired_lease_is_taken_over_and_a_held_one_renewed(app, server):
    from assistant.feed.state import WRITER_LOCK

    state = app.syncer.state
    assert state.acquire(WRITER_LOCK, "crashed:1:abc", ttl=-1)  # a holder that died long ago
    report = app.syncer.run(source=server.url, since="2025-06-03", until="2025-06-03")
    assert statuses(report) == {"2025-06-03": "added"}
    assert state.holder(WRITER_LOCK) is None  # released after the run
    assert state.acquire(WRITER_LOCK, "me:1:abc", ttl=600)
    first = state.holder(WRITER_LOCK)["expires"]
    time.sleep(0.01)
    assert state.acquire(WRITER_LOCK, "me:1:abc", ttl=600)  # the holder renews in place
    assert state.holder(WRITER_LOCK)["expires"] > first and state.holder(WRITER_LOCK)["owner"] == "me:1:abc"
    assert not state.acquire(WRITER_LOCK, "other:1:abc", ttl=600)


def test_two_instances_at_once_ingest_each_day_once(app, new_app, server, tmp_path, clean):
    other = new_app(store=tmp_path / "store")  # a second App on the same store
    reports = {}

    def go(name, application):
        reports[name] = application.syncer.run(source=server.url, **RANGE)

    threads = [threading.Thread(target=go, args=(n, a)) for n, a in (("a", app), ("b", other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for day in DAYS:
        seen = [statuses(reports[n])[day] for n in ("a", "b")]
        assert sorted(seen)[0] == "added" and seen.count("added") == 1, (day, seen)
        assert set(seen) <= {"added", "busy", "unchanged"}
    # one writer: the result is one clean sync, paper for paper (two writers at once could each merge a paper
    # listed on two days with what it read before the other wrote, and lose a date or a summary)
    assert snapshot(app.store) == clean
    final = app.syncer.run(source=server.url, **RANGE)
    assert {s for s in statuses(final).values()} <= {"unchanged", "missing"}


def test_run_record_and_status(app, server):
    assert app.syncer.status()["last_run"] is None
    app.syncer.run(source=server.url, **RANGE, trigger="test")
    status = app.syncer.status(source=server.url)
    assert status["days_synced"] == len(DAYS) and status["last_day"] == "2025-06-08"
    run = status["last_run"]
    assert run["trigger"] == "test" and run["papers_added"] == UNIQUE_PAPERS and run["finished_at"].endswith("Z")
    assert [d["date"] for d in run["days"]] == list(CLEAN_STATUS)
    # another instance on the same store sees the same record
    from assistant.wiring import build_app

    assert build_app(app.settings).syncer.status(source=server.url)["last_run"] == run


def test_first_run_looks_back_seven_days(app, server, branch):
    from assistant.feed.sync import utc_today

    today = utc_today()
    data = branch / "data"
    for back, src in ((1, "2025-06-02"), (3, "2025-06-03"), (10, "2025-06-05")):
        day = (today - dt.timedelta(days=back)).isoformat()
        (data / day_name(day)).write_bytes((data / day_name(src)).read_bytes())
    report = app.syncer.run(source=server.url)
    assert report.since == (today - dt.timedelta(days=6)).isoformat() and report.until == today.isoformat()
    assert [d.date for d in report.days if d.status == "added"] == [
        (today - dt.timedelta(days=b)).isoformat() for b in (3, 1)]
    assert not server.requests(f"data/{day_name((today - dt.timedelta(days=10)).isoformat())}")
    nxt = app.syncer.run(source=server.url)
    assert nxt.since == (today - dt.timedelta(days=1)).isoformat()


def test_bad_arguments(app, server):
    from assistant.errors import InputError

    for kwargs in (dict(since="2025-06-31"), dict(since="2025-06"), dict(since="2025-06-05", until="2025-06-01"),
                   dict(since="2020-01-01", until="2025-01-01"), dict(lang="Chinese; rm"),
                   dict(source="ftp://example.org/x"), dict(source="/no/such/dir")):
        with pytest.raises(InputError):
            app.syncer.run(**{"source": server.url, **kwargs})
    assert server.requests() == []  # refused before any request

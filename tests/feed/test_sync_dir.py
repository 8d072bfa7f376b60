"""A local directory as the sync source: a checkout of the `data` branch (`<dir>/data/...`) or a flat folder."""

from __future__ import annotations

import os
import shutil

from tests.feed.conftest import DAYS, UNIQUE_PAPERS, check_consistent, day_name, snapshot


def test_directory_source_lists_instead_of_probing(app, branch, new_app, server):
    report = app.syncer.run(source=str(branch), since="2025-06-01", until="2025-06-09")
    assert report.discovery == "directory" and report.source == branch.resolve().as_uri()
    assert [(d.date, d.status) for d in report.days] == [(d, "added") for d in DAYS]  # no "missing" entries
    assert report.papers_added == UNIQUE_PAPERS and report.days[4].papers_relisted == 2
    check_consistent(app.store)
    # the same store as syncing the same files over HTTP
    http = new_app("http")
    http.syncer.run(source=server.url, since="2025-06-01", until="2025-06-09")
    assert snapshot(http.store) == snapshot(app.store)


def test_directory_source_unchanged_rewritten_and_flat(app, branch, tmp_path):
    app.syncer.run(source=str(branch), since="2025-06-02", until="2025-06-08")
    again = app.syncer.run(source=str(branch), since="2025-06-02", until="2025-06-08")
    assert {d.status for d in again.days} == {"unchanged"} and again.chunks_embedded == 0
    # rewritten with other bytes (a record dropped, file newer): updated; touched with the same bytes: unchanged
    path = branch / "data" / day_name("2025-06-08")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:2]), encoding="utf-8")
    os.utime(branch / "data" / day_name("2025-06-02"))
    third = app.syncer.run(source=str(branch), since="2025-06-02", until="2025-06-08")
    statuses = {d.date: d.status for d in third.days}
    assert statuses["2025-06-08"] == "updated" and statuses["2025-06-02"] == "unchanged"
    assert next(d for d in third.days if d.date == "2025-06-08").papers_dropped == 1
    # a flat folder of day files, given as a file:// URL, is another source
    flat = tmp_path / "flat"
    flat.mkdir()
    shutil.copy(branch / "data" / day_name("2025-06-05"), flat)
    report = app.syncer.run(source=flat.as_uri(), since="2025-06-05", until="2025-06-05")
    assert [(d.date, d.status, d.papers_unchanged) for d in report.days] == [("2025-06-05", "added", 2)]


def test_directory_file_problems_are_reported(app, branch):
    (branch / "data" / day_name("2025-06-09")).write_bytes(b"<html><body>Not Found</body></html>")
    (branch / "data" / day_name("2025-06-10")).write_bytes('{"id": "2506.00001", "title": "中文'.encode("gbk"))
    report = app.syncer.run(source=str(branch), since="2025-06-09", until="2025-06-10")
    errors = {d.date: d.error for d in report.days}
    assert "HTML page" in errors["2025-06-09"] and "not UTF-8" in errors["2025-06-10"]
    assert app.store.paper_count() == 0

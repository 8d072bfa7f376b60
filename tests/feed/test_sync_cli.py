"""`python -m assistant sync`: the --json contract, the human output, --status, exit codes; the scheduler of
`serve`; the settings (the default source is upstream, and no test ever reaches it)."""

from __future__ import annotations

import json
import time

import pytest

from tests.conftest import cli_invoke as invoke
from tests.feed.conftest import CLEAN_STATUS, DAYS, RANGE, UNIQUE_PAPERS, day_name

DAY_KEYS = {"date", "status", "papers_added", "papers_updated", "papers_relisted", "papers_unchanged",
            "papers_dropped", "skipped", "degraded", "skip_reasons", "chunks_embedded", "bytes", "error"}
REPORT_KEYS = {"source", "lang", "since", "until", "discovery", "trigger", "started_at", "finished_at", "days",
               "papers_added", "papers_updated", "papers_relisted", "papers_unchanged", "chunks_embedded", "errors",
               "error", "seconds"}


@pytest.fixture()
def sync_env(cli_env, monkeypatch):
    monkeypatch.setenv("ASSISTANT_SYNC_BACKOFF", "0.05")


def test_json_contract(sync_env, server):
    result = invoke("sync", "--source", server.url, "--since", RANGE["since"], "--until", RANGE["until"], "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == REPORT_KEYS
    assert report["source"] == server.url and report["lang"] == "Chinese" and report["discovery"] == "probe"
    assert report["papers_added"] == UNIQUE_PAPERS and report["errors"] == 0 and report["error"] is None
    assert all(set(day) == DAY_KEYS for day in report["days"])
    assert {d["date"]: d["status"] for d in report["days"]} == CLEAN_STATUS
    assert json.loads(invoke("stats", "--json").stdout)["papers"] == UNIQUE_PAPERS

    status = json.loads(invoke("sync", "--status", "--source", server.url, "--json").stdout)
    assert status["days_synced"] == len(DAYS) and status["last_run"]["papers_added"] == UNIQUE_PAPERS
    assert status["last_run"]["trigger"] == "cli"


def test_human_output_and_exit_codes(sync_env, server):
    server.fault(f"data/{day_name('2025-06-03')}", "html")
    result = invoke("sync", "--source", server.url, "--since", "2025-06-02", "--until", "2025-06-04")
    assert result.exit_code == 2, result.output  # a day failed: retried next run
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2025-06-02  added") and "4 new" in lines[0]
    assert lines[1].startswith("2025-06-03  error") and "HTML page" in lines[1]
    assert lines[2].startswith("2025-06-04  missing")
    assert "1 added, 1 error, 1 missing" in lines[3]

    again = invoke("sync", "--source", server.url, "--since", "2025-06-02", "--until", "2025-06-04")
    assert again.exit_code == 0 and again.stdout.splitlines()[1].startswith("2025-06-03  added")

    status = invoke("sync", "--status", "--source", server.url)
    assert status.exit_code == 0 and "days synced: 2 (2025-06-02 .. 2025-06-03)" in status.stdout
    assert "scheduled in serve: off" in status.stdout and "last run:" in status.stdout


def test_bad_arguments_are_one_line_errors(sync_env, server):
    for args in (["--since", "2025-13-01"], ["--since", "2025-06-05", "--until", "2025-06-01"], ["--lang", "中文"],
                 ["--source", "/no/such/dir"]):
        result = invoke("sync", "--source", server.url, *args) if args[0] != "--source" else invoke("sync", *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
    assert server.requests() == []


def test_scheduler_runs_periodically(server, new_app):
    from assistant.feed.schedule import SyncScheduler, start_scheduler

    assert start_scheduler(new_app("off")) is None  # ASSISTANT_SYNC_INTERVAL=0: off by default
    app = new_app("scheduled", sync_source=server.url, sync_first_days=3)
    scheduler = SyncScheduler(app, interval=0.2, first_delay=0.0)
    scheduler.start()
    try:
        deadline = time.monotonic() + 60
        while scheduler.runs < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        scheduler.stop()
        scheduler.join(timeout=30)
    assert scheduler.runs >= 2 and not scheduler.is_alive()
    last = app.syncer.status()["last_run"]
    assert last["trigger"] == "schedule" and last["source"] == server.url


def test_scheduler_survives_a_failing_run(new_app, tmp_path):
    from assistant.feed.schedule import SyncScheduler

    app = new_app("failing", sync_source=str(tmp_path / "nowhere"))  # every run raises InputError
    scheduler = SyncScheduler(app, interval=0.05, first_delay=0.0)
    scheduler.start()
    deadline = time.monotonic() + 30
    while scheduler.runs < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    scheduler.stop()
    scheduler.join(timeout=10)
    assert scheduler.runs >= 3


def test_settings():
    from assistant.feed.source import UPSTREAM
    from assistant.settings import Settings

    assert UPSTREAM == "https://raw.githubusercontent.com/dw-dengwei/daily-arXiv-ai-enhanced/data"
    s = Settings(_env_file=None, sync_interval="6h")
    assert s.sync_interval == 21600 and s.sync_lang == "Chinese" and s.sync_first_days == 7
    assert s.sync_source != UPSTREAM  # tests/feed/conftest.py points it at a dead local port
    with pytest.raises(ValueError):
        Settings(_env_file=None, sync_interval="soon")


def test_sync_every_is_an_alias_of_the_interval(monkeypatch):
    from assistant.settings import Settings

    monkeypatch.setenv("ASSISTANT_SYNC_EVERY", "6h")
    assert Settings(_env_file=None).sync_interval == 6 * 3600
    monkeypatch.setenv("ASSISTANT_SYNC_INTERVAL", "30m")
    assert Settings(_env_file=None).sync_interval == 1800

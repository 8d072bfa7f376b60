"""An interrupted sync resumes with nothing lost and nothing half-ingested: the store after (interrupted run + a
re-run) equals the store after one clean run, chunk for chunk and vector for vector.

Two ways to interrupt: an exception raised at a real ingest boundary in this process (chunks of a day written,
its catalogue entries not), and `python -m assistant sync` in a subprocess that SIGKILLs itself at an exact point
(after a day's chunks are written; after a day is ingested but before its state record; while holding the
writer lease). The HTTP server runs in this process and serves the subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.feed.state import WRITER_LOCK
from assistant.settings import PROJECT_ROOT
from tests.feed.conftest import CLEAN_STATUS, DAYS, RANGE, check_consistent, make_settings, snapshot, statuses


def test_exception_mid_day_then_rerun_equals_clean(app, server, clean, monkeypatch):
    from assistant.index import PaperStore

    original = PaperStore._write_nodes

    def write_then_fail(self, nodes, vectors):
        original(self, nodes, vectors)  # the day's chunks are in Chroma ...
        if any(n.metadata["arxiv_id"] == "2506.06407" for n in nodes):  # ... on 2025-06-05
            raise RuntimeError("injected: killed before the catalogue entries")

    monkeypatch.setattr(PaperStore, "_write_nodes", write_then_fail)
    with pytest.raises(RuntimeError, match="injected"):
        app.syncer.run(source=server.url, **RANGE)
    monkeypatch.setattr(PaperStore, "_write_nodes", original)

    assert app.store.get_paper("2506.06407") is None  # not half there: no catalogue entry, so not a paper
    assert sorted(app.syncer.state.get_days(server.url, "Chinese", DAYS)) == ["2025-06-02", "2025-06-03"]
    assert app.syncer.state.last_run()["error"].startswith("interrupted: RuntimeError")
    assert app.syncer.state.holder(WRITER_LOCK) is None  # released although the run failed

    again = app.syncer.run(source=server.url, **RANGE)
    assert statuses(again) == {**CLEAN_STATUS, "2025-06-02": "unchanged", "2025-06-03": "unchanged"}
    assert snapshot(app.store) == clean
    check_consistent(app.store)


DRIVER = r"""
import os, signal, sys

point, nth, seen = os.environ.get("CRASH_AT", ""), int(os.environ.get("CRASH_NTH", "1")), {}


def wrap(owner, attr, name, when):
    original = getattr(owner, attr)

    def wrapper(*args, **kwargs):
        if when == "before":
            hit(name)
        out = original(*args, **kwargs)
        if when == "after":
            hit(name)
        return out

    setattr(owner, attr, wrapper)


def hit(name):
    seen[name] = seen.get(name, 0) + 1
    if name == point and seen[name] == nth:
        os.kill(os.getpid(), signal.SIGKILL)


from assistant import index
from assistant.feed import state

wrap(index.PaperStore, "_write_nodes", "chunks", "after")
wrap(state.SyncState, "put_day", "state", "before")
wrap(state.SyncState, "acquire", "lease", "after")

from assistant.cli import main

sys.argv = ["assistant", *sys.argv[1:]]
main()
"""


def run_cli(store, url: str, crash_at: str = "", nth: int = 1) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "CRASH_"))}
    env.update(ASSISTANT_STORE_DIR=str(store), ASSISTANT_EMBEDDING_MODE="mock", ASSISTANT_LLM_MODE="mock",
               ASSISTANT_SYNC_BACKOFF="0.05", CRASH_AT=crash_at, CRASH_NTH=str(nth), PYTHONUNBUFFERED="1")
    args = ["-c", DRIVER] if crash_at else ["-m", "assistant"]
    return subprocess.run([sys.executable, *args, "sync", "--source", url, "--since", RANGE["since"],
                           "--until", RANGE["until"], "--json"], cwd=PROJECT_ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("crash_at,nth,resumed_from", [
    ("chunks", 3, "2025-06-05"),  # 2025-06-05's chunks written, its catalogue entries not
    ("state", 2, "2025-06-03"),  # 2025-06-03 fully ingested, its state record not written
    ("lease", 4, "2025-06-06"),  # killed holding the writer lease, renewed for 2025-06-06 (taken over at once:
                                 # the pid is gone)
])
def test_sigkill_mid_sync_then_rerun_equals_clean(tmp_path, server, clean, crash_at, nth, resumed_from):
    store = tmp_path / "killed"
    killed = run_cli(store, server.url, crash_at, nth)
    assert killed.returncode == -9, killed.stderr[-2000:]

    done = run_cli(store, server.url)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert set(report) >= {"source", "days", "papers_added", "papers_updated", "seconds"}
    got = {d["date"]: d["status"] for d in report["days"]}
    for day in DAYS:  # days recorded before the kill are unchanged; the rest are (re)ingested now
        assert got[day] == ("unchanged" if day < resumed_from else "added"), (day, got)

    from assistant.wiring import build_app

    app = build_app(make_settings(store))
    assert snapshot(app.store) == clean
    check_consistent(app.store)
    state = app.syncer.state
    assert sorted(state.get_days(server.url, "Chinese", DAYS)) == DAYS
    assert state.holder(WRITER_LOCK) is None

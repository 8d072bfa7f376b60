"""Two instances on one Chroma server (`chroma run`: the session `chroma_url` fixture) syncing the same source at
once. Two `python -m assistant sync` processes, each with its own BM25 cache, download every day at the same
moment (the HTTP server's gate); one takes the store's writer lease and ingests, the other writes nothing; then
both see every paper (catalogue, vectors, BM25), each once, and the store equals one clean sync. Also the lease
itself under contention on the server: one owner per race."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import uuid

import pytest

from assistant.settings import PROJECT_ROOT
from tests.feed.conftest import REAL_DAYS, REAL_PAPERS, check_consistent, day_name, snapshot

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]
WINDOW = dict(since="2026-06-25", until="2026-06-28")


def _env(chroma_url: str, store, collection: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_CHROMA_URL=chroma_url, ASSISTANT_STORE_DIR=str(store), ASSISTANT_COLLECTION=collection,
               ASSISTANT_CACHE_DIR=str(store / "cache"), ASSISTANT_EMBEDDING_MODE="mock", ASSISTANT_LLM_MODE="mock",
               ASSISTANT_SYNC_BACKOFF="0.05", PYTHONUNBUFFERED="1")
    return env


def test_two_sync_processes_on_one_chroma_server(chroma_url, real_server, tmp_path, new_app):
    collection = f"sync2{uuid.uuid4().hex[:8]}"
    for date in REAL_DAYS:  # each day is answered only once both processes are asking for it
        real_server.fault(f"data/{day_name(date)}", "gate:2", "gate:2")
    procs = {name: subprocess.Popen(
        [sys.executable, "-m", "assistant", "sync", "--source", real_server.url, "--since", WINDOW["since"],
         "--until", WINDOW["until"], "--json"], cwd=PROJECT_ROOT, env=_env(chroma_url, tmp_path / name, collection),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("a", "b")}
    reports = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
        reports[name] = json.loads(out)
    for date in REAL_DAYS:  # both downloaded every day, at the same moment
        assert [r["status"] for r in real_server.requests(f"data/{day_name(date)}")] == [200, 200]

    status = {n: {d["date"]: d["status"] for d in r["days"]} for n, r in reports.items()}
    writers = [n for n in status if "added" in status[n].values()]
    assert len(writers) == 1, status
    writer, other = writers[0], "b" if writers[0] == "a" else "a"
    assert status[writer] == {"2026-06-25": "added", "2026-06-26": "added", "2026-06-27": "added",
                              "2026-06-28": "missing"}
    assert {status[other][d] for d in REAL_DAYS} <= {"busy", "unchanged"} and status[other]["2026-06-25"] == "busy"
    assert reports[other]["papers_added"] == reports[other]["chunks_embedded"] == 0
    assert reports[writer]["papers_added"] == REAL_PAPERS

    # both instances see every paper once, through their own BM25 caches too; the store is one clean sync
    apps = {n: new_app(store=tmp_path / n, chroma_url=chroma_url, collection=collection) for n in ("a", "b")}
    ref = new_app("ref", chroma_url=chroma_url, collection=collection + "ref")
    ref.syncer.run(source=real_server.url, **WINDOW)
    clean = snapshot(ref.store)
    title = ref.store.get_paper(sorted(clean["catalogue"])[0]).title
    for app in apps.values():
        assert app.store.paper_count() == REAL_PAPERS and snapshot(app.store) == clean
        check_consistent(app.store)
        hits = app.retriever(mode="bm25").search_papers(title, 3)
        assert hits and hits[0].to_hit().title == title
        assert app.syncer.status(source=real_server.url)["days_synced"] == len(REAL_DAYS)
        assert app.today().date == "2026-06-27" and app.today().papers == 30
    real_server.log.clear()
    again = apps[other].syncer.run(source=real_server.url, **WINDOW)  # the shared state: nothing to download
    assert {d.status for d in again.days} == {"unchanged", "missing"}
    assert not [r for r in real_server.requests() if r["status"] == 200]


def test_the_writer_lease_has_one_owner_under_contention(chroma_url, tmp_path, new_app):
    """Eight threads of two instances (two HTTP clients) race for fresh leases, round after round."""
    collection = f"lease{uuid.uuid4().hex[:8]}"
    states = [new_app(n, chroma_url=chroma_url, collection=collection).syncer.state for n in ("a", "b")]
    threads_per_app, rounds = 4, 15
    barrier = threading.Barrier(2 * threads_per_app)
    won: dict[int, list[str]] = {i: [] for i in range(rounds)}
    errors: list[BaseException] = []

    def contend(state, owner: str) -> None:
        try:
            for i in range(rounds):
                barrier.wait(timeout=60)
                if state.acquire(f"lock|race|{i}", owner, ttl=600):
                    won[i].append(owner)
        except BaseException as exc:  # reported below
            errors.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=contend, args=(states[k % 2], f"host:{k}:owner{k}"))
               for k in range(2 * threads_per_app)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert all(len(owners) == 1 for owners in won.values()), won
    for i, (owner,) in won.items():
        assert states[0].holder(f"lock|race|{i}")["owner"] == owner == states[1].holder(f"lock|race|{i}")["owner"]

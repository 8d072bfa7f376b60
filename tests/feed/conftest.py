"""Daily-sync fixtures: a real HTTP server over a copy of tests/feed/data laid out like upstream's `data` branch,
isolated stores with the hash embedder, and a guard that keeps every test off the internet (the default source,
raw.githubusercontent.com, must never be contacted: proxies point at a dead local port, only localhost is exempt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.feed.server import DayServer

FEED_DATA = Path(__file__).parent / "data"
DEAD = "http://127.0.0.1:9"  # the discard port: nothing listens, a connection is refused at once

# tests/feed/data: six Chinese day files (2025-06-04 is missing, 06-07 repeats Friday 06-06), one English file and
# one raw crawl file (no AI fields) that the sync must never fetch.
DAYS = ["2025-06-02", "2025-06-03", "2025-06-05", "2025-06-06", "2025-06-07", "2025-06-08"]
UNIQUE_PAPERS = 15  # 4 (5 records, one id twice) + 4 + 2 + 2 + 0 (Friday repeated) + 3
RANGE = dict(since="2025-06-01", until="2025-06-09")
CLEAN_STATUS = {"2025-06-01": "missing", "2025-06-02": "added", "2025-06-03": "added", "2025-06-04": "missing",
                "2025-06-05": "added", "2025-06-06": "added", "2025-06-07": "added", "2025-06-08": "added",
                "2025-06-09": "missing"}


# tests/feed/days: real upstream day files (days/SOURCE.md): 2026-06-25 whole (26 papers), 2026-06-26 (its first 30
# records), 2026-06-27 (Saturday: the same 30 papers with their AI summaries written anew) and 2026-06-29 (its first
# 30 records), the day that "appears" upstream in the tests. 2026-06-28 is left out (a missing day).
REAL_DATA = Path(__file__).parent / "days"
REAL_DAYS = ["2026-06-25", "2026-06-26", "2026-06-27"]
NEW_DAY = "2026-06-29"
REAL_PAPERS = 56  # 26 + 30 (Saturday repeats Friday)


def publish(branch: Path, date: str, as_date: str | None = None) -> Path:
    """Put the real day file of `date` into the served branch (as `as_date`'s file: the name gives the date)."""
    target = branch / "data" / day_name(as_date or date)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(REAL_DATA / day_name(date), target)
    return target


@pytest.fixture()
def real_branch(tmp_path) -> Path:
    """A branch holding the real days before NEW_DAY."""
    root = tmp_path / "real-branch"
    for date in REAL_DAYS:
        publish(root, date)
    return root


@pytest.fixture()
def real_server(real_branch):
    with DayServer(real_branch) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(var, DEAD)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("ASSISTANT_SYNC_SOURCE", f"{DEAD}/not-upstream")
    monkeypatch.delenv("ASSISTANT_SYNC_INTERVAL", raising=False)


def day_name(date: str, lang: str = "Chinese") -> str:
    return f"{date}_AI_enhanced_{lang}.jsonl"


@pytest.fixture()
def branch(tmp_path) -> Path:
    """A copy of the test data as `<branch>/data/<files>` (what the server and directory sources serve)."""
    root = tmp_path / "branch"
    shutil.copytree(FEED_DATA, root / "data")
    return root


@pytest.fixture()
def server(branch):
    with DayServer(branch) as srv:
        yield srv


def make_settings(store: Path, **overrides):
    from assistant.settings import Settings

    values = dict(store_dir=store, embedding_mode="mock", llm_mode="mock", sync_backoff=0.05, sync_max_wait=5.0,
                  sync_timeout=5.0, sync_retries=3, _env_file=None)
    values.update(overrides)
    return Settings(**values)


@pytest.fixture()
def app(tmp_path):
    from assistant.wiring import build_app

    return build_app(make_settings(tmp_path / "store"))


@pytest.fixture()
def new_app(tmp_path):
    """Another app (own store unless `store` is given), e.g. a clean reference or a second instance."""
    from assistant.wiring import build_app

    made = []

    def make(name: str = "other", store: Path | None = None, **overrides):
        made.append(build_app(make_settings(store or tmp_path / name, **overrides)))
        return made[-1]

    return make


def snapshot(store) -> dict:
    """Everything a sync writes to the store, for comparing two stores: catalogue documents, chunk documents,
    metadata and vectors, and the BM25 ids beside them."""
    cat = store.catalog.get(include=["documents"])
    catalogue = {i: d for i, d in zip(cat["ids"], cat["documents"]) if i != "__generation__"}
    got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
    chunks = {i: (d, m, [round(float(x), 5) for x in e]) for i, d, m, e in
              zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"])}
    assert len(got["ids"]) == len(set(got["ids"])), "duplicate chunk ids"
    assert len(cat["ids"]) == len(set(cat["ids"])), "duplicate catalogue ids"
    return {"catalogue": catalogue, "chunks": chunks}


def check_consistent(store) -> None:
    """No orphan: every chunk belongs to a catalogued paper, every paper has chunks, BM25 knows the same ids."""
    from assistant.chunking import SECTIONS, node_id

    snap = snapshot(store)
    papers = set(snap["catalogue"])
    owners = {m.get("arxiv_id") for _, m, _ in snap["chunks"].values()}
    assert owners == papers
    possible = {node_id(p, s) for p in papers for s in SECTIONS}
    assert set(snap["chunks"]) <= possible
    store.ensure_keyword_sync(force=True)
    assert set(store.keywords.hashes()) == set(snap["chunks"])


def statuses(report) -> dict[str, str]:
    return {d.date: d.status for d in report.days}


def by_date(report) -> dict:
    return {d.date: d for d in report.days}


@pytest.fixture()
def clean(new_app, server):
    """The store after one uninterrupted sync of the test range (the reference for every resumed run)."""
    ref = new_app("clean")
    report = ref.syncer.run(source=server.url, **RANGE)
    assert statuses(report) == CLEAN_STATUS
    server.log.clear()
    return snapshot(ref.store)

"""Scale-out: the store in a Chroma server (`chroma run`), shared by several app instances.

The server is `ASSISTANT_TEST_CHROMA_URL` when set (`.ci/run` starts one on loopback), else this module starts
its own `chroma run` on a free port, else the tests are skipped with the reason. Every test works in its own
collection prefix, so a shared server needs no cleanup between tests or runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from assistant.settings import Settings
from assistant.sources import parse_file
from assistant.wiring import build_app
from tests.conftest import free_port, heartbeat, stop_process

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = DATA / "seed_digest.md"


def _env(chroma_url: str, store_dir: Path, collection: str, **extra: str) -> dict[str, str]:
    return dict(os.environ, ASSISTANT_CHROMA_URL=chroma_url, ASSISTANT_STORE_DIR=str(store_dir),
                ASSISTANT_CACHE_DIR=str(store_dir / "cache"), ASSISTANT_COLLECTION=collection,
                GRADIO_ANALYTICS_ENABLED="False", **extra)


def _wait_for_serve(proc: subprocess.Popen, url: str, log: Path, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return url
        except OSError:
            time.sleep(0.5)
        if proc.poll() is not None:
            break
    raise AssertionError(f"serve did not start: {log.read_text()[-2000:]}")


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done


def _unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


# ---------- the CLI against the server, bundled USE embedder ----------

@pytest.fixture(scope="module")
def seeded(chroma_url, tmp_path_factory):
    """`python -m assistant ingest` of the seed digest into the server (instance-local dir: BM25 cache only)."""
    env = _env(chroma_url, tmp_path_factory.mktemp("cli-instance"), _unique("cli"),
               ASSISTANT_EMBEDDING_MODE="use", ASSISTANT_LLM_MODE="mock")
    report = json.loads(_cli(env, "ingest", str(SEED), "--json").stdout)
    assert report["papers_added"] == 20 and report["chunks_embedded"] == 80
    return env


def test_ingest_writes_to_the_server_not_the_local_dir(seeded, chroma_url):
    import chromadb

    store_dir = Path(seeded["ASSISTANT_STORE_DIR"])
    assert not (store_dir / "chroma.sqlite3").exists()
    assert [p.name for p in store_dir.glob("bm25-*.sqlite3")], "the BM25 index lives in the instance's store dir"
    settings = Settings(collection=seeded["ASSISTANT_COLLECTION"], embedding_mode="use", _env_file=None)
    host, port = chroma_url.rsplit("//", 1)[1].split(":")
    client = chromadb.HttpClient(host=host, port=int(port))
    assert client.get_collection(settings.collection_name()).count() == 80
    stats = json.loads(_cli(seeded, "stats", "--json").stdout)
    assert stats["store"] == chroma_url and stats["papers"] == 20
    # re-ingesting the same file against the server embeds nothing
    again = json.loads(_cli(seeded, "ingest", str(SEED), "--json").stdout)
    assert again["papers_unchanged"] == 20 and again["chunks_embedded"] == 0


def test_search_against_the_server(seeded):
    hits = json.loads(_cli(seeded, "search", "GCRank 的生成式上下文编码器", "--k", "3", "--json").stdout)
    assert hits[0]["id"] == "2601.02361"


def test_ask_against_the_server_with_the_mock_llm(seeded):
    answer = json.loads(_cli(seeded, "ask", "What does HarmonRank align in live-streaming e-commerce "
                                            "recommendation?", "--json").stdout)
    assert not answer["error"] and not answer["refused"]
    assert "2601.02955" in [c["id"] for c in answer["citations"]]


@pytest.mark.live
def test_ask_against_the_server_with_the_bundled_model(seeded, tmp_path):
    settings = Settings(chroma_url=seeded["ASSISTANT_CHROMA_URL"], collection=seeded["ASSISTANT_COLLECTION"],
                        store_dir=tmp_path, embedding_mode="use", llm_mode="local", _env_file=None)
    app = build_app(settings)
    try:
        answer = app.ask("GCRank 的生成式上下文编码器包含哪些模块？")
    finally:
        app.close()
    assert not answer.error, answer.error
    assert not answer.refused, answer.raw_answer
    assert "2601.02361" in [c.id for c in answer.citations]


# ---------- two app instances on one server ----------

def _instance(chroma_url: str, root: Path, name: str, collection: str):
    """One app instance: its own store dir (BM25 cache) and cache dir, the shared Chroma server."""
    return build_app(Settings(chroma_url=chroma_url, collection=collection, store_dir=root / name,
                              cache_dir=root / name / "cache", embedding_mode="mock", llm_mode="mock",
                              min_relevance=0.05, _env_file=None))


def _bm25_ids(app, query: str) -> list[str]:
    return [r.arxiv_id for r in app.retriever(mode="bm25").search_papers(query, 5)]


def _two_instances(chroma_url: str, root: Path, prefix: str, first: int):
    """Instance A ingests the sample's first papers into a fresh collection, then B starts on the same one."""
    collection = _unique(prefix)
    papers = parse_file(SEED).papers
    a = _instance(chroma_url, root, "a", collection)
    a.store.ingest(papers[:first])
    return papers, a, _instance(chroma_url, root, "b", collection)


def test_two_instances_share_papers_and_resync_bm25(chroma_url, tmp_path):
    papers, a, b = _two_instances(chroma_url, tmp_path, "pair", 12)
    later = papers[12:]
    assert b.store.paper_count() == 12 and len(b.store.keywords) == 48  # B built its BM25 from the server

    target = later[0]
    assert target.arxiv_id not in _bm25_ids(b, target.title)
    a.store.ingest(later)
    assert b.store.paper_count() == 20 and b.store.get_paper(target.arxiv_id).title == target.title
    # B's keyword index notices the new generation by itself (checked at most every 5 s), no restart
    deadline = time.monotonic() + 15
    while target.arxiv_id not in _bm25_ids(b, target.title):
        assert time.monotonic() < deadline, "B's BM25 index never picked up the paper ingested by A"
        time.sleep(0.5)
    assert len(b.store.keywords) == 80 and b.store.keywords.generation == a.store.keywords.generation

    # removing through A: gone from B at once (Chroma is the system of record), and from B's BM25 after resync
    assert a.store.remove([target.arxiv_id]) == [target.arxiv_id]
    assert b.store.get_paper(target.arxiv_id) is None
    assert target.arxiv_id not in [r.arxiv_id for r in b.retriever().search_papers(target.title, 5)]
    b.store.ensure_keyword_sync(force=True)
    assert len(b.store.keywords) == 76 and target.arxiv_id not in _bm25_ids(b, target.title)


def test_a_writer_catches_up_with_other_writers_before_saving_its_generation(chroma_url, tmp_path):
    """A's BM25 cache is saved under the generation A writes: it must include what B wrote just before."""
    papers, a, b = _two_instances(chroma_url, tmp_path, "writers", 19)
    changed = papers[0].model_copy(update={"abstract": papers[0].abstract + " Quokkaword appears here."})
    b.store.ingest([changed])  # same chunk count, new text: only the generation marker tells A
    a.store.ingest(papers[19:])  # within A's 5 s check interval
    a.store.ensure_keyword_sync(force=True)
    assert _bm25_ids(a, "Quokkaword") == [papers[0].arxiv_id]


def test_bm25_cache_name_is_stable_across_processes(chroma_url, tmp_path):
    """The per-server BM25 cache must be found again after a restart (it used to carry a per-process hash)."""
    settings = Settings(chroma_url=chroma_url, collection="stable", store_dir=tmp_path, embedding_mode="mock",
                        _env_file=None)
    here = build_app(settings).store.keywords.path.name
    code = ("from assistant.settings import Settings; from assistant.wiring import build_app; "
            f"s = Settings(chroma_url={chroma_url!r}, collection='stable', store_dir={str(tmp_path)!r}, "
            "embedding_mode='mock', _env_file=None); print(build_app(s).store.keywords.path.name)")
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"  # a hash seed surely unlike this process's
    there = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=seed)).stdout.strip()
    assert here == there


def test_searches_during_a_resync_do_not_fail(chroma_url, tmp_path):
    """B serves keyword searches on several threads while A writes and B re-syncs underneath them."""
    papers, a, b = _two_instances(chroma_url, tmp_path, "race", 10)
    errors: list[BaseException] = []
    stop = threading.Event()

    def hammer():
        while not stop.is_set():
            try:
                b.store.ensure_keyword_sync(max_age=0.0)
                b.retriever(mode="bm25").search_papers("ranking recommendation", 5)
            except BaseException as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)
                return

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        for paper in papers[10:]:
            a.store.ingest([paper])
        a.store.remove([p.arxiv_id for p in papers[15:]])
    finally:
        stop.set()
        for t in threads:
            t.join(30)
    assert not errors, repr(errors[0])
    b.store.ensure_keyword_sync(force=True)
    assert len(b.store.keywords) == b.store.chunks.count() == 60


def test_two_serve_processes_on_one_server(chroma_url, tmp_path):
    """The deployment itself: instance A writes through the CLI, instance B is a running `serve`."""
    from gradio_client import Client

    collection = _unique("serve")
    env_a = _env(chroma_url, tmp_path / "a", collection, ASSISTANT_EMBEDDING_MODE="mock", ASSISTANT_LLM_MODE="mock")
    # The hash embedder's dense ranking is arbitrary: weight BM25 (the exact name match) so that /ask retrieves
    # the paper /search found on every run (a fresh-clone run once lost it to dense noise).
    env_b = _env(chroma_url, tmp_path / "b", collection, ASSISTANT_EMBEDDING_MODE="mock", ASSISTANT_LLM_MODE="mock",
                 ASSISTANT_MIN_RELEVANCE="0.05", ASSISTANT_BM25_WEIGHT="5")
    _cli(env_a, "ingest", str(SEED))
    port = free_port()
    (tmp_path / "b").mkdir(exist_ok=True)
    log = open(tmp_path / "b" / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env_b, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        url = _wait_for_serve(proc, f"http://127.0.0.1:{port}/", tmp_path / "b" / "serve.log")
        client = Client(url, verbose=False)
        assert client.predict("HarmonRank", 3, "", "", "", api_name="/search")[0]["id"] == "2601.02955"
        jsonl = tmp_path / "2026-02-02_AI_enhanced_Chinese.jsonl"
        jsonl.write_text(json.dumps({
            "id": "2602.00042", "title": "Zyxquorf: Ranking with Quokka Signals", "authors": ["A. Writer"],
            "categories": ["cs.IR"], "summary": "Zyxquorf ranks items from quokka signals.",
            "AI": {"tldr": "Zyxquorf 用袋鼠信号排序。", "motivation": "动机。", "method": "方法。",
                   "result": "结果。", "conclusion": "结论。"}}) + "\n", encoding="utf-8")
        _cli(env_a, "ingest", str(jsonl))
        deadline = time.monotonic() + 20
        while "2602.00042" not in [h["id"] for h in client.predict("Zyxquorf", 3, "", "", "", api_name="/search")]:
            assert time.monotonic() < deadline, "serve B never found the paper ingested through A"
            time.sleep(1)
        # dense retrieval sees another process's write at once, keyword search within ~5 s (docs/deployment.md):
        # /search above may have found the paper densely before B's BM25 re-synced, and /ask's wording needs BM25
        deadline = time.monotonic() + 20
        while True:
            answer = client.predict("What does Zyxquorf rank?", "en", api_name="/ask")
            if "2602.00042" in [s["id"] for s in answer["sources"]] or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert "2602.00042" in [s["id"] for s in answer["sources"]]
        _cli(env_a, "remove", "2602.00042")
        assert "2602.00042" not in [h["id"] for h in client.predict("Zyxquorf", 3, "", "", "", api_name="/search")]
    finally:
        stop_process(proc)
        log.close()


def test_searches_do_not_wait_for_a_bm25_cache_save():
    """Writing the BM25 cache file takes seconds on a large store; searches must not queue on it. The index is
    updated in place (issue 15), so a search right after a write already sees it."""
    from assistant.keyword_index import KeywordIndex

    kw = KeywordIndex(None)
    kw.upsert([("p1#title", "h1", "HarmonRank ranking ensemble", {"arxiv_id": "p1"})])
    assert [i for i, _ in kw.search("HarmonRank", 3)] == ["p1#title"]
    kw.upsert([("p2#title", "h2", "Zyxquorf quokka ranking", {"arxiv_id": "p2"})])
    assert kw._save_lock.acquire()  # as if another request thread were writing the cache file right now
    try:
        started = time.monotonic()
        assert [i for i, _ in kw.search("Zyxquorf", 3)] == ["p2#title"]
        assert time.monotonic() - started < 1
    finally:
        kw._save_lock.release()


def test_a_server_that_goes_away_gives_a_plain_store_error(tmp_path):
    """Chroma down mid-session: searches fail with StoreError (a message the UI shows), not an httpx error."""
    from assistant.errors import StoreError

    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        pytest.skip("no `chroma` executable")
    port = free_port()
    proc = subprocess.Popen([str(exe), "run", "--path", str(tmp_path / "data"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not heartbeat(url):
            assert proc.poll() is None and time.monotonic() < deadline, "chroma run did not start"
            time.sleep(0.3)
        app = build_app(Settings(chroma_url=url, store_dir=tmp_path / "local", embedding_mode="mock",
                                 llm_mode="mock", _env_file=None))
        app.store.ingest(parse_file(SEED).papers[:3])
        assert app.retriever().search_papers("ranking", 2)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    with pytest.raises(StoreError, match="not reachable"):
        app.retriever().search_papers("ranking", 2)
    assert app.store.status()[0] is False

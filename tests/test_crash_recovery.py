"""Crash safety of ingest: SIGKILL `python -m assistant ingest` at many points, run it again, check the store.

Each scenario runs the real CLI in a subprocess on a copy of shared-corpus files (187 papers, 2 pipeline
batches), kills it with SIGKILL, re-runs the same command to completion and then checks, reading the files on
disk before anything could repair them:

- chunk ids and catalogue ids are unique; every catalogued paper has exactly its section chunks, with the
  text and metadata hashes its catalogue entry implies, and no chunk belongs to no paper (no orphans);
- the BM25 cache beside the store holds the same ids with the same content hashes as Chroma, and its
  generation equals the store's generation marker (a reader will not need to re-sync);
- vectors, catalogue documents and `stats()` equal those of a clean, uninterrupted ingest of the same files.

Kill points: "hooked" ones are exact (the subprocess kills itself with SIGKILL from inside a wrapped method:
mid-embedding, after a batch's chunks are written but before its catalogue entry, after the catalogue entry but
before BM25 is saved, with BM25's temp file written but not renamed, after a metadata-only update of a re-listed
paper); "timed" ones SIGKILL the unmodified CLI from outside once the store file has grown to a fraction of its
final size. The embedder is the deterministic hash embedder (`ASSISTANT_EMBEDDING_MODE=mock`): the pipeline
(`PaperStore.ingest` plan/commit, Chroma, BM25) is the production code; the live variant repeats one kill
point with the bundled USE embedder and its worker pool.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

pytestmark = pytest.mark.slow

# Four real pipeline files copied from ../shared/corpus/daily-arxiv/dw-dengwei (bytes unchanged), so CI has them.
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
# 187 papers (116 + 45 + 26, the last day both as markdown and as JSONL, merged): pipeline batches of 128 + 59
FILES = ["2026-05-04_AI_enhanced_Chinese.jsonl", "2025-03-21_AI_enhanced_Chinese.jsonl", "2026-06-25.md",
         "2026-06-25_AI_enhanced_Chinese.jsonl"]
# 142 of them re-listed on later days: an ingest that only rewrites metadata (dates) of existing chunks.
RELISTED = {"2026-05-04_AI_enhanced_Chinese.jsonl": "2026-05-09_AI_enhanced_Chinese.jsonl",
            "2026-06-25.md": "2026-06-30.md"}

if not all((CORPUS / f).exists() for f in FILES):
    pytest.skip("the shared corpus is not available", allow_module_level=True)

# Runs the CLI; when CRASH_AT names a point, SIGKILLs itself there on the CRASH_NTH-th pass.
DRIVER = r"""
import os, signal, sys

point, nth, seen = os.environ.get("CRASH_AT", ""), int(os.environ.get("CRASH_NTH", "1")), {}


def hit(name):
    seen[name] = seen.get(name, 0) + 1
    if name == point and seen[name] == nth:
        os.kill(os.getpid(), signal.SIGKILL)


def wrap(owner, attr, name, when="after", accept=None):
    original = getattr(owner, attr)

    def wrapper(*args, **kwargs):
        ok = accept is None or accept(*args, **kwargs)
        if ok and when == "before":
            hit(name)
        out = original(*args, **kwargs)
        if ok and when == "after":
            hit(name)
        return out

    setattr(owner, attr, wrapper)


from chromadb.api.models.Collection import Collection

from assistant import embeddings, index, keyword_index

wrap(embeddings.HashEmbedder, "embed_batch", "embed", when="before")
wrap(embeddings.USEEmbedder, "embed_async", "embed_async")  # returns while the worker pool is busy
wrap(index.PaperStore, "_write_nodes", "chunks")
wrap(Collection, "update", "touch")
wrap(Collection, "upsert", "catalog",
     accept=lambda self, ids=None, *a, **k: self.name.endswith("_papers") and ids != [index.GENERATION_ID])
wrap(keyword_index.KeywordIndex, "save", "bm25_save", when="before")


def write_then_maybe_die(self, body):
    # one BM25 index write transaction (issue 15: SQLite): its changes made, the kill before its COMMIT
    conn = self._conn
    conn.execute("BEGIN IMMEDIATE")
    body(conn)
    hit("bm25_commit")
    conn.execute("COMMIT")
    return True


keyword_index.KeywordIndex._write = write_then_maybe_die

from assistant.cli import main

sys.argv = ["assistant", *sys.argv[1:]]
main()
"""


def _env(store: Path, embedding: str = "mock", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "CRASH_"))}
    env.update(ASSISTANT_STORE_DIR=str(store), ASSISTANT_EMBEDDING_MODE=embedding, ASSISTANT_LLM_MODE="mock",
               ASSISTANT_EMBEDDING_WORKERS="2", PYTHONUNBUFFERED="1", **extra)
    return env


def ingest(store: Path, files: list[Path], *, embedding: str = "mock", crash_at: str = "", nth: int = 1,
           cwd: Path) -> subprocess.CompletedProcess:
    """Run the CLI ingest to completion, or until it kills itself at `crash_at`. Output goes to files, not
    pipes: embedding workers orphaned by the kill would hold a pipe open; they are killed with the group."""
    args = ["-c", DRIVER] if crash_at else ["-m", "assistant"]
    env = _env(store, embedding, CRASH_AT=crash_at, CRASH_NTH=str(nth))
    out_path, err_path = store.parent / f"{store.name}.out", store.parent / f"{store.name}.err"
    store.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen([sys.executable, *args, "ingest", *map(str, files), "--json"], cwd=cwd, env=env,
                                stdout=out, stderr=err, text=True, start_new_session=True)
        try:
            proc.wait(timeout=600)
        finally:
            _kill_group(proc)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out_path.read_text(), err_path.read_text())


def ingest_killed_when(store: Path, files: list[Path], grown_to: int, *, cwd: Path) -> subprocess.CompletedProcess:
    """Run the unmodified CLI and SIGKILL it from outside once the store file reaches `grown_to` bytes."""
    db = store / "chroma.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", *map(str, files), "--json"], cwd=cwd,
                            env=_env(store), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        while proc.poll() is None:
            if db.exists() and db.stat().st_size >= grown_to:
                os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
        out, err = proc.communicate(timeout=600)
    finally:
        _kill_group(proc)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _kill_group(proc: subprocess.Popen) -> None:
    """The CLI's own process group (embedding workers included), started by this test."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def committed_rows(store: Path, scratch: Path) -> dict[str, int]:
    """Records per collection that survived the kill: ids in the metadata segment or in Chroma's write-ahead log
    (replayed on the next open). Read from a copy of the SQLite file and of any hot journal the kill left
    (SQLite rolls that back on open), so the store itself stays exactly as the crash left it."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for db in store.glob("chroma.sqlite3*"):
        shutil.copyfile(db, scratch / db.name)
    con = sqlite3.connect(scratch / "chroma.sqlite3")
    try:
        out = {}
        for cid, name in con.execute("SELECT id, name FROM collections").fetchall():
            ids = {r[0] for r in con.execute(
                "SELECT e.embedding_id FROM embeddings e JOIN segments s ON e.segment_id = s.id "
                "WHERE s.collection = ? AND s.scope = 'METADATA'", (cid,))}
            ids |= {r[0] for r in con.execute("SELECT id FROM embeddings_queue WHERE topic LIKE ?", (f"%/{cid}",))}
            out["chunks" if not name.endswith("_papers") else "catalogue"] = len(ids)
        return out
    finally:
        con.close()


# ------------------------------------------------------------------ reading a store as it is on disk
def _settings(store: Path):
    from assistant.settings import Settings

    return Settings(store_dir=store, embedding_mode="mock", llm_mode="mock", _env_file=None)


def snapshot(store: Path) -> dict:
    """Everything the checks need, read without PaperStore (whose constructor would repair BM25)."""
    from assistant.index import GENERATION_ID, catalog_json, open_chroma_client

    settings = _settings(store)
    name = settings.collection_name()
    con = sqlite3.connect(f"file:{store / f'bm25-{name}.sqlite3'}?mode=ro", uri=True)
    try:  # the BM25 index as it is on disk (issue 15: SQLite)
        cache = {"docs": {nid: {"hash": h} for nid, h in con.execute("SELECT node_id, hash FROM docs")},
                 "generation": dict(con.execute("SELECT key, value FROM info")).get("generation", "")}
    finally:
        con.close()
    client = open_chroma_client(settings)
    chunks = client.get_collection(name).get(include=["metadatas", "documents", "embeddings"])
    catalog = client.get_collection(f"{name}_papers").get(include=["documents", "metadatas"])
    marker = dict(zip(catalog["ids"], catalog["documents"])).get(GENERATION_ID, "")
    # the paper JSON as this version writes it (a metadata entry; the document in older stores)
    catalog["documents"] = [d if i == GENERATION_ID else catalog_json(d, m)
                            for i, d, m in zip(catalog["ids"], catalog["documents"], catalog["metadatas"])]
    return {"cache": cache, "chunks": chunks, "catalog": catalog, "marker": marker,
            "tmp_files": sorted(p.name for p in store.glob(".bm25-*.tmp"))}


def stats(store: Path) -> dict:
    from assistant.embeddings import HashEmbedder
    from assistant.index import PaperStore

    data = PaperStore(_settings(store), HashEmbedder(embed_batch_size=64, model_name="hash-256")).stats()
    data.pop("store")
    return data


def check_consistent(snap: dict) -> None:
    """The invariants a store must satisfy whatever happened to earlier runs."""
    from assistant.chunking import paper_to_nodes
    from assistant.index import GENERATION_ID, chunk_text
    from assistant.types import Paper

    chunks, catalog, cache = snap["chunks"], snap["catalog"], snap["cache"]
    ids = chunks["ids"]
    assert len(ids) == len(set(ids)), "duplicate chunk ids"
    assert len(catalog["ids"]) == len(set(catalog["ids"])), "duplicate catalogue ids"
    stored = {i: (m, chunk_text(d, m)) for i, m, d in zip(ids, chunks["metadatas"], chunks["documents"])}
    expected: dict[str, tuple[str, str]] = {}
    for pid, doc in zip(catalog["ids"], catalog["documents"]):
        if pid == GENERATION_ID:
            continue
        paper = Paper.model_validate_json(doc)  # a half-written entry would fail here
        for node in paper_to_nodes(paper):
            expected[node.node_id] = (node.metadata["content_hash"], node.get_content())
    missing = sorted(set(expected) - set(stored))
    orphans = sorted(set(stored) - set(expected))
    assert not missing, f"catalogued papers lack chunks: {missing[:5]}"
    assert not orphans, f"chunks of no catalogued paper: {orphans[:5]}"
    wrong = [i for i, (h, text) in expected.items() if stored[i][0].get("content_hash") != h or stored[i][1] != text]
    assert not wrong, f"chunks disagree with their catalogue entry: {wrong[:5]}"
    assert set(cache["docs"]) == set(ids), "BM25 ids differ from Chroma chunk ids"
    stale = [i for i in ids if cache["docs"][i]["hash"] != stored[i][0].get("content_hash")]
    assert not stale, f"BM25 entries out of date: {stale[:5]}"
    assert cache["generation"] == snap["marker"] and snap["marker"], "BM25 cache generation != store marker"
    vectors = np.asarray(chunks["embeddings"], dtype=np.float32)
    assert vectors.shape[0] == len(ids) and np.all(np.isfinite(vectors))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3), "zero or half-written vectors"


def check_same_as(snap: dict, ref: dict) -> None:
    """Same papers, chunks and vectors as the clean run (ids, catalogue documents, content hashes)."""
    from assistant.index import GENERATION_ID

    docs = {i: d for i, d in zip(snap["catalog"]["ids"], snap["catalog"]["documents"]) if i != GENERATION_ID}
    ref_docs = {i: d for i, d in zip(ref["catalog"]["ids"], ref["catalog"]["documents"]) if i != GENERATION_ID}
    assert docs == ref_docs, "catalogue differs from a clean ingest"
    mine = {i: (m["content_hash"], e) for i, m, e in zip(snap["chunks"]["ids"], snap["chunks"]["metadatas"],
                                                         snap["chunks"]["embeddings"])}
    theirs = {i: (m["content_hash"], e) for i, m, e in zip(ref["chunks"]["ids"], ref["chunks"]["metadatas"],
                                                           ref["chunks"]["embeddings"])}
    assert mine.keys() == theirs.keys()
    assert all(mine[i][0] == theirs[i][0] for i in mine), "chunk metadata differs from a clean ingest"
    assert all(np.allclose(mine[i][1], theirs[i][1], atol=1e-6) for i in mine), "vectors differ from a clean ingest"


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("crash")
    (root / "in").mkdir()
    for name in FILES:
        shutil.copyfile(CORPUS / name, root / "in" / name)
    (root / "relisted").mkdir()
    for name, new in RELISTED.items():
        shutil.copyfile(CORPUS / name, root / "relisted" / new)
    return root


def inputs(work: Path) -> list[Path]:
    return [work / "in" / f for f in FILES]


def relisted(work: Path) -> list[Path]:
    return [work / "relisted" / f for f in RELISTED.values()]


@pytest.fixture(scope="module")
def clean(work) -> dict:
    """One uninterrupted ingest of the input files: the reference."""
    store = work / "clean"
    done = ingest(store, inputs(work), cwd=work)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["papers_added"] == 187 and report["chunks_embedded"] > 700
    snap = snapshot(store)
    check_consistent(snap)
    return {"store": store, "snap": snap, "stats": stats(store), "report": report,
            "db_size": (store / "chroma.sqlite3").stat().st_size}


@pytest.fixture(scope="module")
def clean_relisted(work, clean) -> dict:
    """The reference for the update scenarios: the inputs, then the same papers re-listed on later days."""
    store = work / "clean-relisted"
    shutil.copytree(clean["store"], store)
    done = ingest(store, relisted(work), cwd=work)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["papers_updated"] == 142 and report["chunks_embedded"] == 0
    snap = snapshot(store)
    check_consistent(snap)
    return {"store": store, "snap": snap, "stats": stats(store)}


RESULTS: list[str] = []  # one line per kill point, printed at the end (for bench/RESULTS.md)


def recover_and_check(store: Path, files: list[Path], ref: dict, *, label: str, cwd: Path) -> None:
    committed = committed_rows(store, cwd / "peek") if (store / "chroma.sqlite3").exists() else {}
    rerun = ingest(store, files, cwd=cwd)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = json.loads(rerun.stdout)
    snap = snapshot(store)
    check_consistent(snap)
    check_same_as(snap, ref["snap"])
    assert stats(store) == ref["stats"]
    RESULTS.append(f"{label}: durable at the kill {committed}; re-run added {report['papers_added']}, "
                   f"updated {report['papers_updated']}, unchanged {report['papers_unchanged']}, embedded "
                   f"{report['chunks_embedded']} chunks; store == clean ingest")


@pytest.fixture(scope="module", autouse=True)
def _print_results():
    yield
    if RESULTS:
        sys.stderr.write("\ncrash recovery:\n" + "\n".join(f"  {r}" for r in RESULTS) + "\n")


# ------------------------------------------------------------------ scenarios
# 187 papers -> plans of 128 and 59 papers; the mock embedder embeds 64 chunks per call, so embed calls
# 1-8 are batch 1 and 9-12 batch 2, both planned (embedded) before batch 1 is committed. The catalogue entries
# of both are written in one call after them (index.CATALOG_BATCH = 512 papers).
HOOKED = [
    ("embed", 10, "mid-embedding of batch 2, nothing committed"),
    ("catalog", 1, "both batches' chunks and BM25 rows written, no catalogue entry"),
    ("chunks", 2, "batch 2's chunks written, no catalogue entry"),
    ("bm25_commit", 1, "batch 1 in Chroma, its BM25 write transaction not committed"),
    ("bm25_commit", 3, "everything in Chroma, the BM25 generation's write transaction not committed"),
]


@pytest.mark.parametrize("point,nth,what", HOOKED, ids=[h[0] for h in HOOKED])
def test_kill_at_hooked_point_then_rerun(work, clean, tmp_path, point, nth, what):
    store = tmp_path / "store"
    crashed = ingest(store, inputs(work), crash_at=point, nth=nth, cwd=work)
    assert crashed.returncode == -signal.SIGKILL, f"did not reach {point}#{nth}: {crashed.stderr[-2000:]}"
    recover_and_check(store, inputs(work), clean, label=f"SIGKILL at {point}#{nth} ({what})", cwd=work)


@pytest.mark.parametrize("fraction", [0.35, 0.75])
def test_kill_from_outside_then_rerun(work, clean, tmp_path, fraction):
    store = tmp_path / "store"
    crashed = ingest_killed_when(store, inputs(work), int(clean["db_size"] * fraction), cwd=work)
    assert crashed.returncode == -signal.SIGKILL, "ingest finished before the kill"
    recover_and_check(store, inputs(work), clean, cwd=work,
                      label=f"external SIGKILL when the store file reached {fraction:.0%} of its final size")


UPDATE_HOOKED = [
    ("touch", 2, "re-listed papers: batch 2's chunk metadata rewritten, catalogue not"),
    ("catalog", 1, "re-listed papers: chunk metadata rewritten, catalogue not, BM25 cache not saved"),
]


@pytest.mark.parametrize("point,nth,what", UPDATE_HOOKED, ids=[f"relisted-{h[0]}" for h in UPDATE_HOOKED])
def test_kill_during_metadata_update_then_rerun(work, clean, clean_relisted, tmp_path, point, nth, what):
    store = tmp_path / "store"
    shutil.copytree(clean["store"], store)
    crashed = ingest(store, relisted(work), crash_at=point, nth=nth, cwd=work)
    assert crashed.returncode == -signal.SIGKILL, f"did not reach {point}#{nth}: {crashed.stderr[-2000:]}"
    recover_and_check(store, relisted(work), clean_relisted, label=f"SIGKILL at {point}#{nth} ({what})", cwd=work)


@pytest.mark.live
def test_kill_while_the_use_worker_pool_embeds(work, tmp_path):
    """The bundled embedder: killed right after batch 1 (512 chunks, over the pool threshold) went to its worker
    processes; the workers die with the CLI's process group."""
    store, ref_store = tmp_path / "store", tmp_path / "ref"
    files = inputs(work)
    crashed = ingest(store, files, embedding="use", crash_at="embed_async", nth=1, cwd=work)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]
    rerun = ingest(store, files, embedding="use", cwd=work)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    clean_run = ingest(ref_store, files, embedding="use", cwd=work)
    assert clean_run.returncode == 0
    # USE vectors: the checks read collections by the USE collection name
    from assistant.settings import Settings

    use = Settings(store_dir=store, embedding_mode="use", _env_file=None)
    assert use.collection_name() != _settings(store).collection_name()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules[__name__], "_settings",
                   lambda s: Settings(store_dir=s, embedding_mode="use", llm_mode="mock", _env_file=None))
        snap, ref = snapshot(store), snapshot(ref_store)
        check_consistent(snap)
        check_same_as(snap, ref)


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.live
def test_embedding_workers_exit_when_only_the_cli_is_killed(work, tmp_path):
    """`kill -9 <ingest pid>` (not its group): the USE worker processes notice they are orphaned and exit."""
    store = tmp_path / "store"
    store.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", *map(str, inputs(work))], cwd=work,
                            env=_env(store, "use"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        workers: list[int] = []
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            workers = [c for c in _children(proc.pid) if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]
            time.sleep(0.2)
        assert len(workers) >= 2, "the ingest never started its embedding workers"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "orphaned embedding workers kept running"
    finally:
        _kill_group(proc)

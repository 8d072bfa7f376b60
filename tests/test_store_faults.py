"""Store faults (issue 17, items 4 and 5): a damaged BM25 cache is rebuilt, a damaged or emptied store is an error.

The BM25 index is disposable: any doubt about it (a damaged SQLite file, another format, not a file; since issue 15
also a damaged JSON cache of the previous version, which is otherwise migrated) means a warning and a re-sync from
Chroma, never a crash. The Chroma store is not: a store file that is not a whole SQLite database, or a
store that had papers and now has none, is a StoreError that names the file and changes nothing on disk.
Real stores on disk (the hash embedder), copied from one module-wide store of the seed digest (20 papers, 80 chunks).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import keyword_index
from assistant.embeddings import HashEmbedder
from assistant.errors import AssistantError, StoreError
from assistant.index import STORE_FILE, PaperStore
from assistant.ingest import ingest_paths
from assistant.keyword_index import KeywordIndex, remove_stale_temp_files
from assistant.settings import Settings

DATA = Path(__file__).parent / "data"
CHUNKS = 80


def _settings(store: Path, **extra) -> Settings:
    return Settings(store_dir=store, embedding_mode="mock", llm_mode="mock", _env_file=None, **extra)


def _open(store: Path, **extra) -> PaperStore:
    if "chroma_url" not in extra:
        _forget_clients()
    return PaperStore(_settings(store, **extra), HashEmbedder())


def _forget_clients() -> None:
    """Chroma keeps one system per path in a process; a test that changes the files must not get the old one."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()


def _cache_path(store: Path) -> Path:
    """The BM25 index (a SQLite file since issue 15)."""
    return store / f"bm25-{_settings(store).collection_name()}.sqlite3"


def _legacy_path(store: Path) -> Path:
    """The JSON cache of the version before issue 15: migrated when it is valid, else rebuilt from Chroma."""
    return store / f"bm25-{_settings(store).collection_name()}.json"


def _index_state(store: Path) -> tuple[str, dict[str, str]]:
    """(generation, node_id -> content hash) of the index file as it is on disk."""
    con = sqlite3.connect(f"file:{_cache_path(store)}?mode=ro", uri=True)
    try:
        return (dict(con.execute("SELECT key, value FROM info")).get("generation", ""),
                dict(con.execute("SELECT node_id, hash FROM docs")))
    finally:
        con.close()


def _fingerprint(store: Path) -> dict[str, str]:
    """Every file under the store with a digest of its bytes (directories as such)."""
    out = {}
    for p in sorted(store.rglob("*")):
        rel = str(p.relative_to(store))
        out[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _temp_files(store: Path) -> list[str]:
    return sorted(p.name for p in store.glob(".bm25-*.tmp"))


def _bm25_top(store: PaperStore, query: str = "HarmonRank") -> str:
    return store.keywords.search(query, 1)[0][0].split("#")[0]


def _write_cache(path: Path, docs, *, generation="g", count=None, fmt=keyword_index.FORMAT_VERSION) -> None:
    """A cache in the current file layout with a correct checksum: only the schema check can reject it."""
    payload = json.dumps(docs, separators=(",", ":")).encode()
    header = json.dumps({"format": fmt, "generation": generation,
                         "count": len(docs or ()) if count is None else count,
                         "sha256": hashlib.sha256(payload).hexdigest()}, separators=(",", ":"))
    path.write_bytes(header[:-1].encode() + b',"docs":' + payload + b"}")


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("faults-base") / "store"
    store = PaperStore(_settings(root), HashEmbedder())
    report = ingest_paths(store, [DATA / "seed_digest.md"])
    assert report.papers_added == 20 and store.chunks.count() == CHUNKS
    _forget_clients()
    return root


@pytest.fixture()
def store_dir(base, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(base, copy)
    return copy


# ====================================================================== item 4: the BM25 cache
def _valid_cache_bytes(base: Path) -> bytes:
    """A valid JSON cache of the previous version holding the base store's chunks."""
    kw = KeywordIndex(_cache_path(base))
    terms = kw.export_terms()
    docs = {nid: {"hash": h, "text_hash": th, "tokens": sorted(terms[nid].elements()), "meta": meta}
            for nid, h, th, meta in kw.docs()}
    generation = kw.generation
    kw.close()
    payload = json.dumps(docs, ensure_ascii=False, separators=(",", ":")).encode()
    header = json.dumps({"format": keyword_index.FORMAT_VERSION, "generation": generation, "count": len(docs),
                         "sha256": hashlib.sha256(payload).hexdigest()}, separators=(",", ":"))
    return header[:-1].encode() + b',"docs":' + payload + b"}"


def _legacy_only(store_dir: Path, data: bytes | None = None) -> Path:
    """The store as the previous version left it: no index file, a JSON cache (`data`) beside it."""
    _cache_path(store_dir).unlink()
    legacy = _legacy_path(store_dir)
    if data is not None:
        legacy.write_bytes(data)
    return legacy


def _flip_one_payload_byte(data: bytes) -> bytes:
    at = data.index(b"HarmonRank".lower()) if b"harmonrank" in data else len(data) // 2
    return data[:at] + (b"x" if data[at:at + 1] != b"x" else b"y") + data[at + 1:]


GOOD_ENTRY = {"hash": "h", "text_hash": "t", "tokens": ["a"], "meta": {"arxiv_id": "2601.00001"}}

BAD_CACHES = {
    "issue-17-example": lambda b: b'{"format":1,"generation":"x","docs":[1,2]}',
    "top-level-list": lambda b: b"[1, 2, 3]",
    "top-level-string": lambda b: b'"docs"',
    "empty-file": lambda b: b"",
    "whitespace": lambda b: b"  \n",
    "pickle": lambda b: pickle.dumps({"format": 2, "docs": {}}),
    "binary-garbage": lambda b: bytes(range(256)) * 40,
    "invalid-utf8": lambda b: b'{"format":2,"generation":"\xff\xfe","count":0,"sha256":"0","docs":{}}',
    "deeply-nested": lambda b: b"[" * 200_000 + b"]" * 200_000,
    "truncated-half": lambda b: b[: len(b) // 2],
    "truncated-last-byte": lambda b: b[:-1],
    "one-byte-changed": _flip_one_payload_byte,
    "old-format-1": lambda b: json.dumps({"format": 1, "generation": "g", "docs": {"x#title": GOOD_ENTRY}}).encode(),
}

# a correct checksum over a payload of the wrong shape: the schema check must catch these
BAD_SCHEMAS = {
    "docs-is-list": [1, 2],
    "docs-is-null": None,
    "entry-is-int": {"x#title": 5},
    "entry-missing-hash": {"x#title": {k: v for k, v in GOOD_ENTRY.items() if k != "hash"}},
    "entry-missing-meta": {"x#title": {k: v for k, v in GOOD_ENTRY.items() if k != "meta"}},
    "tokens-is-string": {"x#title": {**GOOD_ENTRY, "tokens": "a b c"}},
    "token-is-number": {"x#title": {**GOOD_ENTRY, "tokens": ["a", 3]}},
    "hash-is-number": {"x#title": {**GOOD_ENTRY, "hash": 1}},
    "meta-is-list": {"x#title": {**GOOD_ENTRY, "meta": ["arxiv_id"]}},
    "meta-without-id": {"x#title": {**GOOD_ENTRY, "meta": {"title": "t"}}},
    "meta-value-is-list": {"x#title": {**GOOD_ENTRY, "meta": {"arxiv_id": "a", "authors": ["x"]}}},
    "date-is-string": {"x#title": {**GOOD_ENTRY, "meta": {"arxiv_id": "a", "date_first_int": "2026"}}},
}


def _assert_rebuilt(store_dir: Path, caplog, monkeypatch=None) -> None:
    with caplog.at_level(logging.WARNING, logger="assistant.keyword_index"):
        store = _open(store_dir)
    if monkeypatch is not None:
        monkeypatch.undo()
    assert any("BM25" in r.getMessage() for r in caplog.records), "no warning about the index"
    assert len(store.keywords) == CHUNKS
    assert _bm25_top(store) == "2601.02955"
    generation, docs = _index_state(store_dir)  # the rebuilt index is valid and current
    assert len(docs) == CHUNKS and generation == store._generation()
    assert _temp_files(store_dir) == []
    assert not _legacy_path(store_dir).is_file()  # a JSON cache is read once at most


@pytest.fixture(scope="module")
def legacy_bytes(base) -> bytes:
    return _valid_cache_bytes(base)


@pytest.mark.parametrize("name", list(BAD_CACHES))
def test_a_damaged_old_json_cache_is_rebuilt_from_chroma(legacy_bytes, store_dir, caplog, name):
    _legacy_only(store_dir, BAD_CACHES[name](legacy_bytes))
    _assert_rebuilt(store_dir, caplog)


def test_a_valid_old_json_cache_is_migrated(legacy_bytes, store_dir, caplog):
    _legacy_only(store_dir, legacy_bytes)
    store = _open(store_dir)
    assert len(store.keywords) == CHUNKS and _bm25_top(store) == "2601.02955"
    assert _index_state(store_dir)[0] == store._generation() and not _legacy_path(store_dir).exists()


INDEX_DAMAGE = {
    "zero-bytes": lambda db: db.write_bytes(b""),
    "garbage": lambda db: db.write_bytes(bytes(range(256)) * 64),
    "json-text": lambda db: db.write_text('{"format":1,"generation":"x","docs":[1,2]}'),
    "truncated-50%": lambda db: db.write_bytes(db.read_bytes()[: db.stat().st_size // 2]),
    "first-page-only": lambda db: db.write_bytes(db.read_bytes()[:4096]),
    "header-only": lambda db: db.write_bytes(db.read_bytes()[:100]),
    "other-format": lambda db: sqlite3.connect(db).execute("UPDATE info SET value='99' WHERE key='format'")
    .connection.commit(),
    "foreign-database": lambda db: (db.unlink(), sqlite3.connect(db).execute("CREATE TABLE t (x)")),
}


@pytest.mark.parametrize("name", list(INDEX_DAMAGE))
def test_a_damaged_index_file_is_rebuilt_from_chroma(store_dir, caplog, name):
    INDEX_DAMAGE[name](_cache_path(store_dir))
    _assert_rebuilt(store_dir, caplog)


@pytest.mark.parametrize("name", list(BAD_SCHEMAS))
def test_an_old_cache_of_the_wrong_shape_with_a_valid_checksum_is_rebuilt(store_dir, caplog, name):
    _write_cache(_legacy_only(store_dir), BAD_SCHEMAS[name])
    _assert_rebuilt(store_dir, caplog)


@pytest.mark.parametrize("header", [
    {"count": 7},  # says 7 entries, holds 1
    {"count": "1"},
    {"generation": 5},
    {"fmt": 3},  # a format from a newer version
])
def test_an_old_cache_header_that_does_not_fit_is_rebuilt(store_dir, caplog, header):
    _write_cache(_legacy_only(store_dir), {"x#title": GOOD_ENTRY}, **header)
    _assert_rebuilt(store_dir, caplog)


def test_the_index_is_one_sqlite_file_with_its_format_and_generation(base):
    con = sqlite3.connect(f"file:{_cache_path(base)}?mode=ro", uri=True)
    info = dict(con.execute("SELECT key, value FROM info"))
    assert info["format"] == str(keyword_index.INDEX_FORMAT) and info["generation"]
    assert con.execute("SELECT count(*) FROM docs").fetchone()[0] == CHUNKS
    con.close()
    assert sorted(p.name for p in base.iterdir() if p.name.startswith("bm25-")) == [_cache_path(base).name]


def test_a_cache_that_is_a_directory_is_moved_aside_not_deleted(store_dir, caplog):
    cache = _cache_path(store_dir)
    cache.unlink()
    cache.mkdir()
    (cache / "keep.txt").write_text("someone's file")
    _assert_rebuilt(store_dir, caplog)
    aside = [p for p in store_dir.iterdir() if p.name.startswith(cache.name + ".not-a-cache-")]
    assert len(aside) == 1 and (aside[0] / "keep.txt").read_text() == "someone's file"
    store = _open(store_dir)  # and the next run is quiet and current
    assert len(store.keywords) == CHUNKS and _temp_files(store_dir) == []


def test_a_cache_that_is_an_empty_directory_is_replaced(store_dir, caplog):
    cache = _cache_path(store_dir)
    cache.unlink()
    cache.mkdir()
    _assert_rebuilt(store_dir, caplog)
    assert cache.is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_cache_that_is_a_fifo_does_not_block(store_dir, caplog):
    cache = _cache_path(store_dir)
    cache.unlink()
    os.mkfifo(cache)  # reading it would wait for a writer forever
    _assert_rebuilt(store_dir, caplog)
    assert cache.is_file()


def test_an_unreadable_old_cache_is_rebuilt(legacy_bytes, store_dir, caplog, monkeypatch):
    cache = _legacy_only(store_dir, legacy_bytes)
    cache.chmod(0)
    try:
        if os.access(cache, os.R_OK):  # root: mode 000 does not stop reads; make the read fail as it would
            real = Path.read_bytes

            def denied(self):
                if self == cache:
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self)

            monkeypatch.setattr(Path, "read_bytes", denied)
        _assert_rebuilt(store_dir, caplog, monkeypatch)
    finally:
        if cache.exists():
            cache.chmod(0o644)


def test_a_dangling_symlink_as_cache_is_replaced(store_dir, caplog):
    cache = _cache_path(store_dir)
    cache.unlink()
    cache.symlink_to(store_dir / "nowhere.json")
    _assert_rebuilt(store_dir, caplog)
    assert cache.is_file() and not cache.is_symlink()


class _FailingConnection:
    """A sqlite3 connection whose writes fail the way a full disk (or an interrupt) makes them fail."""

    def __init__(self, conn, exc):
        self._conn, self._exc = conn, exc

    def execute(self, sql, *args):
        if sql.startswith(("INSERT", "UPDATE", "DELETE")):
            raise self._exc
        return self._conn.execute(sql, *args)

    def executemany(self, sql, *args):
        raise self._exc

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_failed_index_write_does_not_fail_and_the_next_process_resyncs(tmp_path, caplog):
    kw = KeywordIndex(tmp_path / "bm25.sqlite3")
    kw.upsert([("p1#title", "h1", "HarmonRank ranking", {"arxiv_id": "p1"})])
    kw.save("g1")
    kw._conn = _FailingConnection(kw._conn, sqlite3.OperationalError("database or disk is full"))
    with caplog.at_level(logging.WARNING, logger="assistant.keyword_index"):
        kw.upsert([("p2#title", "h2", "Zyxquorf ranking", {"arxiv_id": "p2"})])  # a warning, not an error
        kw.save("g2")
    assert "not saved" in caplog.text
    assert [i for i, _ in kw.search("Zyxquorf", 1)] == ["p2#title"]  # this process carries on in memory
    assert kw.generation == "g2"
    again = KeywordIndex(tmp_path / "bm25.sqlite3")  # the file kept its last whole state
    assert again.generation == "g1" and len(again) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25.sqlite3"]


def test_an_interrupted_index_write_changes_nothing(tmp_path):
    kw = KeywordIndex(tmp_path / "bm25.sqlite3")
    kw.upsert([("p1#title", "h1", "HarmonRank ranking", {"arxiv_id": "p1"})])
    kw.save("g1")
    real = kw._conn
    kw._conn = _FailingConnection(real, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        kw.upsert([("p2#title", "h2", "Zyxquorf ranking", {"arxiv_id": "p2"})])
    kw._conn = real
    assert len(kw) == 1 and kw.generation == "g1" and kw.search("Zyxquorf", 1) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25.sqlite3"]  # rolled back, no journal left


def test_a_cache_in_a_directory_that_cannot_exist_does_not_fail(tmp_path):
    blocker = tmp_path / "store"
    blocker.write_text("a file where the store directory should be")
    kw = KeywordIndex(blocker / "bm25.sqlite3")
    kw.upsert([("p1#title", "h1", "HarmonRank ranking", {"arxiv_id": "p1"})])
    kw.save("g1")
    assert [i for i, _ in kw.search("HarmonRank", 1)] == ["p1#title"]


def test_stale_temp_files_are_removed_and_only_those(tmp_path):
    host = keyword_index._HOST
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        old = time.time() - 2 * keyword_index.STALE_TMP_SECONDS
        files = {
            f".bm25-{host}-{dead.pid}-abc_123.tmp": ("file", None, False),  # its writer is gone
            f".bm25-{host}-{alive.pid}-abc_123.tmp": ("file", None, True),  # a live writer's
            f".bm25-{host}-{alive.pid}-old_123.tmp": ("file", old, False),  # a live pid, but hours old (reused)
            f".bm25-{host}-{os.getpid()}-own_123.tmp": ("file", None, True),  # this process may be writing it
            f".bm25-0badcafe-{dead.pid}-abc_123.tmp": ("file", None, True),  # another host's: pid says nothing
            ".bm25-legacy12.tmp": ("file", None, True),  # an older version's name, recent
            ".bm25-legacy34.tmp": ("file", old, False),  # an older version's name, old
            ".bm25-notes.txt": ("file", old, True),  # not our pattern
            "bm25-x.tmp": ("file", old, True),
            ".bm25-x y.tmp": ("file", old, True),
            ".bm25-dir123.tmp": ("dir", old, True),  # a directory is never ours
        }
        for name, (kind, mtime, _) in files.items():
            p = tmp_path / name
            p.mkdir() if kind == "dir" else p.write_text("{")
            if mtime:
                os.utime(p, (mtime, mtime))
        removed = remove_stale_temp_files(tmp_path)
        assert sorted(p.name for p in removed) == sorted(n for n, (_, _, keep) in files.items() if not keep)
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for n, (_, _, keep) in files.items() if keep)
    finally:
        alive.kill()
        alive.wait()


def test_a_temp_file_left_by_a_killed_save_is_removed_on_the_next_open(store_dir):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = store_dir / f".bm25-{keyword_index._HOST}-{dead.pid}-k1ll3d.tmp"
    left.write_bytes(_cache_path(store_dir).read_bytes()[:1000])
    legacy = store_dir / ".bm25-ab12cd34.tmp"  # as the previous version named them: removed once old
    legacy.write_text("{")
    os.utime(legacy, (time.time() - 7200, time.time() - 7200))
    store = _open(store_dir)
    assert _temp_files(store_dir) == [] and len(store.keywords) == CHUNKS


# ====================================================================== item 5: the store itself
def _assert_refused(store_dir: Path, *, names: str, **extra) -> StoreError:
    before = _fingerprint(store_dir)
    with pytest.raises(StoreError) as err:
        _open(store_dir, **extra)
    assert names in str(err.value) and "\n" not in str(err.value)
    assert _fingerprint(store_dir) == before, "the store or the cache was changed"
    return err.value


def _truncate(fraction: float):
    def cut(db: Path) -> None:
        with open(db, "r+b") as fh:
            fh.truncate(int(db.stat().st_size * fraction))
    return cut


STORE_DAMAGE = {
    "zero-bytes": lambda db: db.write_bytes(b""),
    "garbage": lambda db: db.write_bytes(bytes(range(256)) * 64),
    "text": lambda db: db.write_text("not a database"),
    "bad-magic": lambda db: db.write_bytes(b"SQLite format 4\x00" + db.read_bytes()[16:]),
    "bad-page-size": lambda db: db.write_bytes(db.read_bytes()[:16] + b"\x03\x00" + db.read_bytes()[18:]),
    "truncated-90%": _truncate(0.9),
    "truncated-50%": _truncate(0.5),
    "truncated-5%": _truncate(0.05),
    "first-page-only": lambda db: db.write_bytes(db.read_bytes()[:4096]),
    "header-only": lambda db: db.write_bytes(db.read_bytes()[:100]),
}


@pytest.mark.parametrize("name", list(STORE_DAMAGE))
def test_a_store_file_that_is_not_a_whole_database_is_an_error(store_dir, name):
    db = store_dir / STORE_FILE
    STORE_DAMAGE[name](db)
    err = _assert_refused(store_dir, names=str(db))
    assert isinstance(err, AssistantError)


def test_a_directory_in_place_of_the_store_file_is_an_error(store_dir):
    db = store_dir / STORE_FILE
    db.unlink()
    db.mkdir()
    _assert_refused(store_dir, names=str(db))


def test_a_missing_store_file_with_a_cache_of_papers_is_an_error(store_dir):
    (store_dir / STORE_FILE).unlink()
    _assert_refused(store_dir, names=str(_cache_path(store_dir)))
    assert not (store_dir / STORE_FILE).exists(), "Chroma created a new store"


def test_an_empty_store_in_place_of_one_with_papers_is_an_error(store_dir, tmp_path):
    """A valid Chroma database with our (empty) collections, e.g. an old copy or a reset: 'had 80, now none'."""
    empty = tmp_path / "empty"
    _open(empty)
    _forget_clients()
    shutil.copyfile(empty / STORE_FILE, store_dir / STORE_FILE)
    err = _assert_refused(store_dir, names=str(store_dir / STORE_FILE))
    assert "80 chunks" in str(err) and str(_cache_path(store_dir)) in str(err)


def test_a_store_without_our_collections_is_an_error_and_gets_none(store_dir, tmp_path):
    import chromadb

    bare = tmp_path / "bare"
    chromadb.PersistentClient(path=str(bare))
    _forget_clients()
    shutil.copyfile(bare / STORE_FILE, store_dir / STORE_FILE)
    _assert_refused(store_dir, names=str(store_dir / STORE_FILE))


def test_a_store_emptied_behind_a_running_instance_is_an_error(store_dir):
    store = _open(store_dir)
    cache_before = _cache_path(store_dir).read_bytes()
    # another process resets the store (everything deleted, the generation marker too)
    store.chunks.delete(ids=store.chunks.get(include=[])["ids"])
    store.catalog.delete(ids=store.catalog.get(include=[])["ids"])
    with pytest.raises(StoreError, match="80 chunks"):
        store.ensure_keyword_sync(force=True)
    assert _cache_path(store_dir).read_bytes() == cache_before
    assert len(store.keywords) == CHUNKS  # the in-memory index is kept too


def test_a_new_store_still_works(tmp_path):
    store = _open(tmp_path / "new" / "store")
    assert store.paper_count() == 0 and store.keywords.search("anything", 3) == []
    ingest_paths(store, [DATA / "2026-06-01.md"])
    assert _open(tmp_path / "new" / "store").paper_count() == 3


@pytest.mark.parametrize("cache_saved", [True, False])
def test_a_store_emptied_by_remove_is_not_an_error(store_dir, monkeypatch, cache_saved):
    store = _open(store_dir)
    ids = [p.arxiv_id for p in store.iter_papers()]
    if not cache_saved:  # even when the index could not record the empty store, the kept marker does
        monkeypatch.setattr(KeywordIndex, "save", lambda self, generation: None)
    assert sorted(store.remove(ids)) == sorted(ids)
    monkeypatch.undo()
    reopened = _open(store_dir)
    assert reopened.paper_count() == 0 and len(reopened.keywords) == 0 and reopened.chunks.count() == 0
    assert _index_state(store_dir)[1] == {}
    ingest_paths(reopened, [DATA / "2026-06-01.md"])  # and it takes papers again
    assert _open(store_dir).paper_count() == 3


def test_a_store_directory_that_is_a_file_is_an_error(tmp_path):
    blocker = tmp_path / "store"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match=str(blocker)):
        _open(blocker)
    assert blocker.read_text() == "not a directory"


def test_an_unreadable_catalogue_entry_does_not_fail_stats(store_dir, caplog):
    store = _open(store_dir)
    store.catalog.upsert(ids=["2601.02955"], documents=["{cut sho"], embeddings=[[0.0]],
                         metadatas=[{"kind": "paper", "hash": "x"}])
    with caplog.at_level(logging.WARNING, logger="assistant.index"):
        data = store.stats()
    assert data["papers"] == 19 and "2601.02955" in caplog.text


# ====================================================================== through the real CLI
runner = CliRunner()


@pytest.fixture()
def cli_env(store_dir, monkeypatch):
    from assistant import cli

    monkeypatch.setenv("ASSISTANT_STORE_DIR", str(store_dir))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODE", "mock")
    monkeypatch.setenv("ASSISTANT_LLM_MODE", "mock")
    monkeypatch.setenv("ASSISTANT_RAISE_ERRORS", "")
    monkeypatch.delenv("ASSISTANT_CHROMA_URL", raising=False)
    cli._state.clear()
    yield store_dir
    cli._state.clear()


def _invoke(*args: str):
    from assistant import cli

    cli._state.clear()
    _forget_clients()
    return runner.invoke(cli.app, list(args))


ISSUE_CACHE = '{"format":1,"generation":"x","docs":[1,2]}'


def test_cli_search_stats_ingest_recover_from_the_issue_cache(cli_env):
    """Each of these failed with AttributeError, on every run, before the cache was validated."""
    cache = _cache_path(cli_env)
    cache.write_text(ISSUE_CACHE)
    result = _invoke("search", "HarmonRank", "--mode", "bm25", "--json", "--k", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["id"] == "2601.02955"
    assert _index_state(cli_env)[1].keys() >= {"2601.02955#title"}
    cache.write_text(ISSUE_CACHE)
    result = _invoke("stats", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["chunks"] == CHUNKS
    cache.write_text(ISSUE_CACHE)
    result = _invoke("ingest", str(DATA / "2026-06-01.md"), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["papers_added"] == 3
    assert len(_index_state(cli_env)[1]) == CHUNKS + 12
    cache.unlink()
    cache.mkdir()  # a directory in its place: moved aside, the cache written, no temp file left
    result = _invoke("search", "HarmonRank", "--mode", "bm25", "--json", "--k", "1")
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["id"] == "2601.02955"
    assert cache.is_file() and _temp_files(cli_env) == []


@pytest.mark.parametrize("command", [["search", "HarmonRank"], ["stats"], ["ingest", str(DATA / "2026-06-01.md")],
                                     ["remove", "2601.02955"]])
def test_cli_refuses_a_zeroed_store_file_with_one_line(cli_env, command):
    db = cli_env / STORE_FILE
    db.write_bytes(b"")
    before = _fingerprint(cli_env)
    result = _invoke(*command)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(db) in lines[0], result.stderr
    assert "no matching papers" not in result.stdout
    assert _fingerprint(cli_env) == before


def test_cli_subprocess_refuses_a_store_that_lost_its_papers(store_dir, tmp_path):
    """The real `python -m assistant search`, after the store was replaced by an empty one."""
    empty = tmp_path / "empty"
    _open(empty)
    _forget_clients()
    shutil.copyfile(empty / STORE_FILE, store_dir / STORE_FILE)
    before = _fingerprint(store_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_STORE_DIR=str(store_dir), ASSISTANT_EMBEDDING_MODE="mock", ASSISTANT_LLM_MODE="mock")
    done = subprocess.run([sys.executable, "-m", "assistant", "search", "HarmonRank"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "80 chunks" in lines[0], done.stderr
    assert done.stdout == ""
    assert _fingerprint(store_dir) == before


# ====================================================================== a Chroma server store
@pytest.mark.server
def test_a_reset_server_store_is_an_error_but_one_emptied_by_remove_is_not(chroma_url, tmp_path):
    import uuid

    collection = f"faults{uuid.uuid4().hex[:8]}"
    extra = {"chroma_url": chroma_url, "collection": collection}
    store = _open(tmp_path / "a", **extra)
    ingest_paths(store, [DATA / "2026-06-01.md"])
    # emptied by `remove`: fine, in this instance and in a new one
    ids = [p.arxiv_id for p in store.iter_papers()]
    store.remove(ids)
    assert _open(tmp_path / "a", **extra).paper_count() == 0
    ingest_paths(store, [DATA / "2026-06-01.md"])
    assert _open(tmp_path / "a", **extra).paper_count() == 3
    # the server loses the data (reset, a new volume): both collections are gone
    name = _settings(tmp_path, **extra).collection_name()
    store.client.delete_collection(name)
    store.client.delete_collection(f"{name}_papers")
    before = _fingerprint(tmp_path / "a")
    with pytest.raises(StoreError, match="12 chunks") as err:
        _open(tmp_path / "a", **extra)
    assert chroma_url in str(err.value) and _fingerprint(tmp_path / "a") == before
    assert name not in [getattr(c, "name", c) for c in store.client.list_collections()], "an empty one was created"

"""The change log: an instance with its own BM25 index (as every instance of a Chroma server has) catches up with
another instance's writes by replaying their records, not by paging through every chunk in Chroma."""

import time

import chromadb
import pytest

from assistant import index
from assistant.embeddings import HashEmbedder
from assistant.index import PaperStore
from assistant.ingest import ingest_paths
from tests.conftest import make_settings


@pytest.fixture()
def pair(tmp_path):
    """Two instances on one Chroma (one client, as a server would be), each with its own BM25 index file."""
    client = chromadb.PersistentClient(str(tmp_path / "chroma"))
    writer = PaperStore(make_settings(tmp_path / "a"), HashEmbedder(), client=client)
    reader = PaperStore(make_settings(tmp_path / "b"), HashEmbedder(), client=client)
    return writer, reader


def no_full_resync(monkeypatch):
    def refuse(self, gen):
        raise AssertionError("full BM25 re-sync; the change log should have been replayed")

    monkeypatch.setattr(PaperStore, "_resync_keywords", refuse)


def test_an_instance_replays_another_instances_writes(pair, data_dir, monkeypatch):
    writer, reader = pair
    ingest_paths(writer, [data_dir / "seed_digest.md"])
    reader.ensure_keyword_sync(force=True)  # the first write is caught up however it is logged
    assert reader.keywords.export_terms() == writer.keywords.export_terms()

    no_full_resync(monkeypatch)
    ingest_paths(writer, [data_dir / "2025-06-08_AI_enhanced_Chinese.jsonl"])  # a new day
    ingest_paths(writer, [data_dir / "2025-06-10_AI_enhanced_Chinese.jsonl"])  # and another: two records
    gone = writer.remove(["2601.02955"])
    assert gone == ["2601.02955"]
    reader.ensure_keyword_sync(force=True)
    assert reader.keywords.generation == writer.keywords.generation == writer._generation()
    assert reader.keywords.export_terms() == writer.keywords.export_terms()
    assert len(reader.keywords) == reader.chunks.count()
    assert reader.keywords.hashes() == writer.keywords.hashes()


def test_a_gap_in_the_log_falls_back_to_a_full_resync(pair, data_dir):
    writer, reader = pair
    ingest_paths(writer, [data_dir / "seed_digest.md"])
    reader.ensure_keyword_sync(force=True)
    ingest_paths(writer, [data_dir / "2025-06-08_AI_enhanced_Chinese.jsonl"])
    ingest_paths(writer, [data_dir / "2025-06-10_AI_enhanced_Chinese.jsonl"])
    records = writer.changes.get(include=["metadatas"])
    older = min(zip(records["ids"], records["metadatas"]), key=lambda r: r[1]["at"])[0]
    writer.changes.delete(ids=[older])  # e.g. pruned: the reader is more writes behind than the log keeps
    reader.ensure_keyword_sync(force=True)
    assert reader.keywords.export_terms() == writer.keywords.export_terms()
    assert reader.keywords.generation == writer._generation()


def test_a_write_too_large_to_log_is_caught_up_in_full(pair, data_dir, monkeypatch):
    writer, reader = pair
    ingest_paths(writer, [data_dir / "seed_digest.md"])
    reader.ensure_keyword_sync(force=True)
    monkeypatch.setattr(index, "LOGGED_IDS_MAX", 2)
    ingest_paths(writer, [data_dir / "2025-06-08_AI_enhanced_Chinese.jsonl"])
    record = writer.changes.get(ids=[writer._generation()], include=["metadatas"])["metadatas"][0]
    assert "upserted" not in record
    reader.ensure_keyword_sync(force=True)
    assert reader.keywords.export_terms() == writer.keywords.export_terms()


def test_a_pending_write_of_another_instance_is_waited_for_until_it_looks_dead(pair, data_dir, monkeypatch):
    writer, reader = pair
    ingest_paths(writer, [data_dir / "seed_digest.md"])
    reader.ensure_keyword_sync(force=True)
    synced = reader.keywords.generation
    # the writer's state right after it started a write on another machine: marker moved, pending record
    start = writer._bump_generation()
    writer._log_start(synced, start)
    writer.chunks.delete(ids=["2601.02955#title"])  # part of its write
    calls = []
    monkeypatch.setattr(PaperStore, "_resync_keywords", lambda self, gen: calls.append(gen))
    reader.ensure_keyword_sync(force=True)
    assert calls == [] and reader.keywords.generation == synced  # waits: the record will say what changed
    monkeypatch.setattr(index, "WRITE_PENDING_FOR", 0.0)
    time.sleep(0.01)
    reader.ensure_keyword_sync(force=True)
    assert calls == [start]  # pending too long: the writer died, re-sync in full


def test_a_pending_write_of_a_dead_process_on_the_same_index_file_is_not_waited_for(tmp_path, data_dir, monkeypatch):
    """A writer sharing this instance's BM25 index file that no longer holds the writer lock died mid-write (kill
    -9 during an ingest): the next instance re-syncs at once instead of waiting WRITE_PENDING_FOR."""
    client = chromadb.PersistentClient(str(tmp_path / "chroma"))
    writer = PaperStore(make_settings(tmp_path / "a"), HashEmbedder(), client=client)
    ingest_paths(writer, [data_dir / "seed_digest.md"])
    synced = writer.keywords.generation
    start = writer._bump_generation()
    writer._log_start(synced, start)  # what a process killed right after starting its write leaves
    writer.keywords.close()
    calls = []
    monkeypatch.setattr(PaperStore, "_resync_keywords", lambda self, gen: calls.append(gen))
    reopened = PaperStore(make_settings(tmp_path / "a"), HashEmbedder(), client=client)
    reopened.ensure_keyword_sync(force=True)
    assert calls[:1] == [start]  # at once (another instance's pending write is waited for: the test above)


def test_the_log_keeps_its_newest_records(pair, data_dir, monkeypatch):
    writer, _ = pair
    monkeypatch.setattr(index, "CHANGE_LOG_KEEP", 2)
    for path in ("seed_digest.md", "2025-06-08_AI_enhanced_Chinese.jsonl", "2025-06-10_AI_enhanced_Chinese.jsonl"):
        ingest_paths(writer, [data_dir / path])
    records = writer.changes.get(include=["metadatas"])
    assert len(records["ids"]) == 2 and writer._generation() in records["ids"]
    assert not any(m["pending"] for m in records["metadatas"])  # each write's pending record went with it

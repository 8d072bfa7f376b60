"""Issue 15: the ingest's parallel parts give the serial result: files parsed by the embedding workers merge to the
same papers and report, and the worker pool is set up to keep working while the parent writes (wide pipes, lower
priority)."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.sources import base
from assistant.sources.base import parse_file, parse_paths

DATA = Path(__file__).parent / "data"


def _inputs(tmp_path: Path) -> list[Path]:
    unknown = tmp_path / "notes.txt"
    unknown.write_text("nothing a digest parser knows\n", encoding="utf-8")
    # the same paper on two days (merged across files, in file order) and a file that is reported, not parsed
    return [DATA / "2025-06-10.md", DATA / "2025-06-10_AI_enhanced_Chinese.jsonl",
            DATA / "2025-03-19_AI_enhanced_Chinese.jsonl", unknown]


def _summary(result):
    return ([p.model_dump() for p in result.papers], [s.model_dump() for s in result.skipped],
            result.skipped_total, result.skipped_by_reason)


def test_parallel_parse_merges_like_the_serial_one(tmp_path, monkeypatch):
    items = _inputs(tmp_path)
    files, serial = parse_paths(items)
    monkeypatch.setattr(base, "PARALLEL_PARSE_BYTES", 0)
    calls = []

    with ThreadPoolExecutor(2) as pool:
        def submit(fn, *args):
            calls.append(args[0])
            return pool.submit(fn, *args)

        files2, parallel = parse_paths(items, submit=submit)
    assert calls == files == files2
    assert _summary(parallel) == _summary(serial)
    assert any("unknown format" in s.reason for s in parallel.skipped)


def test_small_inputs_are_parsed_in_process(tmp_path):
    submitted = []
    parse_paths(_inputs(tmp_path), submit=lambda *a: submitted.append(a))
    assert submitted == []  # below PARALLEL_PARSE_BYTES starting workers would cost more than it saves


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_worker_pool_parses_and_runs_behind_the_parent(tmp_path, monkeypatch):
    import fcntl

    from assistant.embeddings import WORKER_NICENESS, USEEmbedder

    monkeypatch.setattr(base, "PARALLEL_PARSE_BYTES", 0)
    embedder = USEEmbedder(workers=2)
    pool = embedder._get_pool()
    try:
        items = _inputs(tmp_path)
        assert _summary(parse_paths(items, submit=embedder.submit)[1]) == _summary(parse_paths(items)[1])
        assert embedder.submit(parse_file, DATA / "2025-06-10.md").result().papers  # a real worker process
        assert embedder.submit(os.getpid).result() != os.getpid()
        assert embedder.submit(os.nice, 0).result() >= min(19, os.nice(0) + WORKER_NICENESS)
        for conn in (pool._call_queue._writer, pool._result_queue._writer):
            assert fcntl.fcntl(conn.fileno(), fcntl.F_GETPIPE_SZ) >= 1 << 20
    finally:
        pool.shutdown()

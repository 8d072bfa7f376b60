"""Issue 17, item 3: a garbage upload must not blow up the server's memory or the report.

A ~49 MB garbage upload grew the server from 463 MB to 1.17 GB and produced a 130 MB reply listing every line.
Now files are streamed, a file that is mostly unparseable is rejected after its first PROBE_RECORDS records or
PROBE_CHARS characters without reading the rest, and the report lists at most MAX_REPORTED_SKIPS records (the
rest are counted). The files here are ~5 MB; the 49 MB numbers are in docs/hardening.md.
"""

from __future__ import annotations

import json
import random
import tracemalloc

import pytest

from assistant.ingest import ingest_paths
from assistant.sources import parse_paths
from assistant.sources.base import PROBE_RECORDS
from assistant.types import MAX_REASON_CHARS, MAX_REPORTED_SKIPS, ParseResult, SkippedRecord

MB = 1024 * 1024
REPORT_LIMIT = 64 * 1024


def good_line(i: int) -> str:
    return json.dumps({"id": f"2604.{i:05d}", "title": f"Paper {i}", "authors": ["A. Author"],
                       "categories": ["cs.CL"], "summary": "An abstract.",
                       "AI": {"tldr": "中文摘要。", "motivation": "动机。", "method": "方法。", "result": "结果。",
                              "conclusion": "结论。"}}, ensure_ascii=False)


def garbage_text(size: int, seed: int = 1) -> str:
    """Printable, valid UTF-8 lines that are neither JSON nor markdown entries."""
    rng = random.Random(seed)
    words = ["lorem", "ipsum", "{broken", "json:", "数据", "垃圾", "\"quote", "]]", "<div>", "#tag", "0x7f"]
    lines, total = [], 0
    while total < size:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(3, 40)))
        lines.append(line)
        total += len(line.encode()) + 1
    return "\n".join(lines) + "\n"


def report_size(report) -> int:
    return len(json.dumps(report.model_dump(), ensure_ascii=False).encode())


@pytest.mark.parametrize("name", ["2026-04-01_AI_enhanced_Chinese.jsonl", "2026-04-01.md"])
def test_garbage_text_upload_is_rejected_early_with_a_small_report(tmp_path, mock_app, name):
    path = tmp_path / name
    # the tail is a valid record/entry: the parser must have stopped long before it
    tail = good_line(99) + "\n" if name.endswith(".jsonl") else \
        "### [1] [Tail](https://arxiv.org/abs/2604.00099)\n*A. Author*\n\nTL;DR: 尾部。\n"
    path.write_text(garbage_text(5 * MB) + tail, encoding="utf-8")
    report = ingest_paths(mock_app.store, [path])
    assert report.papers_added == 0 and mock_app.store.paper_count() == 0
    assert report.skipped_total == 1 and not report.skipped_truncated
    [record] = report.skipped
    assert record.line == 0 and not record.degraded
    assert record.reason.startswith("file is mostly unparseable (") and "not a daily-arXiv digest" in record.reason
    assert report_size(report) < REPORT_LIMIT


@pytest.mark.parametrize("name", ["2026-04-02_AI_enhanced_Chinese.jsonl", "2026-04-02.md"])
def test_random_bytes_upload_is_refused_after_the_first_megabyte(tmp_path, mock_app, name):
    path = tmp_path / name
    path.write_bytes(random.Random(3).randbytes(5 * MB))
    report = ingest_paths(mock_app.store, [path])
    assert report.skipped_total == 1 and report.skipped[0].line == 0
    assert "not UTF-8" in report.skipped[0].reason
    assert report_size(report) < REPORT_LIMIT


def test_a_digest_with_a_garbage_tail_is_kept_and_the_report_is_capped(tmp_path, mock_app):
    """Past the probe the file is a digest; the garbage after it is counted, not listed line by line."""
    good = [good_line(i) for i in range(PROBE_RECORDS + 10)]
    garbage = garbage_text(5 * MB, seed=2)
    garbage_lines = garbage.count("\n")
    path = tmp_path / "2026-04-03_AI_enhanced_Chinese.jsonl"
    path.write_text("\n".join(good) + "\n" + garbage, encoding="utf-8")
    report = ingest_paths(mock_app.store, [path])
    assert report.papers_added == len(good)
    assert report.skipped_total == garbage_lines and report.skipped_truncated
    assert len(report.skipped) == MAX_REPORTED_SKIPS
    assert [s.line for s in report.skipped] == list(range(len(good) + 1, len(good) + 1 + MAX_REPORTED_SKIPS))
    assert sum(report.skipped_by_reason.values()) == report.skipped_total
    assert report.skipped_by_reason == {"invalid JSON (JSONDecodeError)": garbage_lines}
    assert report_size(report) < REPORT_LIMIT


def test_parsing_memory_stays_bounded(tmp_path):
    """Before: the whole file as bytes, as text, as a list of lines, plus one SkippedRecord per line (~20x the
    file). Now: one line and the capped report."""
    path = tmp_path / "2026-04-04_AI_enhanced_Chinese.jsonl"
    path.write_text("\n".join(good_line(i) for i in range(PROBE_RECORDS)) + "\n" + garbage_text(3 * MB, seed=4),
                    encoding="utf-8")
    tracemalloc.start()
    try:
        _, parsed = parse_paths([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert parsed.skipped_total > 20_000 and len(parsed.skipped) == MAX_REPORTED_SKIPS
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB for a 3 MB file"


def test_report_prefers_dropped_records_and_clips_reasons(tmp_path):
    result = ParseResult()
    for i in range(MAX_REPORTED_SKIPS + 10):
        result.add_skip(SkippedRecord(file="f", line=i + 1, degraded=True, reason=f"2604.{i:05d}: no English abstract"))
    for i in range(5):
        result.add_skip(SkippedRecord(file="f", line=1000 + i, reason="invalid JSON (JSONDecodeError)"))
    result.add_skip(SkippedRecord(file="f", line=2000, reason="x" * 100_000))
    assert len(result.skipped) == MAX_REPORTED_SKIPS and result.skipped_total == MAX_REPORTED_SKIPS + 16
    assert [s.line for s in result.skipped if not s.degraded] == [1000, 1001, 1002, 1003, 1004, 2000]
    assert result.skipped_by_reason["degraded: no English abstract"] == MAX_REPORTED_SKIPS + 10
    assert len(result.skipped[-1].reason) == MAX_REASON_CHARS


def test_many_files_share_one_capped_report(tmp_path, mock_app):
    for n in range(3):
        lines = [good_line(n * 1000 + i) for i in range(30)] + ["{oops"] * 40  # 43 % parsed: kept
        (tmp_path / f"2026-04-1{n}_AI_enhanced_Chinese.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = ingest_paths(mock_app.store, [tmp_path])
    assert report.papers_added == 90
    assert report.skipped_total == 120 and len(report.skipped) == MAX_REPORTED_SKIPS and report.skipped_truncated
    assert report.skipped_by_reason == {"invalid JSON (JSONDecodeError)": 120}

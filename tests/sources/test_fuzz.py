"""Property-based tests: whatever a digest file holds, parsing and ingest report it, they never raise.

Arbitrary bytes, truncated and corrupted lines, wrong JSON types, huge fields, deep JSON, invalid UTF-8, lone
surrogate escapes and Unicode line separators inside JSON strings. Every non-blank JSONL line must end up as
exactly one paper or one skipped record, and every paper must survive what the store does with it (JSON round
trip, section nodes and their hashes).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.chunking import paper_to_nodes
from assistant.sources.base import parse_file, parse_paths
from assistant.sources.clean import MAX_FIELD_CHARS
from assistant.sources.markdown import ENTRY_RE
from assistant.types import Paper, SkippedRecord, normalize_arxiv_id

FUZZ = settings(database=None, max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
JSONL_NAME = "2026-01-02_AI_enhanced_Chinese.jsonl"
MD_NAME = "2026-01-02.md"

# Characters that break naive handling: line separators str.splitlines() honours, BOM, NUL, lone surrogates.
SPECIAL = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e", "\r", "\ufeff", "\x00", "\ud800", "\udfff",
           "\\u00e9", "\\", '"', "$\\alpha$", "\\textbf{x}", "错误：AI分析失败。", "Error", "[1]", "</source>"]
texts = st.lists(st.one_of(st.characters(), st.sampled_from(SPECIAL)), max_size=40).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4), max_leaves=12)

AI = {"tldr": "提出生成式上下文排序模型。", "motivation": "广告排序缺少上下文。", "method": "编码器与解码器。",
      "result": "AUC 提升 1.2%。", "conclusion": "有效。", "title_translation": "生成式排序", "keywords": ["排序"]}


def good_record(i: int) -> dict:
    return {"id": f"2601.{i:05d}", "categories": ["cs.IR", "cs.AI"], "title": f"Paper {i}: generative ranking",
            "authors": ["A. Author", "B. Author"], "summary": "We propose a ranker. It improves AUC by 1.2%.",
            "comment": "10 pages", "AI": dict(AI)}


def dump(record: object, ascii_only: bool) -> bytes:
    # ensure_ascii=False writes lone surrogates raw: `surrogatepass` turns them into invalid UTF-8 on disk
    return json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def check_result(result, path: Path) -> None:
    """What every parse must satisfy: typed report entries pointing into the file, store-safe papers."""
    lines = path.read_bytes().count(b"\n") + 1
    for skip in result.skipped:
        assert isinstance(skip, SkippedRecord) and skip.file == str(path) and skip.reason
        assert 0 <= skip.line <= lines
    for paper in result.papers:
        assert normalize_arxiv_id(paper.arxiv_id) == paper.arxiv_id
        assert Paper.model_validate_json(paper.model_dump_json()) == paper
        for node in paper_to_nodes(paper):  # hashes encode the text: must be valid Unicode
            node.get_content().encode("utf-8")
            json.dumps(node.metadata, ensure_ascii=False).encode("utf-8")
        assert all(len(getattr(paper, f)) <= MAX_FIELD_CHARS for f in ("title", "abstract"))


def jsonl_accounting(result, path: Path) -> None:
    """Each non-blank line is exactly one paper or one skipped (non-degraded) record (line 0: the whole file)."""
    text = path.read_bytes().decode("utf-8", "replace").removeprefix("\ufeff")
    records = sum(1 for line in text.split("\n") if line.strip())
    fatal = [s for s in result.skipped if not s.degraded and s.line > 0]
    assert len(result.papers) + len(fatal) == records, (len(result.papers), fatal, records)


@FUZZ
@given(data=st.binary(max_size=2000), name=st.sampled_from([JSONL_NAME, MD_NAME, "notes.txt", "x.json"]))
def test_arbitrary_bytes(tmp_path, data, name):
    path = write(tmp_path / name, data)
    _, result = parse_paths([path])
    check_result(result, path)


@FUZZ
@given(records=st.lists(st.tuples(st.dictionaries(
    st.sampled_from(["id", "title", "summary", "authors", "categories", "cate", "AI", "comment", "date", "abs",
                     "url", "code_url"]), json_values, max_size=5),
    st.dictionaries(st.sampled_from(sorted(AI) + ["task"]), json_values, max_size=3), st.booleans()),
    min_size=1, max_size=6))
def test_jsonl_fields_of_any_type(tmp_path, records):
    """Valid records whose fields are replaced by arbitrary JSON (None, numbers, lists, objects, odd text)."""
    lines = []
    for i, (fields, ai_fields, ascii_only) in enumerate(records):
        record = good_record(i)
        record.update(fields)
        if isinstance(record.get("AI"), dict):
            record["AI"] = {**record["AI"], **ai_fields}
        lines.append(dump(record, ascii_only))
    path = write(tmp_path / JSONL_NAME, b"\n".join(lines) + b"\n")
    result = parse_file(path)
    check_result(result, path)
    jsonl_accounting(result, path)


@FUZZ
@given(n=st.integers(1, 6), cuts=st.lists(st.tuples(st.integers(0, 5), st.floats(0, 1)), max_size=4),
       junk=st.lists(st.tuples(st.integers(0, 5), st.floats(0, 1), st.binary(min_size=1, max_size=4)), max_size=4),
       text=texts)
def test_truncated_and_corrupted_lines(tmp_path, n, cuts, junk, text):
    """Lines cut short or with random bytes (invalid UTF-8 too) spliced in; untouched lines still parse."""
    lines = []
    for i in range(n):
        record = good_record(i)
        record["summary"] += text
        lines.append(bytearray(dump(record, ascii_only=i % 2 == 0)))
    touched = set()
    for line_no, where in cuts:
        if line_no < n:
            line = lines[line_no]
            del line[int(where * len(line)):]
            touched.add(line_no)
    for line_no, where, data in junk:
        if line_no < n:
            line = lines[line_no]
            pos = int(where * len(line))
            line[pos:pos] = data.replace(b"\n", b" ")
            touched.add(line_no)
    path = write(tmp_path / JSONL_NAME, b"\n".join(bytes(line) for line in lines))
    result = parse_file(path)
    check_result(result, path)
    jsonl_accounting(result, path)
    ids = {p.arxiv_id for p in result.papers}
    assert {f"2601.{i:05d}" for i in range(n) if i not in touched} <= ids


@settings(database=None, max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.text(min_size=1, max_size=12), size=st.integers(MAX_FIELD_CHARS, 400_000),
       field=st.sampled_from(["title", "summary", "authors", "comment", "tldr", "method"]))
def test_huge_fields(tmp_path, unit, size, field):
    record = good_record(1)
    value = (unit * (size // len(unit) + 1))[:size]
    if field in AI:
        record["AI"][field] = value
    else:
        record[field] = value
    path = write(tmp_path / JSONL_NAME, dump(record, ascii_only=False) + b"\n")
    started = time.monotonic()
    result = parse_file(path)
    assert time.monotonic() - started < 20
    check_result(result, path)
    jsonl_accounting(result, path)


def test_line_over_the_limit_is_skipped(tmp_path):
    record = good_record(1)
    record["summary"] = "x" * 2_100_000
    path = write(tmp_path / JSONL_NAME, dump(good_record(2), True) + b"\n" + dump(record, True) + b"\n")
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2601.00002"]
    assert [(s.line, s.reason) for s in result.skipped] == [(2, "line too long")]


@settings(database=None, max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(depth=st.integers(1, 100_000), where=st.sampled_from(["line", "title", "AI", "authors", "id"]),
       kind=st.sampled_from(["[]", "{}"]), surrogate=st.booleans())
def test_deep_json(tmp_path, depth, where, kind, surrogate):
    leaf = '"\\ud800"' if surrogate else "1"
    if kind == "[]":
        deep = "[" * depth + leaf + "]" * depth
    else:
        deep = '{"a":' * depth + leaf + "}" * depth
    if where == "line":
        line = deep
    else:
        record = json.dumps(good_record(7))
        line = record[:-1] + f', "{where}": {deep}}}'
    path = write(tmp_path / JSONL_NAME, line.encode() + b"\n")
    result = parse_file(path)
    check_result(result, path)
    jsonl_accounting(result, path)


entry_text = st.lists(st.one_of(st.characters(blacklist_characters="\n"), st.sampled_from(SPECIAL)),
                      max_size=30).map("".join)


@FUZZ
@given(entries=st.lists(st.tuples(entry_text, st.sampled_from(["2601.00001", "2601.1", "abs", "2601.00002v3"]),
                                  st.lists(st.tuples(st.sampled_from(["TL;DR", "Motivation", "Method", "Result",
                                                                      "Conclusion", "Abstract", "Keywords",
                                                                      "**Method:**", "摘要翻译"]), texts),
                                           max_size=6), st.booleans()),
                        max_size=5),
       noise=texts)
def test_markdown_entries(tmp_path, entries, noise):
    parts = ["# Daily digest 2026-01-02", noise]
    for n, (title, arxiv, fields, authors) in enumerate(entries, 1):
        parts.append(f"### [{n}] [{title}](https://arxiv.org/abs/{arxiv})")
        if authors:
            parts.append(f"*{title}, B. Author*")
        parts += [f"{label}: {value}" if not label.startswith("**") else f"{label} {value}" for label, value in fields]
    path = write(tmp_path / MD_NAME, "\n".join(parts).encode("utf-8", "surrogatepass"))
    result = parse_file(path)
    check_result(result, path)
    text = path.read_bytes().decode("utf-8", "replace")
    fatal = [s for s in result.skipped if not s.degraded and s.line > 0]
    assert len(result.papers) + len(fatal) == len(ENTRY_RE.findall(text))


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from assistant.settings import Settings
    from assistant.wiring import build_app

    return build_app(Settings(store_dir=tmp_path_factory.mktemp("fuzz-store"), embedding_mode="mock",
                              llm_mode="mock", _env_file=None)).store


@settings(database=None, max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(jsonl=st.lists(st.one_of(st.binary(max_size=200), st.builds(lambda f, a: dump({**good_record(3), **f}, a),
                                                                    st.dictionaries(st.sampled_from(
                                                                        ["title", "summary", "authors", "AI", "id",
                                                                         "categories", "date"]), json_values,
                                                                        max_size=3), st.booleans())),
                      max_size=5),
       markdown=st.binary(max_size=500))
def test_ingest_paths_never_raises(tmp_path, fuzz_store, jsonl, markdown):
    """The whole pipeline (parse, merge with the store, chunk, embed, Chroma, BM25) on fuzzed files."""
    from assistant.ingest import ingest_paths

    files = [write(tmp_path / JSONL_NAME, b"\n".join(jsonl)),
             write(tmp_path / MD_NAME, b"### [1] [T](https://arxiv.org/abs/2601.00009)\n" + markdown)]
    report = ingest_paths(fuzz_store, files)
    assert report.files == 2
    assert all(isinstance(s, SkippedRecord) for s in report.skipped)
    _, parsed = parse_paths(files)
    stored = fuzz_store.get_papers(p.arxiv_id for p in parsed.papers)
    assert set(stored) == {p.arxiv_id for p in parsed.papers}


# ---------------------------------------------------------------- regressions the properties above found
def test_unicode_line_separators_inside_a_json_string_keep_the_record(tmp_path):
    record = good_record(5)
    record["summary"] = "First part.\u2028Second part.\u2029Third\x85part."
    path = write(tmp_path / JSONL_NAME, dump(record, ascii_only=False) + b"\r\n" + dump(good_record(6), False))
    result = parse_file(path)
    assert [p.arxiv_id for p in result.papers] == ["2601.00005", "2601.00006"] and not result.skipped


def test_lone_surrogate_escapes_are_replaced_not_fatal(tmp_path, fuzz_store):
    from assistant.ingest import ingest_paths

    line = json.dumps(good_record(8))[:-1] + ', "title": "Bad \\ud800 title", "authors": "X \\udfff, Y"}'
    path = write(tmp_path / JSONL_NAME, line.encode() + b"\n")
    report = ingest_paths(fuzz_store, [path])  # used to raise UnicodeEncodeError while hashing the chunks
    paper = fuzz_store.get_paper("2601.00008")
    assert report.papers_added + report.papers_updated == 1
    assert paper.title == "Bad \ufffd title" and paper.authors == ["X \ufffd", "Y"]


def test_jsonl_is_known_even_when_the_markdown_parser_was_imported_first(tmp_path):
    import subprocess
    import sys

    path = write(tmp_path / JSONL_NAME, dump(good_record(9), True) + b"\n")
    code = ("import sys; from assistant.sources.markdown import ENTRY_RE; from assistant.sources import parse_file; "
            "print([p.arxiv_id for p in parse_file(sys.argv[1]).papers])")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "['2601.00009']", out.stderr[-1000:]

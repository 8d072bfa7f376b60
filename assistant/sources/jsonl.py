"""JSONL data files (`YYYY-MM-DD_AI_enhanced_Chinese.jsonl`): upstream, early `task` era and the fork schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.sources.base import Probe, SourceFormat, add_record, register, rejected
from assistant.sources.clean import clean_summary, clean_text, split_people
from assistant.sources.text import TextSource, damaged_at
from assistant.types import Paper, ParseResult, SkippedRecord, normalize_arxiv_id

MAX_LINE_CHARS = 2_000_000


def _categories(record: dict) -> list[str]:
    cats = record.get("categories")
    out: list[str] = []
    if isinstance(cats, list):
        out = [c.strip() for c in cats if isinstance(c, str) and c.strip()]
    elif isinstance(cats, str):
        out = [c.strip() for c in cats.replace(",", " ").split() if c.strip()]
    cate = record.get("cate")  # fork schema: the primary category
    if isinstance(cate, str) and cate.strip():
        cate = cate.strip()
        out = [cate] + [c for c in out if c != cate]
    return list(dict.fromkeys(out))


def record_to_paper(record: dict, date: str | None) -> tuple[Paper | None, list[str], str | None]:
    """(paper, issues, fatal_reason): fatal_reason set when the record cannot become a paper."""
    issues: list[str] = []
    raw_id = record.get("id") or record.get("abs") or record.get("url") or ""
    arxiv_id = normalize_arxiv_id(raw_id if isinstance(raw_id, str) else str(raw_id))
    if not arxiv_id:
        return None, issues, "missing or invalid arXiv id"
    title = clean_text(record.get("title"), issues)
    abstract = clean_text(record.get("summary"), issues)
    if not title and not abstract:
        return None, issues, f"{arxiv_id}: no title and no abstract"
    ai = record.get("AI")
    if not isinstance(ai, dict):
        if ai is not None:
            issues.append(f"AI field is {type(ai).__name__}, not an object")
        ai = {}
    summary, usable = clean_summary(ai, issues)
    if not abstract:
        issues.append("no English abstract")
    keywords = ai.get("keywords")
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.replace("，", ",").split(",")]
    keywords = [clean_text(k) for k in keywords if isinstance(k, str) and k.strip()] if isinstance(keywords, list) else []
    record_date = date or (record.get("date") if isinstance(record.get("date"), str) else None)
    paper = Paper(
        arxiv_id=arxiv_id,
        title=title or arxiv_id,
        authors=split_people(record.get("authors")),
        categories=_categories(record),
        dates=[record_date[:10]] if record_date else [],
        abstract=abstract,
        summary=summary,
        summary_usable=usable,
        summary_issues=issues,
        title_zh=clean_text(ai.get("title_translation")),
        keywords=keywords[:20],
        comment=clean_text(record.get("comment")),
        code_url=clean_text(record.get("code_url")),
    )
    return paper, issues, None


_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _scrub(value: object) -> object:
    """Replace lone UTF-16 surrogates (from escapes such as `\\ud800`) with U+FFFD: they cannot be encoded as
    UTF-8, so hashing, Chroma and the catalogue would fail on them far from the record that caused it."""
    if isinstance(value, str):
        return _SURROGATE_RE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def parse_jsonl(source: TextSource, date: str | None) -> ParseResult:
    """Stream the file one line (= one record) at a time; every non-blank line becomes a paper or a skipped
    record, unless the early probe finds the file is not a digest at all (then one record for the file)."""
    path = source.path
    result = ParseResult()
    probe = Probe("lines", "only blank lines")
    # Records end at "\n" only: str.splitlines() also splits at U+2028, U+2029 and U+0085, which JSON allows
    # raw inside strings (json.dumps(..., ensure_ascii=False) writes them), cutting a valid record in two.
    for lineno, line, too_long in source.lines(MAX_LINE_CHARS):
        probe.chars += len(line) + 1
        line = line.removesuffix("\r")
        if line.strip():
            probe.records += 1
            probe.parsed += _parse_line(result, source, lineno, line, too_long, date)
        stop = probe.verdict()
        if stop:
            return rejected(path, stop)
    if not probe.records:
        result.add_skip(SkippedRecord(file=str(path), line=0, reason="empty file"))
    return result


def _parse_line(result: ParseResult, source: TextSource, lineno: int, line: str, too_long: bool,
                date: str | None) -> bool:
    path = source.path

    def skip(reason: str) -> bool:
        result.add_skip(SkippedRecord(file=str(path), line=lineno, reason=reason))
        return False

    if too_long:
        return skip("line too long")
    damage = damaged_at(line)
    if damage:
        return skip(f"not valid {source.decoding.label} ({damage}); record skipped")
    try:
        record = json.loads(line)
        if _SURROGATE_ESCAPE_RE.search(line):
            record = _scrub(record)
    except (ValueError, RecursionError) as exc:
        return skip(f"invalid JSON ({exc.__class__.__name__})")
    if not isinstance(record, dict):
        return skip(f"record is a JSON {type(record).__name__}, not an object")
    return add_record(result, path, lineno, lambda: record_to_paper(record, date), "record")


def _sniff(path: Path, head: str) -> bool:
    if path.suffix.lower() in (".jsonl", ".json"):
        return True
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    return first.lstrip().startswith("{")


register(SourceFormat("jsonl", _sniff, parse_jsonl))

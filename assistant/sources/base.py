"""Format registry, path expansion and merging of duplicate papers across files and days."""

from __future__ import annotations

import glob
import logging
import re
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import InputError, UnknownFormatError
from assistant.sources.text import TextSource
from assistant.types import ChineseSummary, Paper, ParseResult, SkippedRecord

logger = logging.getLogger(__name__)

DATE_IN_NAME_RE = re.compile(r"(20\d\d)-(\d\d)-(\d\d)")
MAX_FILE_BYTES = 512 * 1024 * 1024

# Early rejection (issue 17, item 3): once this many records (non-blank JSONL lines, markdown entries) or this
# much text has been read, a file of which fewer than MIN_PARSED_SHARE became papers is not a digest. Parsing
# stops there, its papers are dropped and one record says why; the rest of the file is never read.
PROBE_RECORDS = 200
PROBE_CHARS = 1_000_000
MIN_PARSED_SHARE = 0.10


@dataclass(frozen=True)
class SourceFormat:
    """A digest format: `sniff(path, head)` says whether it applies, `parse(source, date)` reads it, streaming
    `source.lines(...)` (a `TextSource`), never the whole file at once."""

    name: str
    sniff: Callable[[Path, str], bool]
    parse: Callable[[TextSource, str | None], ParseResult]


class Probe:
    """Counts records, papers and characters while a parser streams a file; `verdict()` is a reason to stop
    (once, at the PROBE_RECORDS/PROBE_CHARS checkpoint) or None."""

    def __init__(self, unit: str, nothing: str):
        self.unit, self.nothing = unit, nothing
        self.records = self.parsed = self.chars = 0
        self.judged = False

    def verdict(self) -> str | None:
        if self.judged or (self.records < PROBE_RECORDS and self.chars < PROBE_CHARS):
            return None
        self.judged = True
        if self.records and self.parsed >= MIN_PARSED_SHARE * self.records:
            return None
        seen = f"{self.parsed} of {self.records} {self.unit} parsed" if self.records else \
            f"{self.nothing} in the first {self.chars} characters"
        return f"file is mostly unparseable ({seen}) — not a daily-arXiv digest; the rest of it was not read"


def rejected(path: Path, reason: str) -> ParseResult:
    return ParseResult(skipped=[SkippedRecord(file=str(path), line=0, reason=reason)])


_FORMATS: dict[str, SourceFormat] = {}


def register(fmt: SourceFormat) -> None:
    _FORMATS[fmt.name] = fmt


def _ensure_builtin_formats() -> None:
    # Always import both (a no-op once loaded): checking `if not _FORMATS` missed JSONL whenever
    # `assistant.sources.markdown` had been imported first, and every .jsonl file became "unknown format".
    from assistant.sources import jsonl, markdown  # noqa: F401  (they register themselves)


def add_record(result: ParseResult, path: Path, line: int, build: Callable[[], tuple], what: str) -> bool:
    """Run one record's builder -> (paper, issues, fatal reason) and file the outcome: a paper, a skipped
    record (fatal, or a validation error on odd types), or a paper plus a `degraded` note listing its issues.
    True when a paper came out."""
    try:
        paper, issues, fatal = build()
    except (ValueError, TypeError, RecursionError) as exc:
        paper, issues, fatal = None, [], f"malformed {what} ({exc.__class__.__name__})"
    if fatal or paper is None:
        result.add_skip(SkippedRecord(file=str(path), line=line, reason=fatal or f"unusable {what}"))
        return False
    if issues:
        result.add_skip(SkippedRecord(file=str(path), line=line, degraded=True,
                                      reason=f"{paper.arxiv_id}: " + "; ".join(dict.fromkeys(issues))))
    result.papers.append(paper)
    return True


def date_from_name(path: Path) -> str | None:
    match = DATE_IN_NAME_RE.search(path.name)
    return "-".join(match.groups()) if match else None


def open_source(path: Path) -> TextSource:
    """Open a file for parsing: size limit, then its encoding from the first MB (nothing more is read yet)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file is {size} bytes, over the {MAX_FILE_BYTES} byte limit")
        return TextSource(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from exc


def read_text(path: Path) -> str:
    """The whole file as text (small files only: parsers stream `open_source(path).lines()` instead).
    Undecodable bytes stay as lone surrogates; a file in no recognisable encoding raises InputError."""
    source = open_source(path)
    if source.decoding.refused:
        raise InputError(f"{path}: {source.decoding.refused}")
    return "\n".join(line for _, line, _ in source.lines(MAX_FILE_BYTES))


def detect_format(path: Path, text: str | None = None) -> SourceFormat:
    """The format of `path`, sniffed from `text` (or the file's first 64 K characters)."""
    _ensure_builtin_formats()
    head = (text if text is not None else open_source(path).head)[:65536]
    for fmt in _FORMATS.values():
        if fmt.sniff(path, head):
            return fmt
    raise UnknownFormatError(f"{path}: unknown format (expected a markdown digest or a JSONL data file)")


def parse_file(path: str | Path, date: str | None = None) -> ParseResult:
    """Parse one file; an empty, undecodable or unparseable file, or one with no papers, is a report entry, not
    an error. Memory stays bounded whatever the file holds: it is streamed line by line and the report is
    capped (`ParseResult.add_skip`)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    source = open_source(path)
    if source.decoding.refused:
        return rejected(path, source.decoding.refused)
    if source.blank:
        return rejected(path, "empty file")
    fmt = detect_format(path, source.head)
    try:
        result = fmt.parse(source, date or date_from_name(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if source.decoding.note and result.papers:
        note = SkippedRecord(file=str(path), line=0, degraded=True, reason=source.decoding.note)
        result.add_skip(note)
        if result.skipped[-1] is not note:  # the list was full: a note on the whole file is listed anyway
            result.skipped[-1] = note
    return result


SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".jsonl", ".json")


def expand_paths(items: Iterable[str | Path]) -> list[Path]:
    """Files, directories (recursively: supported suffixes) and globs -> sorted unique files."""
    files: list[Path] = []
    for item in items:
        raw = str(item)
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(f"{raw}: the pattern matches no file")
            files.extend(Path(m) for m in matches if Path(m).is_file())
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not p.name.startswith("."))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{raw}: no such file or directory")
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _better_summary(a: Paper, b: Paper) -> Paper:
    """Of two records of one paper, the one whose summary to keep: usable beats unusable, then the later one."""
    if a.summary_usable != b.summary_usable:
        return a if a.summary_usable else b
    return b


def merge_two(old: Paper, new: Paper) -> Paper:
    """Combine two records of the same paper: every date kept, the best summary, no field lost."""
    best = _better_summary(old, new)
    other = old if best is new else new
    summary = best.summary
    if best.summary_usable:
        # Fill individual fields the better record lacks (e.g. a null conclusion in the fork schema).
        filled = {f: getattr(summary, f) or (getattr(other.summary, f) if other.summary_usable else "")
                  for f in ChineseSummary.model_fields}
        summary = ChineseSummary(**filled)
    return Paper(
        arxiv_id=new.arxiv_id,
        title=new.title or old.title,
        authors=new.authors or old.authors,
        categories=new.categories or old.categories,
        dates=sorted(set(old.dates) | set(new.dates)),
        abstract=new.abstract or old.abstract,
        summary=summary,
        summary_usable=best.summary_usable,
        summary_issues=best.summary_issues,
        title_zh=new.title_zh or old.title_zh,
        keywords=new.keywords or old.keywords,
        comment=new.comment or old.comment,
        code_url=new.code_url or old.code_url,
    )


def merge_papers(papers: Iterable[Paper], into: dict[str, Paper] | None = None) -> dict[str, Paper]:
    """Keep one paper per arXiv id, remembering every date it was seen."""
    merged = into if into is not None else {}
    for paper in papers:
        prev = merged.get(paper.arxiv_id)
        merged[paper.arxiv_id] = paper if prev is None else merge_two(prev, paper)
    return merged


PARALLEL_PARSE_BYTES = 8 << 20  # ~2 s of parsing: below it, starting worker processes costs more than it saves


def _total_bytes(files: list[Path]) -> int:
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            pass
    return total


def parse_paths(items: Iterable[str | Path], date: str | None = None,
                submit: Callable[..., Future] | None = None) -> tuple[list[Path], ParseResult]:
    """Parse many inputs; unreadable/unknown files become report entries so one bad file loses nothing else.
    The report stays bounded over any number of files (see `ParseResult`). `submit` (e.g. the ingest's worker
    pool) parses files in parallel; they are merged in the same order, so the result is the same."""
    files = expand_paths(items)
    merged: dict[str, Paper] = {}
    report = ParseResult()
    parallel = submit is not None and len(files) > 1 and _total_bytes(files) >= PARALLEL_PARSE_BYTES
    parsed = [submit(parse_file, path, date) for path in files] if parallel else None
    for i, path in enumerate(files):
        try:
            result = parsed[i].result() if parsed else parse_file(path, date)
        except InputError as exc:
            report.add_skip(SkippedRecord(file=str(path), line=0, reason=str(exc).split(": ", 1)[-1]))
            continue
        finally:
            if parsed:
                parsed[i] = None  # merged results are not kept twice
        merge_papers(result.papers, merged)
        report.absorb_skips(result)
    report.papers = list(merged.values())
    return files, report

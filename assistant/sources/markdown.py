"""Rendered markdown digests: the upstream layout (`Motivation: …`) and the fork's (`**Motivation:** …`).

Both start every paper with a level-3 heading `### [n] [title](https://arxiv.org/abs/id)`. Every such heading,
whatever it links to, starts a new entry and the entry runs to the next one (or to a `#`/`##` section
heading): an entry whose heading has no arXiv link is reported and skipped, it never runs into its neighbour
(issue 17, item 6). The file is streamed line by line, one entry in memory at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from assistant.sources.base import DATE_IN_NAME_RE, Probe, SourceFormat, add_record, register, rejected
from assistant.sources.clean import clean_summary, clean_text, split_people
from assistant.sources.text import TextSource, damaged_at
from assistant.types import ARXIV_ID_RE, Paper, ParseResult, SkippedRecord, clip

# An entry heading: "### [n] …" (both layouts number their entries; the link may be anything or missing) or an
# unnumbered "### [title](link)". One match per entry, whether or not it yields a paper. (Written with a
# lookahead, not `\[.*\]\(.*\)`, which backtracks quadratically on a long line full of "](".)
ENTRY_RE = re.compile(r"^###[ \t]*(?:\[\d+\].*|\[(?=.*?\]\().*\)[ \t\r]*)$", re.MULTILINE)
_HEADING_PREFIX_RE = re.compile(r"^###[ \t]*(?:\[\d+\])?")
ARXIV_LINK_RE = re.compile(r"^(?:(?:https?:)?//)?(?:(?:www|export)\.)?arxiv\.org/(?:abs|pdf|html)/(?P<ref>[^?#]*)",
                           re.IGNORECASE)
SECTION_RE = re.compile(r"^#{1,2}(?:[ \t]|$)")  # "# cs.CV [[Back]](#toc)", "## cs.CR": the entry before it ends
MAX_ENTRY_CHARS = 200_000  # a real entry is a few thousand characters; longer ones are skipped, not kept
LABELS = {
    "tl;dr": "tldr",
    "motivation": "motivation",
    "method": "method",
    "result": "result",
    "conclusion": "conclusion",
    "abstract": "abstract",
    "keywords": "keywords",
    "comment": "comment",
    "ai_comments": "_ignored",
    "ai_abstract": "_ignored",
    "摘要翻译": "_ignored",
}
LABEL_RE = re.compile(
    r"^[ \t]*(?:>[ \t]*)?(?:\*\*)?(?P<label>TL;DR|Motivation|Method|Result|Conclusion|Abstract|Keywords|Comment|"
    r"AI_Comments|ai_Abstract|摘要翻译)[ \t]*[:：][ \t]*(?:\*\*)?[ \t]*",
    re.MULTILINE | re.IGNORECASE,
)
MAIN_CAT_RE = re.compile(r"(?:\*\*)?Main category:\s*(?P<cat>[A-Za-z\-]+(?:\.[A-Za-z\-]+)?)", re.IGNORECASE)
AUTHORS_RE = re.compile(r"^\*(?!\*)(?P<authors>[^*\n]+)\*(?:\s*\|.*)?$", re.MULTILINE)
TITLE_ZH_RE = re.compile(r"^>\s*\*(?!\*)(?P<t>[^*\n]+)\*\s*$", re.MULTILINE)
HTML_NOISE_RE = re.compile(r"</?details>|<summary>.*?</summary>|<div[^>]*>|</div>|<a id=[^>]*></a>|"
                           r"\[⬆️[^\]]*\]\([^)]*\)(?:\s*\|\s*\[⬆️[^\]]*\]\([^)]*\))*", re.IGNORECASE)
HEADING_RE = re.compile(r"^#{1,2}\s.*$|^---\s*$", re.MULTILINE)
HEADER_DATE_RE = re.compile(r"^#\s.*?(20\d\d-\d\d-\d\d)", re.MULTILINE)


def _fields(block: str) -> dict[str, str]:
    """Split an entry block at its labels; a field runs until the next label."""
    out: dict[str, str] = {}
    matches = list(LABEL_RE.finditer(block))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(block)
        key = LABELS[match.group("label").lower()]
        value = HEADING_RE.sub("", HTML_NOISE_RE.sub("", block[match.end():end])).strip()
        if key != "_ignored" and value and key not in out:
            out[key] = value
    return out


def split_heading(line: str) -> tuple[str, str | None]:
    """'### [3] [Title](url)' -> ('Title', 'url'); (rest of the heading, None) when it holds no link."""
    rest = line[_HEADING_PREFIX_RE.match(line).end():].strip()
    cut = rest.rfind("](")  # the last one: titles may hold brackets and links of their own
    if rest.startswith("[") and rest.endswith(")") and cut > 0:
        return rest[1:cut], rest[cut + 2:-1]
    return rest, None


def arxiv_id_from_link(url: str | None) -> tuple[str | None, str | None]:
    """(arXiv id, None) for a link to an arXiv abstract/PDF page; (None, why not) for anything else."""
    if url is None:
        return None, "the heading has no link"
    url = url.strip()
    if url.startswith("<") and ">" in url:
        url = url[1:url.index(">")]
    else:
        url = (url.split() or [""])[0]  # [t](url "link title")
    link = ARXIV_LINK_RE.match(url)
    if not link:
        return None, f"the heading links to {clip(url, 100)!r}, not to arXiv" if url else "the heading link is empty"
    ref = link.group("ref").rstrip("/").removesuffix(".pdf")
    found = ARXIV_ID_RE.fullmatch(ref)
    if not found:
        return None, f"the arXiv link {clip(url, 100)!r} holds no valid id"
    return found.group("id"), None


def _entry_to_paper(title: str, arxiv_id: str, block: str, date: str | None) -> tuple[Paper | None, list[str],
                                                                                        str | None]:
    issues: list[str] = []
    head = block.split("<details>", 1)[0]
    authors_match = AUTHORS_RE.search(head)
    authors = split_people(authors_match.group("authors")) if authors_match else []
    if not authors:
        issues.append("no authors line")
    cat_match = MAIN_CAT_RE.search(block)
    categories = [cat_match.group("cat")] if cat_match else []
    zh_match = TITLE_ZH_RE.search(head)
    fields = _fields(block)
    summary, usable = clean_summary(fields, issues)
    abstract = clean_text(fields.get("abstract", ""), issues)
    if not abstract:
        issues.append("no English abstract")
    keywords = [k.strip() for k in re.split(r"[,，]", fields.get("keywords", "")) if k.strip()]
    paper = Paper(
        arxiv_id=arxiv_id,
        title=clean_text(title, issues) or arxiv_id,
        authors=authors,
        categories=categories,
        dates=[date] if date else [],
        abstract=abstract,
        summary=summary,
        summary_usable=usable,
        summary_issues=issues,
        title_zh=clean_text(zh_match.group("t")) if zh_match else "",
        keywords=keywords[:20],
        comment=clean_text(fields.get("comment", "")),
    )
    return paper, issues, None


@dataclass
class _Entry:
    line: int
    heading: str
    lines: list[str] = field(default_factory=list)
    chars: int = 0
    too_long: bool = False
    damage: str | None = None

    def add(self, lineno: int, text: str, too_long: bool) -> None:
        if self.damage is None:
            damage = damaged_at(text)
            if damage:
                self.damage = f"{damage} of line {lineno}"
        self.chars += len(text) + 1
        self.too_long = self.too_long or too_long or self.chars > MAX_ENTRY_CHARS
        if not self.too_long:
            self.lines.append(text)


def _finish(result: ParseResult, source: TextSource, entry: _Entry, date: str | None) -> bool:
    """File one entry as a paper or a skipped record; True for a paper."""
    path = source.path

    def skip(reason: str) -> bool:
        result.add_skip(SkippedRecord(file=str(path), line=entry.line, reason=reason))
        return False

    if entry.too_long:
        return skip(f"entry is longer than {MAX_ENTRY_CHARS} characters; skipped")
    if entry.damage:
        return skip(f"not valid {source.decoding.label} ({entry.damage}); entry skipped")
    title, url = split_heading(entry.heading)
    arxiv_id, why_not = arxiv_id_from_link(url)
    if arxiv_id is None:
        return skip(f"entry {clip(title.strip(), 80)!r} has no arXiv id ({why_not}); skipped")
    block = "\n" + "\n".join(entry.lines)
    return add_record(result, path, entry.line, lambda: _entry_to_paper(title, arxiv_id, block, date), "entry")


def parse_markdown(source: TextSource, date: str | None) -> ParseResult:
    """Stream the digest: an entry is collected from its heading to the next entry or section heading, then
    becomes a paper or a skipped record. Text outside entries (header, table of contents) is not kept."""
    path = source.path
    result = ParseResult()
    probe = Probe("entries", "no paper entry")
    if date is None:
        header = HEADER_DATE_RE.search(source.head[:2000])
        date = header.group(1) if header else None
    entry: _Entry | None = None
    for lineno, line, too_long in source.lines(MAX_ENTRY_CHARS):
        probe.chars += len(line) + 1
        if ENTRY_RE.match(line) or SECTION_RE.match(line):
            if entry is not None:
                probe.parsed += _finish(result, source, entry, date)
                entry = None
            if not SECTION_RE.match(line):
                probe.records += 1
                damage = damaged_at(line)
                entry = _Entry(lineno, line, too_long=too_long, damage=damage and f"{damage} of line {lineno}")
        elif entry is not None:
            entry.add(lineno, line, too_long)
            if entry.too_long:  # report it now and keep nothing more of it
                _finish(result, source, entry, date)
                entry = None
        stop = probe.verdict()
        if stop:
            return rejected(path, stop)
    if entry is not None:
        probe.parsed += _finish(result, source, entry, date)
    if not probe.records:
        result.add_skip(SkippedRecord(file=str(path), line=0, reason="no paper entries (stub digest?)"))
    return result


def _sniff(path: Path, head: str) -> bool:
    if path.suffix.lower() not in (".md", ".markdown", ".txt", ""):
        return False
    return bool(ENTRY_RE.search(head)) or bool(HEADER_DATE_RE.search(head[:500])) or \
        (path.suffix.lower() in (".md", ".markdown") and bool(DATE_IN_NAME_RE.search(path.name)))


register(SourceFormat("markdown", _sniff, parse_markdown))

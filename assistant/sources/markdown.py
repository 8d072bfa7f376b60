"""Rendered markdown digests: the upstream layout (`Motivation: …`) and the fork's (`**Motivation:** …`)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.sources.base import DATE_IN_NAME_RE, SourceFormat, add_record, register
from assistant.sources.clean import clean_summary, clean_text, split_people
from assistant.types import Paper, ParseResult, SkippedRecord, normalize_arxiv_id

ENTRY_RE = re.compile(r"^###\s*\[(?P<n>\d+)\]\s*\[(?P<title>.*)\]\((?P<url>[^)\s]*arxiv\.org/abs/[^)\s]+)\)\s*$",
                      re.MULTILINE)
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


def _entry_to_paper(title: str, url: str, block: str, date: str | None) -> tuple[Paper | None, list[str], str | None]:
    issues: list[str] = []
    arxiv_id = normalize_arxiv_id(url)
    if not arxiv_id:
        return None, issues, f"no arXiv id in link {url!r}"
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


def parse_markdown(path: Path, text: str, date: str | None) -> ParseResult:
    result = ParseResult()
    if date is None:
        header = HEADER_DATE_RE.search(text[:2000])
        date = header.group(1) if header else None
    entries = list(ENTRY_RE.finditer(text))
    if not entries:
        result.skipped.append(SkippedRecord(file=str(path), line=0, reason="no paper entries (stub digest?)"))
        return result
    lineno, counted_to = 1, 0
    for i, match in enumerate(entries):
        end = entries[i + 1].start() if i + 1 < len(entries) else len(text)
        block = text[match.end():end]
        lineno += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        add_record(result, path, lineno,
                   lambda: _entry_to_paper(match.group("title"), match.group("url"), block, date), "entry")
    return result


def _sniff(path: Path, head: str) -> bool:
    if path.suffix.lower() not in (".md", ".markdown", ".txt", ""):
        return False
    return bool(ENTRY_RE.search(head)) or bool(HEADER_DATE_RE.search(head[:500])) or \
        (path.suffix.lower() in (".md", ".markdown") and bool(DATE_IN_NAME_RE.search(path.name)))


register(SourceFormat("markdown", _sniff, parse_markdown))

"""Boundary types: what parsers produce, what ingest reports and what search returns."""

from __future__ import annotations

import hashlib
import json
import re

from pydantic import BaseModel, ConfigDict, Field

ARXIV_ID_RE = re.compile(r"(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?", re.IGNORECASE)

SUMMARY_FIELDS = ("tldr", "motivation", "method", "result", "conclusion")


def normalize_arxiv_id(raw: str) -> str | None:
    """'http://arxiv.org/abs/2506.20770v1' -> '2506.20770'; None when no id is found."""
    match = ARXIV_ID_RE.search(raw or "")
    return match.group("id") if match else None


class ChineseSummary(BaseModel):
    """The LLM-written Chinese summary fields of a digest record."""

    model_config = ConfigDict(extra="forbid")

    tldr: str = ""
    motivation: str = ""
    method: str = ""
    result: str = ""
    conclusion: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in SUMMARY_FIELDS)

    def as_text(self, labels: dict[str, str] | None = None) -> str:
        labels = labels or {f: f for f in SUMMARY_FIELDS}
        return "\n".join(f"{labels[f]}: {getattr(self, f)}" for f in SUMMARY_FIELDS if getattr(self, f))


class Paper(BaseModel):
    """One arXiv paper, merged over every digest it appeared in."""

    model_config = ConfigDict(extra="forbid")

    arxiv_id: str
    title: str
    authors: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list, description="primary category first")
    dates: list[str] = Field(default_factory=list, description="ISO dates of the digests it appeared in")
    abstract: str = ""
    summary: ChineseSummary = Field(default_factory=ChineseSummary)
    summary_usable: bool = False
    summary_issues: list[str] = Field(default_factory=list)
    title_zh: str = ""
    keywords: list[str] = Field(default_factory=list)
    comment: str = ""
    code_url: str = ""

    @property
    def primary_category(self) -> str:
        return self.categories[0] if self.categories else ""

    @property
    def url(self) -> str:
        return f"https://arxiv.org/abs/{self.arxiv_id}"

    @property
    def pdf_url(self) -> str:
        return f"https://arxiv.org/pdf/{self.arxiv_id}"

    def content_hash(self) -> str:
        """Hash of everything that shapes the paper's chunks (dates excluded: they are metadata only)."""
        payload = self.model_dump(exclude={"dates"})
        return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


class SkippedRecord(BaseModel):
    """A record that was skipped or degraded during parsing, with where and why."""

    model_config = ConfigDict(extra="forbid")

    file: str
    line: int = 0
    reason: str
    degraded: bool = Field(False, description="True when the record was kept with a problem flagged")


class ParseResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    papers: list[Paper] = Field(default_factory=list)
    skipped: list[SkippedRecord] = Field(default_factory=list)


class IngestReport(BaseModel):
    """What `ingest --json` prints; field names are a public contract."""

    model_config = ConfigDict(extra="forbid")

    files: int = 0
    papers_added: int = 0
    papers_updated: int = 0
    papers_unchanged: int = 0
    chunks_embedded: int = 0
    skipped: list[SkippedRecord] = Field(default_factory=list)
    seconds: float = 0.0


class SearchHit(BaseModel):
    """One paper returned by search; `search --json` prints a list of these (without `sections`/`snippet` noise)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    score: float
    date: str
    categories: list[str]
    url: str
    authors: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list, description="which chunks matched, best first")
    snippet: str = ""

"""Boundary types: what parsers produce, what ingest reports and what search returns."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

ARXIV_ID_RE = re.compile(r"(?P<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?", re.IGNORECASE)

SUMMARY_FIELDS = ("tldr", "motivation", "method", "result", "conclusion")

# Report limits: a garbage upload must not become a garbage-sized report (issue 17, item 3).
MAX_REPORTED_SKIPS = 50  # skipped/degraded records listed in full; the rest are only counted (by reason)
MAX_REASON_CHARS = 300  # a reason (it may quote a title or a link) is cut to this many characters
MAX_REASON_KINDS = 40  # distinct keys of `skipped_by_reason`; rarer reasons are counted under OTHER_REASONS
OTHER_REASONS = "other reasons"


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


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class SkippedRecord(BaseModel):
    """A record that was skipped or degraded during parsing, with where and why."""

    model_config = ConfigDict(extra="forbid")

    file: str
    line: int = Field(0, description="1-based line of the record; 0 for the whole file")
    reason: str
    degraded: bool = Field(False, description="True when the record was kept with a problem flagged")

    @field_validator("reason")
    @classmethod
    def _bounded_reason(cls, value: str) -> str:
        return clip(value, MAX_REASON_CHARS)


_ID_PREFIX_RE = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?: ", re.IGNORECASE)
_QUOTED_RE = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
_NUMBER_RE = re.compile(r"\b(?:0x[0-9a-f]+|\d+)\b", re.IGNORECASE)


def reason_kind(record: SkippedRecord) -> str:
    """The key a record is counted under in `skipped_by_reason`: its reason without the paper id, quoted
    excerpts and numbers ("2601.00001: no title" and "2601.00002: no title" are one kind)."""
    return _reason_kind(record.reason, record.degraded)


@lru_cache(maxsize=4096)
def _reason_kind(reason: str, degraded: bool) -> str:
    kind = _NUMBER_RE.sub("N", _QUOTED_RE.sub("'…'", _ID_PREFIX_RE.sub("", reason)))
    return ("degraded: " if degraded else "") + clip(kind, 120)


class ParseResult(BaseModel):
    """Papers plus a bounded report: `skipped` keeps the first MAX_REPORTED_SKIPS records (problems before
    degraded ones), `skipped_total` and `skipped_by_reason` count every record. Add records with `add_skip`."""

    model_config = ConfigDict(extra="forbid")

    papers: list[Paper] = Field(default_factory=list)
    skipped: list[SkippedRecord] = Field(default_factory=list)
    skipped_total: int = 0
    skipped_by_reason: dict[str, int] = Field(default_factory=dict)
    _degraded_listed: int = PrivateAttr(0)

    @model_validator(mode="after")
    def _count_listed(self) -> ParseResult:
        if self.skipped and not self.skipped_total:  # built as ParseResult(skipped=[...])
            listed, self.skipped = self.skipped, []
            for record in listed:
                self.add_skip(record)
        return self

    def add_skip(self, record: SkippedRecord) -> None:
        self.__dict__["skipped_total"] += 1  # called once per bad line of a file: skip pydantic's __setattr__
        self._count(reason_kind(record), 1)
        if len(self.skipped) < MAX_REPORTED_SKIPS or not record.degraded:
            self._keep(record)

    def absorb_skips(self, other: ParseResult) -> None:
        """Fold another result's report into this one (its listed records, counts and total)."""
        self.skipped_total += other.skipped_total
        for kind, n in other.skipped_by_reason.items():
            self._count(kind, n)
        for record in other.skipped:
            self._keep(record)

    @property
    def skipped_truncated(self) -> bool:
        return self.skipped_total > len(self.skipped)

    def _count(self, kind: str, n: int) -> None:
        counts = self.skipped_by_reason
        if kind not in counts and len(counts) >= MAX_REASON_KINDS - (OTHER_REASONS not in counts):
            kind = OTHER_REASONS
        counts[kind] = counts.get(kind, 0) + n

    def _keep(self, record: SkippedRecord) -> None:
        if len(self.skipped) < MAX_REPORTED_SKIPS:
            self.skipped.append(record)
            self._degraded_listed += record.degraded
        elif not record.degraded and self._degraded_listed:
            # a record that was dropped matters more than one kept with a flag: it takes the last flag's place
            for i in range(len(self.skipped) - 1, -1, -1):
                if self.skipped[i].degraded:
                    del self.skipped[i]
                    self.skipped.append(record)
                    self._degraded_listed -= 1
                    break


class IngestReport(BaseModel):
    """What `ingest --json` prints; field names are a public contract."""

    model_config = ConfigDict(extra="forbid")

    files: int = 0
    papers_added: int = 0
    papers_updated: int = 0
    papers_unchanged: int = 0
    chunks_embedded: int = 0
    skipped: list[SkippedRecord] = Field(default_factory=list,
                                         description=f"the first {MAX_REPORTED_SKIPS} skipped/degraded records "
                                                     "(records that were dropped listed before degraded ones)")
    seconds: float = 0.0
    skipped_total: int = Field(0, description="every skipped or degraded record, listed in `skipped` or not")
    skipped_by_reason: dict[str, int] = Field(default_factory=dict,
                                              description="skipped_total by kind of reason (paper ids, quoted "
                                                          "text and numbers removed; `degraded: ` for kept ones)")
    skipped_truncated: bool = Field(False, description="True when `skipped` lists fewer than skipped_total")


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

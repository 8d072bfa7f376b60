"""The readers' contracts: subscriptions, reactions, ranked papers with their reasons, mail reports.

Every model forbids unknown fields: what `--json` and the API print is a contract, and what a client sends
(a subscription) is checked field by field with the same rules as the CLI's."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.errors import InputError
from assistant.validation import MAX_DIGEST_PAPERS, check_categories

MAX_NAME_CHARS = 64
MAX_INTEREST_CHARS = 2000
MAX_KEYWORDS = 50
MAX_KEYWORD_CHARS = 100
MAX_READER_CHARS = 64
DEFAULT_DAILY = 10
LIKES_SUBSCRIPTION = "likes"  # the implicit subscription of a reader who has likes but no subscription

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
# deliberately plain: one address, no display name, nothing a header could be split with
_EMAIL_RE = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")

Reaction = Literal["like", "dislike"]


def check_name(value, label: str, max_chars: int = MAX_NAME_CHARS) -> str:
    """A subscription or reader name: 1..max_chars characters on one line, no control characters."""
    if not isinstance(value, str):
        raise InputError(f"{label} must be text, got {type(value).__name__}")
    value = " ".join(value.split())
    if not value:
        raise InputError(f"{label} is empty")
    if len(value) > max_chars:
        raise InputError(f"{label} is longer than {max_chars} characters")
    if _CONTROL_RE.search(value):
        raise InputError(f"{label} contains a control character")
    return value


def check_reader(value) -> str:
    return check_name(value, "reader", MAX_READER_CHARS)


def check_keywords(value, label: str) -> list[str]:
    """'a, b' or ['a', 'b'] -> ['a', 'b'] (trimmed, blanks and duplicates dropped, order kept)."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) for item in items):
        raise InputError(f"{label} must be text")
    out: list[str] = []
    for item in (part.strip() for text in items for part in re.split(r"[,，;；]", text)):
        if not item:
            continue
        if len(item) > MAX_KEYWORD_CHARS or _CONTROL_RE.search(item):
            raise InputError(f"{label}: {item[:40]!r} is not a usable keyword (one line, at most "
                             f"{MAX_KEYWORD_CHARS} characters)")
        if item.lower() not in {o.lower() for o in out}:
            out.append(item)
    if len(out) > MAX_KEYWORDS:
        raise InputError(f"{label}: at most {MAX_KEYWORDS} keywords")
    return out


def check_email(value) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or not _EMAIL_RE.fullmatch(value.strip()):
        raise InputError(f"not an e-mail address: {str(value)[:80]!r} (one plain address, like reader@example.org)")
    return value.strip()


class SubscriptionSpec(BaseModel):
    """What a reader saves: the fields of `subscribe add` and of the UI form."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., description=f"unique per reader, 1-{MAX_NAME_CHARS} characters")
    interest: str = Field("", description="free text in Chinese or English: what the reader wants to read about")
    include: list[str] = Field(default_factory=list, description="keywords; a paper must contain at least one")
    exclude: list[str] = Field(default_factory=list, description="keywords; a paper containing any is left out")
    categories: list[str] = Field(default_factory=list, description="arXiv categories (any of a paper's)")
    language: Literal["zh", "en"] = Field("zh", description="language of lines, reasons, feed and mail")
    daily: int = Field(DEFAULT_DAILY, ge=1, le=MAX_DIGEST_PAPERS, description="papers per day")
    email: str | None = Field(None, description="where the daily mail goes")
    llm: Literal["auto", "on", "off"] = Field("auto", description="LLM 0-10 score + reason; auto = the "
                                              "ASSISTANT_READERS_LLM_SCORE setting")

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value):
        return check_name(value, "subscription name")

    @field_validator("interest", mode="before")
    @classmethod
    def _interest(cls, value):
        value = "" if value is None else value
        if not isinstance(value, str):
            raise InputError("interest must be text")
        value = value.strip()
        if len(value) > MAX_INTEREST_CHARS:
            raise InputError(f"interest is longer than {MAX_INTEREST_CHARS} characters")
        if "\x00" in value:
            raise InputError("interest contains a NUL character")
        return value

    @field_validator("include", "exclude", mode="before")
    @classmethod
    def _keywords(cls, value, info):
        return check_keywords(value, info.field_name)

    @field_validator("categories", mode="before")
    @classmethod
    def _categories(cls, value):
        return list(check_categories(value))

    @field_validator("email", mode="before")
    @classmethod
    def _email(cls, value):
        return check_email(value)


class Subscription(SubscriptionSpec):
    """A saved subscription: the spec plus its identity. `id` is a UUID that never changes (a rename keeps it), so
    the Atom feed's ids stay stable."""

    id: str
    reader: str
    created_at: str = Field("", description="UTC, ISO 8601")
    updated_at: str = Field("", description="UTC, ISO 8601")
    implicit: bool = Field(False, description="True for the 'likes' ranking of a reader with no subscription")


class ReactionEntry(BaseModel):
    """A star (like) or a dislike of one paper by one reader."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., description="arXiv id")
    reaction: Reaction
    at: str = Field(..., description="UTC, ISO 8601")
    title: str = Field("", description="the paper's title when it is in the store")


class ReactionResult(BaseModel):
    """What `like`/`dislike`/`unlike` return: the paper's reaction after the call."""

    model_config = ConfigDict(extra="forbid")

    reader: str
    id: str
    reaction: Reaction | None
    in_store: bool = Field(..., description="False: the id is kept, but the paper is not (yet) in the store")


class Reason(BaseModel):
    """One reason a paper is in the list. `points` is its share of the 0-10 score (negative for a penalty)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["interest", "keywords", "liked", "disliked", "starred", "llm"]
    text: str = Field(..., description="one line in the subscription's language")
    points: float | None = None
    paper_id: str | None = Field(None, description="the liked/disliked paper it resembles")
    paper_title: str | None = None
    similarity: float | None = Field(None, description="cosine similarity of the two papers' embeddings")
    keywords: list[str] = Field(default_factory=list)
    llm_score: float | None = Field(None, description="the LLM's 0-10 relevance")


class ScoreParts(BaseModel):
    """The score's parts, each 0-1 before weighting (None: not part of this score)."""

    model_config = ConfigDict(extra="forbid")

    interest: float | None = Field(None, description="hybrid retrieval rank for the interest, 1 = first")
    interest_cosine: float | None = Field(None, description="best dense cosine of the paper's sections")
    likes: float | None = Field(None, description="Σ wᵢ·cos(paper, likedᵢ), newest like first (zotero-arxiv-daily), rescaled over the day's candidates to 0..1")
    dislike: float = Field(0.0, description="resemblance to the closest disliked paper above the floor")
    llm: float | None = Field(None, description="the LLM's score / 10")


class RankedPaper(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rank: int
    id: str
    title: str
    title_zh: str = ""
    url: str
    date: str = Field("", description="the newest digest day it appeared in")
    categories: list[str] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    line: str = Field("", description="the Chinese TL;DR (zh) or the abstract's first sentence (en)")
    score: float = Field(..., description="0-10")
    parts: ScoreParts
    reaction: Reaction | None = None
    reasons: list[Reason] = Field(default_factory=list)
    why: str = Field("", description="the reasons as one line")


class ForYou(BaseModel):
    """One subscription's ranked papers for a day (or a date range)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["for_you"] = "for_you"
    reader: str
    subscription: Subscription
    since: str | None
    until: str | None
    candidates: int = Field(0, description="papers of the day(s) in the subscription's categories")
    left_out: dict[str, int] = Field(default_factory=dict,
                                     description="papers left out by reason: exclude, include, disliked, llm, "
                                                 "min_score")
    papers: list[RankedPaper] = Field(default_factory=list)
    llm_model: str | None = Field(None, description="the model that scored the papers, when one did")
    notes: list[str] = Field(default_factory=list)
    generated_at: str = ""


class ForYouReport(BaseModel):
    """`for-you --json`: every ranked subscription of a reader (one with --sub)."""

    model_config = ConfigDict(extra="forbid")

    reader: str
    results: list[ForYou] = Field(default_factory=list)


class MailReport(BaseModel):
    """What `mail --json` prints per subscription."""

    model_config = ConfigDict(extra="forbid")

    reader: str
    subscription: str
    day: str = Field("", description="the last day the mail covers")
    to: str | None = None
    sent: bool = False
    papers: int = 0
    message_id: str | None = None
    skipped: str | None = Field(None, description="why nothing was sent (no address, already sent, no papers)")


def parse_spec(data: dict, cls: type[BaseModel] = SubscriptionSpec):
    """A SubscriptionSpec from a dict (CLI options, a UI form, an API call): every problem as one InputError."""
    from pydantic import ValidationError

    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:3]:
            where = ".".join(str(p) for p in err.get("loc", ())) or "subscription"
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        raise InputError("; ".join(problems)) from None

"""The digest's results: items, themes and the Digest that `digest --json` prints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.digest.request import DigestRequest


class DigestItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n: int
    id: str
    title: str
    url: str
    date: str = ""
    categories: list[str] = Field(default_factory=list)
    line: str
    line_source: Literal["tldr", "abstract", "translation", "title"]
    theme: str = ""
    score: float = 0.0
    llm_score: float | None = Field(None, description="0-10 relevance given by the LLM (only with rerank)")
    reason: str = Field("", description="the LLM's one-line reason for including the paper (only with rerank)")
    relevance: float = Field(0.0, description="how well the paper covers the topic (0-1; coverage and rank)")
    concepts: dict[str, str] = Field(default_factory=dict, description="topic concept -> where the paper names "
                                     "it: title, tldr, abstract, keywords, semantic (a sentence close to it) or dense")


class DigestTheme(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    named_by: Literal["llm", "keywords", "other"]
    items: list[int] = Field(default_factory=list, description="item numbers (DigestItem.n)")
    terms: list[str] = Field(default_factory=list, description="the key terms the name stands for")
    support: float = Field(0.0, description="share of the theme's papers whose own text contains one of its terms")


class Digest(BaseModel):
    """What `digest --json` would print; `markdown` is the document (equal to the streamed pieces joined)."""

    model_config = ConfigDict(extra="forbid")

    request: DigestRequest
    language: str
    title: str
    markdown: str = ""
    papers: list[DigestItem] = Field(default_factory=list)
    themes: list[DigestTheme] = Field(default_factory=list)
    overview: str = ""
    overview_dropped: list[dict] = Field(default_factory=list)
    overview_recited: int = Field(0, description="overview citations moved to the paper a sentence is about")
    concepts: list[str] = Field(default_factory=list, description="the topic's concepts; every paper covers all")
    matching: int | None = Field(None, description="candidates within the filters that cover every concept")
    concept_matches: dict[str, int] = Field(default_factory=dict, description=(
        "per concept: candidates within the filters that name it (any of its forms, or the embedder's sentence "
        "match), whether or not they pass the focus rules; papers a one-concept topic admits by dense similarity "
        "alone are not counted"))
    left_out: dict[str, float] = Field(default_factory=dict, description=(
        "papers that cover every concept but that the semantic topic check left out: arXiv id -> its score (E5 "
        "cosine of the topic with the paper's title and TL;DR / first abstract sentence, below the threshold)"))
    concept_written: dict[str, dict[str, int]] = Field(default_factory=dict, description=(
        "a short digest's rarest concept -> candidates within the filters writing its name as typed (key: the "
        "label) and each shorter name in the label that more candidates write (at most 3); empty when none"))
    notes: list[str] = Field(default_factory=list)
    error: str | None = None
    model: str = ""
    prompt_version: str = ""
    cached_llm_replies: int = 0  # LLM replies served from the store cache (a repeated digest)
    timings: dict[str, float] = Field(default_factory=dict)
    kind: str = "digest"

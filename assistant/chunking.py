"""Paper -> section nodes. Stable ids (`<arxiv_id>#<section>`) and content hashes make re-ingest idempotent."""

from __future__ import annotations

import hashlib
from datetime import date as Date

from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

from assistant.types import Paper

SECTION_TITLE = "title"
SECTION_ABSTRACT = "abstract"
SECTION_SUMMARY = "summary_zh"  # TL;DR + motivation: what the paper is about (matches abstract openings)
SECTION_DETAILS = "details_zh"  # method + result + conclusion: what it did and found
SECTIONS = (SECTION_TITLE, SECTION_ABSTRACT, SECTION_SUMMARY, SECTION_DETAILS)
SUMMARY_PARTS = {SECTION_SUMMARY: ("tldr", "motivation"), SECTION_DETAILS: ("method", "result", "conclusion")}

ZH_LABELS = {"tldr": "TL;DR", "motivation": "动机", "method": "方法", "result": "结果", "conclusion": "结论"}


def node_id(arxiv_id: str, section: str) -> str:
    return f"{arxiv_id}#{section}"


def _date_int(iso: str) -> int:
    return int(iso.replace("-", "")) if iso else 0


def date_span(paper: Paper) -> tuple[str, str]:
    """First and last digest date; without any (e.g. a digest file with no date), the arXiv id's month."""
    if paper.dates:
        return paper.dates[0], paper.dates[-1]
    yymm = paper.arxiv_id.split(".")[0]
    if len(yymm) == 4 and yymm.isdigit():
        year, month = 2000 + int(yymm[:2]), int(yymm[2:])
        if 1 <= month <= 12:
            first = Date(year, month, 1)
            nxt = Date(year + month // 12, month % 12 + 1, 1)
            return first.isoformat(), Date.fromordinal(nxt.toordinal() - 1).isoformat()
    return "", ""


def paper_metadata(paper: Paper) -> dict[str, str | int]:
    """Flat metadata shared by all of a paper's nodes (Chroma accepts only scalars)."""
    first, last = date_span(paper)
    meta: dict[str, str | int] = {
        "arxiv_id": paper.arxiv_id,
        "title": paper.title,
        "authors": ", ".join(paper.authors),
        "categories": ",".join(paper.categories),
        "primary_category": paper.primary_category,
        "date": paper.dates[0] if paper.dates else first[:7],  # a month only when no digest date is known
        "date_last": last,
        "date_first_int": _date_int(first),
        "date_last_int": _date_int(last),
        "url": paper.url,
    }
    # One boolean key per category lets Chroma filter "any category" without substring matching.
    for cat in paper.categories:
        meta[f"cat:{cat}"] = 1
    return meta


def section_texts(paper: Paper) -> dict[str, tuple[str, str]]:
    """section -> (text, language). Sections with nothing to say are omitted."""
    out: dict[str, tuple[str, str]] = {}
    head = [paper.title]
    if paper.title_zh:
        head.append(paper.title_zh)
    if paper.keywords:
        head.append("Keywords: " + ", ".join(paper.keywords))
    if paper.comment:
        head.append(paper.comment)
    out[SECTION_TITLE] = ("\n".join(head), "en")
    if paper.abstract:
        out[SECTION_ABSTRACT] = (paper.abstract, "en")
    if paper.summary_usable:
        # Two Chinese chunks, not one: measured on 1,500 papers, an English abstract's first sentence finds
        # its paper's TL;DR+motivation chunk at R@1 0.47 vs 0.36 for the whole summary as one chunk.
        for section, fields in SUMMARY_PARTS.items():
            text = "\n".join(f"{ZH_LABELS[f]}: {getattr(paper.summary, f)}" for f in fields
                             if getattr(paper.summary, f))
            if text:
                out[section] = (text, "zh")
    return out


def text_hash(text: str, meta: dict | None = None) -> str:
    payload = text + "\x00" + "|".join(f"{k}={meta[k]}" for k in sorted(meta or {}))
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def paper_to_nodes(paper: Paper) -> list[TextNode]:
    """The paper's section nodes with two hashes: `embed_hash` (text: re-embed when it changes) and
    `content_hash` (text + metadata: rewrite metadata only, e.g. when a paper is seen on a new day)."""
    base = paper_metadata(paper)
    nodes = []
    for section, (text, language) in section_texts(paper).items():
        meta = dict(base, section=section, language=language)
        meta["content_hash"] = text_hash(text, meta)
        meta["embed_hash"] = text_hash(text)
        node = TextNode(
            id_=node_id(paper.arxiv_id, section),
            text=text,
            metadata=meta,
            excluded_embed_metadata_keys=list(meta),
            excluded_llm_metadata_keys=list(meta),
        )
        node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=paper.arxiv_id)
        nodes.append(node)
    return nodes

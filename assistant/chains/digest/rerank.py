"""Optional LLM relevance scores for the candidates (ArxivDigest style; worth it on API models only)."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.chains.digest.calls import Budget, CachedReplies, ask
from assistant.chains.digest.models import Digest
from assistant.chains.digest.select import first_sentence
from assistant.chains.events import run_to_end
from assistant.chains.sources import sanitize
from assistant.lang import LANGUAGE_NAMES
from assistant.llm import ChatModel, truncate_tokens
from assistant.prompts import load
from assistant.types import Paper

RERANK_KEEP = 5.0  # papers the LLM scores below this (0-10) are left out
_SCORE_RE = re.compile(r"^\s*\[?(\d{1,2})\]?\s*[:：.)]\s*(\d{1,2}(?:\.\d)?)\s*(?:/\s*10)?\s*[|｜\-–—:]?\s*(.*)$")


def parse_scores(raw: str, count: int) -> dict[int, tuple[float, str]]:
    """'3: 8 | reason' lines -> {3: (8.0, 'reason')}; out-of-range numbers and scores are ignored."""
    scores: dict[int, tuple[float, str]] = {}
    for line in raw.splitlines():
        match = _SCORE_RE.match(line)
        if not match:
            continue
        n, score = int(match.group(1)), float(match.group(2))
        reason = re.sub(r"https?://\S+|www\.\S+|<[^>]*>", "", match.group(3))  # the reason is shown: no links/tags
        reason = re.sub(r"\s+", " ", reason).strip(" *_`\"'")[:200]
        if 1 <= n <= count and 0 <= score <= 10:
            scores.setdefault(n, (score, reason))
    return scores


def score_papers(topic: str, papers: list[Paper], *, llm: ChatModel, prompts_dir: Path, budget: Budget,
                 digest: Digest, replies: CachedReplies | None = None) -> dict[str, tuple[float, str]]:
    """One LLM call rates every candidate 0-10 for the topic with a one-line reason (worth it only on a
    stronger API model; the bundled 1.5B model is not asked). Papers it does not rate keep their place;
    if the call fails, none is rated (and the digest notes why)."""
    prompt = load("digest.rerank", prompts_dir)
    share = max(40, llm.source_budget // max(1, len(papers)))
    blocks = []
    for n, paper in enumerate(papers, 1):
        text = paper.abstract or paper.summary.tldr
        blocks.append(f'<paper n="{n}">\n{truncate_tokens(sanitize(paper.title), 40)}\n'
                      f'{truncate_tokens(sanitize(first_sentence(text, 400)), share)}\n</paper>')
    messages = [{"role": "user", "content": prompt.format(topic=sanitize(topic), papers="\n".join(blocks),
                                                          language_name=LANGUAGE_NAMES[digest.language])}]
    scores = run_to_end(ask("rerank", llm, messages, 40 * len(papers) + 16, budget=budget, digest=digest,
                            replies=replies, parse=lambda raw: parse_scores(raw, len(papers)),
                            accepted=lambda parsed: len(parsed) == len(papers)))
    return {papers[n - 1].arxiv_id: value for n, value in (scores or {}).items()}


def rerank(selected: list[tuple[Paper, float]], scores: dict[str, tuple[float, str]], keep: int,
           min_score: float = RERANK_KEEP) -> list[tuple[Paper, float]]:
    """Drop papers scored below `min_score` (Settings.digest_rerank_keep), order by LLM score (ties and
    unscored: retrieval order)."""
    order = {p.arxiv_id: i for i, (p, _) in enumerate(selected)}
    kept = [(p, s) for p, s in selected if scores.get(p.arxiv_id, (min_score, ""))[0] >= min_score]
    kept.sort(key=lambda ps: (-scores.get(ps[0].arxiv_id, (min_score, ""))[0], order[ps[0].arxiv_id]))
    return kept[:keep]

"""Example questions built from what is loaded (not hard-coded to the sample): both languages, a comparison
and a digest request, about papers that are actually in the store."""

from __future__ import annotations

import re

from assistant.retrieval import recent_papers

FALLBACK = ["What do these papers say about retrieval-augmented generation?", "有哪些关于推荐系统的论文？"]


def short_name(title: str) -> str | None:
    """'GCRank: A Generative …' -> 'GCRank' (a method name people would type), else None."""
    head = title.split(":", 1)[0].strip()
    if ":" in title and 2 <= len(head) <= 24 and len(head.split()) <= 2 and re.search(r"[A-Z]", head):
        return head
    return None


def example_questions(store, scan: int = 200) -> list[str]:
    named = []
    for paper in recent_papers(store, limit=scan):
        name = short_name(paper.title)
        if name and name not in {n for n, _ in named}:
            named.append((name, paper))
    if not named:
        return FALLBACK
    examples = [f"What does {named[0][0]} propose?"]
    if len(named) > 1:
        examples.append(f"{named[1][0]} 解决了什么问题？")
    if len(named) > 3:
        examples.append(f"compare {named[2][0]} and {named[3][0]}")
    category = named[0][1].primary_category
    examples.append(f"给我一份 {category} 最新论文的中文简报，5篇" if category else "给我一份最新论文的中文简报，5篇")
    return examples
